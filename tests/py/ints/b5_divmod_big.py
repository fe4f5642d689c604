def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


vals = [7, -7, 2**64 + 5, -(2**64 + 5), 10**30 + 7, -(10**30 + 7), 3**100, -(3**100), 2**200, 1, -1]
for a in vals:
    print(a, [divmod(a, b) for b in vals])
t(lambda: divmod(1, 0)); t(lambda: divmod(2**100, 0)); t(lambda: 5 // 0); t(lambda: 5 % 0); t(lambda: 2**100 // 0); t(lambda: 2**100 % 0); t(lambda: divmod(5, 0.0)); t(lambda: divmod(5, "a")); t(lambda: divmod())
t(lambda: (-2**63) // -1); t(lambda: (-2**63) % -1); t(lambda: divmod(-2**63, -1)); t(lambda: (-2**62 * 2) // -1)
