# normalize() and is_normalized(): chosen strings, identity of the result, errors.
import unicodedata as ud

FORMS = ("NFC", "NFD", "NFKC", "NFKD")
samples = [
    "", "abc", "caf\xe9", "cafe\u0301", "\u1e9b\u0323", "\u1e0b\u0323", "\u1e0d\u0307",
    "d\u0307\u0323", "q\u0307\u0323", "\u212b", "\u2126", "\xc5", "A\u030a", "\ufb01",
    "\u2460", "\xbd", "\u2075", "\u00aa", "\u1100\u1161", "\u1100\u1161\u11a8", "\uac00\u11a8",
    "\uac01", "\u1100\u11a8", "\u1100\u1161\u11a7", "\u1100\u1161\u11c3", "\u1161\u1100",
    "\u0344", "\u0f73", "\u0f77", "\u0958", "\u2adc", "\U0001d15e", "\U0001d160",
    "a\u0301\u0328", "a\u0328\u0301", "a\u0316\u0301\u0328\u0340", "e\u0302\u0301\u0323",
    "\u0345\u0301", "\u05d1\u05bc\u05bf", "\u0b47\u0b3e", "\u0b47\u0300\u0b3e", "\u09c7\u09be",
    "\u3099\u304b", "\u304b\u3099", "\uff76\uff9e", "\u1026\u102e", "\u0627\u0653",
    "\u1fb7\u0345", "\u03b1\u0345\u0342", "\u1f80", "\U000110a5\U000110ba", "\U00011131\U00011127",
    "\u0300", "\u0301\u0300", "\u0300\u0316", "\ud800", "\udcff\u0301", "\U0002f800",
    "\uf900", "\u2000", "\u3000", "\ufdfa", "\u33ff", "\U0001f600\u0301",
    "\u0041\u030a\u0301\u0323", "\u00c5\u0323", "\u0226\u0304", "A\u0307\u0304",
    "\u0212\u0311", "\u1e69", "s\u0323\u0307", "s\u0307\u0323", "\u0130", "\u0131\u0307",
]
for s in samples:
    out = [ud.normalize(f, s) for f in FORMS]
    isn = [ud.is_normalized(f, s) for f in FORMS]
    print(ascii(s), ascii(out), isn)


class S(str):
    pass


for s in ["abc", "\xe9", "e\u0301", "\u0340", "\u1100\u1161", "\uac00", "\u00c5", ""]:
    x = S(s)
    print(ascii(s), [ud.normalize(f, x) is x for f in FORMS],
          [type(ud.normalize(f, x)).__name__ for f in FORMS])
x = "\u00e9\u00e8"
print([ud.normalize(f, x) is x for f in FORMS])


def t(f, *args):
    try:
        print(ascii(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)


for f in (ud.normalize, ud.is_normalized):
    t(f, "NFX", "a")
    t(f, "nfc", "a")
    t(f, "NFX", "")
    t(f, "NFC", 1)
    t(f, 1, "a")
    t(f, b"NFC", "a")
    t(f, "NFC", b"a")
    t(f, "NFC")
    t(f, "NFC", "a", "b")
    t(f)
    try:
        f(form="NFC", unistr="a")
    except TypeError as e:
        print(e)
