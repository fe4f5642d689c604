def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


vals = [0, 1, -1, 5, -5, 255, -256, 2**63, -2**63, 2**64 - 1, -(2**64), 2**100 + 12345, -(2**100 + 12345)]
for a in vals:
    print(a, [(a & b, a | b, a ^ b) for b in vals], ~a)
t(lambda: 1 & 1.0); t(lambda: 1 | "a"); t(lambda: ~1.5); t(lambda: True & 3); t(lambda: True ^ True); t(lambda: type(True | False)); t(lambda: type(True | 0))
