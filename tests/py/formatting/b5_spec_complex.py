def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


vals = [1+2j, -1.5-0j, 0j, 1j, complex(float("nan"), 1), complex(1e20, -1e-20), -1j, complex(-0.0, 0.0), complex(float("inf"), float("-inf"))]
for sp in ["", "10", "<30", ">30", "^30", ".2f", ".3e", ".2g", "g", "f", "e", "E", "G", "F", "+", " ", "#", ".0f", "+.1f", "30,.2f", ",", "_", "*^30.1f", "#.0f", "#g", "n", "z.1f"]:
    out = []
    for v in vals:
        try:
            out.append(format(v, sp))
        except Exception as e:
            out.append(type(e).__name__ + ":" + str(e))
    print(repr(sp), out)
