def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


for v in [0, 12, 123, 1234, 12345, 123456, 1234567, -1234567, 10**20, 2**64, 12345.678, -0.5, 1e20, 123456789.123456789]:
    out = []
    for sp in [",", "_", ",d", "_d", ",.2f", "_.3f", ",e", ",g", ",%", "_b", "_o", "_x", "_X", ",x", "015,", "015_", "0=15,", "+020,.2f", "<15,", "^15_", "n", ",n", ".3,f" if False else ",.0f"]:
        try:
            out.append(format(v, sp))
        except Exception as e:
            out.append(type(e).__name__ + ":" + str(e))
    print(repr(v), out)
t(lambda: format(1, ",_")); t(lambda: format(1, "_,")); t(lambda: format(1, ",,")); t(lambda: format("a", ",")); t(lambda: format(1.5, ",_")); t(lambda: format(1j, ","))
