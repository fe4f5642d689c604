def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


vals = [0.0, -0.0, 1.0, 3.14159, -2.5, 1e20, 1.5e-7, 123456.789, float('inf'), float('-inf'), float('nan'), 7, 2**80]
for c in "eEfFgG":
    for fl in ["", "#", "0", "-", " ", "+", "#0", "+0", "- "]:
        for wp in ["", "12", ".3", "12.4", ".0", "1", ".15"]:
            fmt = "%" + fl + wp + c
            out = []
            for v in vals:
                try:
                    out.append(fmt % v)
                except Exception as e:
                    out.append(type(e).__name__ + ":" + str(e))
            print(fmt, out)
t(lambda: "%.50f" % 1.1); t(lambda: "%.60f" % 1.0); t(lambda: "%.110f" % 1.0); t(lambda: "%#.0f" % 3.0); t(lambda: "%#.0e" % 3.0); t(lambda: "%#g" % 3.0)
t(lambda: "%g" % 1e-5); t(lambda: "%g" % 123456789.0); t(lambda: "%.0g" % 0.5); t(lambda: "%.20g" % 0.1); t(lambda: "%e" % 10**400); t(lambda: "%f" % "a")
