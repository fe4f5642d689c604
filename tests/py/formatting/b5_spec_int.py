def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


vals = [0, 1, -1, 42, -1234567, 2**70, -2**64, True, False]
specs = ["", "10", "<10", ">10", "^10", "=10", "*^10", "0<10", "010", "+", "-", " ", "#", "#10", ",", "_", "10,", "_b", "_x", ",d", "_o", "b", "c", "d", "o", "x", "X", "#b", "#o", "#x", "#X", "n", "e", "E", "f", "F", "g", "G", "%", ".3e", ".2f", ".0%", "=+12,", "0=+12", "x<+#12_x", "012,", "012_", "09,d", "+#010b", "#_X", " #o", "-#x", "^#12x", ",.2f", ".3", "z"]
for sp in specs:
    out = []
    for v in vals:
        try:
            out.append(format(v, sp))
        except Exception as e:
            out.append(type(e).__name__ + ":" + str(e))
    print(repr(sp), out)
