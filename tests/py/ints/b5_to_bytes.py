def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


for v, n, bo, sg in [(0, 1, "big", False), (255, 1, "big", False), (256, 1, "big", False), (-1, 1, "big", True), (-1, 1, "big", False), (-128, 1, "little", True), (-129, 1, "little", True),
                     (128, 1, "big", True), (1024, 4, "little", False), (2**64, 9, "big", False), (-2**63, 8, "big", True), (0, 0, "big", False), (1, 0, "big", False), (-1, 0, "big", True),
                     (-2, 0, "big", True), (127, 1, "big", True), (-256, 2, "little", True), (2**100, 13, "little", False), (-(2**100), 13, "big", True), (2**64 - 1, 8, "big", False), (True, 2, "big", False)]:
    t(lambda: v.to_bytes(n, bo, signed=sg))
t(lambda: (1).to_bytes()); t(lambda: (1).to_bytes(2)); t(lambda: (1).to_bytes(2, "middle")); t(lambda: (1).to_bytes(-1)); t(lambda: (1).to_bytes(length=2, byteorder="little")); t(lambda: (1).to_bytes(2, "big", True))
t(lambda: (1).to_bytes(2.0)); t(lambda: (1).to_bytes(2, 1)); t(lambda: (300).to_bytes(1, "big")); t(lambda: (-1).to_bytes(2, "big")); t(lambda: (1).to_bytes(2, byteorder="big", signed=True))
