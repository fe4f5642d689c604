def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


for s in [b"hello World", b"HELLO", b"hello", b"Hello World", b"", b"123", b"abc123", b" \t\n\r\x0b\x0c", b"\x1c", b"\xe9A", b"ab cd", b"they're bill's", b"1a2b", b"\x80", b"A_b", bytearray(b"Ab Cd")]:
    print(repr(s), repr(s.upper()), repr(s.lower()), repr(s.title()), repr(s.capitalize()), repr(s.swapcase()),
          [int(getattr(s, m)()) for m in ["isalpha", "isalnum", "isdigit", "islower", "isupper", "isspace", "istitle", "isascii"]])
