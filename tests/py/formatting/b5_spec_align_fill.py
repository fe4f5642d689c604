def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


for v in ["ab", 42, -42, 1.5, -1.5, 3+4j]:
    out = []
    for sp in ["<6", ">6", "^6", "=6", "*<6", "*>6", "*^6", "*=6", "0<6", "0>6", "0^6", "\x00<6", "\xe9^7", "{<6", "}>6", "<<6", ">>6", "^^7", "==6", "06", "-06", "+06", "7", "1", "0"]:
        try:
            out.append(format(v, sp))
        except Exception as e:
            out.append(type(e).__name__ + ":" + str(e))
    print(repr(v), out)
