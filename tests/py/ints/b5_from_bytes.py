def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


for b, bo, sg in [(b"\x01\x00", "big", False), (b"\x01\x00", "little", False), (b"\xff", "big", True), (b"\xff\xff", "little", True), (b"", "big", True), (b"", "little", False),
                  (b"\x80" + b"\x00" * 10, "big", True), (b"\x7f", "big", True), (b"\x00\x80", "little", True), (bytes(range(1, 20)), "big", False), (bytearray(b"\x01\x02"), "big", False)]:
    t(lambda: int.from_bytes(b, bo, signed=sg))
t(lambda: int.from_bytes(b"\x01\x02")); t(lambda: int.from_bytes([1, 2], "big")); t(lambda: int.from_bytes(1, "big")); t(lambda: int.from_bytes(b"a", "x")); t(lambda: bool.from_bytes(b"\x01", "big")); t(lambda: bool.from_bytes(b"\x00", "big"))
t(lambda: int.from_bytes([256], "big")); t(lambda: int.from_bytes("ab", "big")); t(lambda: int.from_bytes(iter([1, 2]), "little")); t(lambda: int.from_bytes(b"\x01", byteorder="big", signed=True)); t(lambda: int.from_bytes(bytes=b"\x01"))
class MyInt(int): pass
t(lambda: type(MyInt.from_bytes(b"\x01", "big"))); t(lambda: MyInt.from_bytes(b"\x01\x00", "little"))
class BB:
    def __bytes__(self): return b"\x02"
t(lambda: int.from_bytes(BB(), "big"))
