def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


class BB:
    def __bytes__(self): return b"bb"
class BX:
    def __bytes__(self): return "x"
class IX:
    def __index__(self): return 3
t(lambda: bytes(BB())); t(lambda: bytes(BX())); t(lambda: bytes(IX())); t(lambda: bytearray(IX())); t(lambda: bytearray(BB())); t(lambda: bytes(b"x", errors="strict")); t(lambda: bytes(encoding="utf-8")); t(lambda: bytes("x", errors="strict"))
t(lambda: bytes(3)); t(lambda: bytes(-1)); t(lambda: bytes([1, 256])); t(lambda: bytes([1, -1])); t(lambda: bytes("a")); t(lambda: bytes("\xe9", "utf-8")); t(lambda: bytes(b"a", "utf-8")); t(lambda: bytes(1.5)); t(lambda: bytes(range(3))); t(lambda: bytes(x for x in [65])); t(lambda: bytes(["a"]))
t(lambda: bytearray(3)); t(lambda: bytearray("\xe9", "latin-1")); t(lambda: bytearray(b"ab") * 2); t(lambda: bytes()); t(lambda: bytearray()); t(lambda: bytes(bytearray(b"q"))); t(lambda: bytearray(b"q") is bytearray(b"q")); t(lambda: bytes([True, 2]))
t(lambda: bytes("a", "ascii", "strict", 1)); t(lambda: bytes(1, "ascii")); t(lambda: bytes(source=b"x")); t(lambda: bytes([IX()])); t(lambda: bytes(2**70)); t(lambda: bytes.__new__(bytes, b"z")); t(lambda: bytes.__new__(int, b"z"))
class SB(bytes):
    def __new__(cls, v, extra): 
        o = super().__new__(cls, v); o.extra = extra; return o
sb = SB(b"ab", 3)
t(lambda: (sb, sb.extra, type(sb + b"x"), type(sb[:]), type(sb.upper()), sb == b"ab", repr(sb)))
