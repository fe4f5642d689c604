def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


vals = [0.0, -0.0, 3.14159, 1234567.891, 1e20, 1.5e-7, 1e16, 123456789012345678.0, float('inf'), float('nan'), -float('inf'), 0.5, 2.5, 1e-5, 100.0]
specs = ["", "10", "<10", ">10", "^10", "=10", "*^12", "010", "+", " ", "#", ",", "_", ".0", ".3", ".3e", ".3f", ".3g", ".3%", ".0f", ".0e", "#.0f", "#.0e", "#g", "#.3g", "e", "E", "f", "F", "g", "G", "%", "n", "+010.2f", " 010.2e", ",g", ",e", "_f", ",%", "z", "z.1f", "z.1e", "z%", "10.0f", "-^+15,.4f", ".17g", ".17", ".1", "012.3", "=+10.1f", "0=10", "#10.3", "#.0%"]
for sp in specs:
    out = []
    for v in vals:
        try:
            out.append(format(v, sp))
        except Exception as e:
            out.append(type(e).__name__ + ":" + str(e))
    print(repr(sp), out)
