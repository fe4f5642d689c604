def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


for s in [b"", b"\x00", b"hello world", bytearray(b"\xde\xad\xbe\xef\x01"), bytes(range(10))]:
    t(lambda: (s.hex(), s.hex(":"), s.hex(":", 2), s.hex(b"-", -3), s.hex("|", 1), s.hex(" ", 4), s.hex("_", -1), s.hex("x", 100)))
t(lambda: b"ab".hex("::")); t(lambda: b"ab".hex("\xe9")); t(lambda: b"ab".hex(1)); t(lambda: b"ab".hex(":", 0)); t(lambda: b"ab".hex(":", "2")); t(lambda: b"\x01".hex(sep="|")); t(lambda: bytes.hex(b"ab", "x", bytes_per_sep=1)); t(lambda: b"ab".hex(""))
for h in ["de ad BE EF", "d e", "zz", " 01 ", "0", "", "a", "aa a", "aa\u3000bb", "0\t1", "0g", "ff00", " ", "00 ", "\n00\n", "0x00"]:
    t(lambda: bytes.fromhex(h)); t(lambda: bytearray.fromhex(h))
t(lambda: bytes.fromhex(1)); t(lambda: bytes.fromhex(b"00")); t(lambda: bytes.fromhex())
class B(bytes): pass
t(lambda: type(B.fromhex("00"))); t(lambda: B.fromhex("4142"))
