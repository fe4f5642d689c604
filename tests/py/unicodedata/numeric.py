# decimal, digit and numeric.
import unicodedata as ud

chars = "0123456789abcXIV\u00b2\u00b3\u00b9\u00bc\u00bd\u00be\u0660\u0669\u06f5\u0966\u09f4\u0bf0" \
        "\u0bf1\u0bf2\u0f2a\u0f33\u1369\u137c\u16ee\u2070\u2074\u2080\u2150\u2153\u2155\u215f" \
        "\u2160\u216f\u2180\u2182\u2189\u2460\u2473\u24ea\u2776\u3007\u3021\u3038\u3405\u4e00" \
        "\u4e03\u4e07\u4e5d\u4e8c\u5146\u5341\u5343\u58f9\u5f0c\u842c\u96f6\uf96b\uf973\uff10" \
        "\uff19\U00010107\U00010133\U0001012c\U00010320\U0001d7ce\U0001ecb3\U0001f100\U0001f10a" \
        "\U00020001\U0002f890\u3405\u5169\u4ec0\u5efe\u62fe\u9678\u67d2\u8086"
for ch in chars:
    print("%06X" % ord(ch), repr(ud.decimal(ch, None)), repr(ud.digit(ch, None)),
          repr(ud.numeric(ch, None)), ch.isdecimal(), ch.isdigit(), ch.isnumeric())

print(ud.numeric("\u2153"), ud.numeric("\u2154"), ud.numeric("\u215b"), ud.numeric("\u0f33"))
print(ud.numeric("\U00012432"), ud.numeric("\U00016b61"), ud.numeric("\u5146"))
print(ud.decimal("7"), ud.digit("\u2466"), ud.numeric("\u216b"))
sentinel = object()
print(ud.decimal("x", sentinel) is sentinel, ud.digit("x", 5), ud.numeric("x", "none"))
print(ud.decimal("5", sentinel), ud.numeric("\xbd", 0))


def t(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)


for f in (ud.decimal, ud.digit, ud.numeric):
    t(f, "x")
    t(f, "\u2460")
    t(f, "\u4e00")
    t(f, "xy")
    t(f, 5)
    t(f, "")
    t(f)
    t(f, "1", 2, 3)
    t(f, "x", None)
    try:
        f("1", default=2)
    except TypeError as e:
        print(e)
