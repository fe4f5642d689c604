def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


for s in ["a", "'", '"', "'\"", "\\", "\n\r\t\x0b\x0c\x00\x7f\x80\x9f\xa0\xad", "\xe9\u0300\u200b\u2028\u3000\ufeff\uffff", "\ud800\udfff", "\U0001F600\U000E0001\U0010FFFF\U0001D11E",
          "\x1b[0m", "'a\"b'", "\u0378\u0085\u061c\u180e\u2066", "\U000e0100", "\ue000\U000f0000", "a\\nb", "\u00a0\u1680\u2000", "\U0001f3fb\u200d"]:
    print(repr(s), ascii(s), repr(s.encode("utf-8", "surrogatepass")), repr(repr(s)))
print(repr(b"'\""), repr(b"'"), repr(b'"'), repr(bytearray(b"'\"\x00\xff")), repr(bytearray()), repr(b"\t\n\r\x0b\\"), repr(bytes(range(0, 256, 7))))
t(lambda: ascii("\xe9\n\U0001F600")); t(lambda: ascii([1, "\xfc"])); t(lambda: ascii(b"\xff")); t(lambda: ascii({"\u20ac": "\x00"}))
class S(str): pass
t(lambda: repr(S("a'b"))); t(lambda: ascii(S("\xe9")))
