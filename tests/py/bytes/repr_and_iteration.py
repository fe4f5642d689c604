# repr of bytes chooses quotes and escapes; iteration and conversion.
for b in [b"plain", b"it's", b'"quoted"', b"both'\"", b"\x00\x1f\x7f\x80\xff", b"\t\n\r", b"\\"]:
    print(repr(b), len(b), list(b)[:3])
print(str(b"x"), repr(bytes([0, 65, 255])))
for i, byte in enumerate(b"AB"):
    print(i, byte, chr(byte))
print(sorted(b"hello"), bytes(sorted(b"hello")), max(b"abc"), min(b"abc"))
print(list(reversed(b"abc")), bytes(reversed(b"abc")))
print(hash(b"abc") == hash(b"abc"), {b"k": 1}[b"k"], b"a" == bytearray(b"a"))
print(tuple(b"\x01\x02"), b"ab"[0] + b"ab"[1])
