def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


for v in ["abc", "\xe9\n\U0001F600", "\x00\x7f", "'", "\"'", [1, "\xfc"], b"\xff", {"\u20ac": "\x00"}, ("\u0100",), 1.5, None, "\ud800", "\u200b\ufeff"]:
    t(lambda: ascii(v))
class R:
    def __repr__(self): return "r\xe9pr\u20ac"
t(lambda: ascii(R())); t(lambda: ascii([R()])); t(lambda: ascii()); t(lambda: ascii(1, 2)); t(lambda: "%a" % R()); t(lambda: f"{R()!a}"); t(lambda: "{!a}".format(R()))
