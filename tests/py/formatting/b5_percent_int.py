def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


vals = [0, 1, -1, 42, -42, 255, 2**70, -2**70, True, 3.99, -3.99]
for c in "diouxX":
    for fl in ["", "#", "0", "-", " ", "+", "#0", "-0", "+ ", "#-", "0+", "#+"]:
        for wp in ["", "8", ".3", "10.4", ".0", "1"]:
            fmt = "%" + fl + wp + c
            out = []
            for v in vals:
                try:
                    out.append(fmt % v)
                except Exception as e:
                    out.append(type(e).__name__ + ":" + str(e))
            print(fmt, out)
