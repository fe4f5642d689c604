# unicodedata.UCD and ucd_3_2_0: the object, its methods, characters newer than Unicode 3.2.
import unicodedata as ud

u = ud.ucd_3_2_0
print(type(u).__name__, type(u).__module__, type(u) is ud.UCD, u.unidata_version)
print(sorted(n for n in dir(u) if not n.startswith("_")))
print(sorted(n for n in dir(ud) if not n.startswith("_") and n != "UCD" and n != "ucd_3_2_0"))


def t(f, *args):
    try:
        print(ascii(f(*args)))
    except Exception as e:
        print(type(e).__name__, ascii(str(e)))


t(ud.UCD)
t(setattr, u, "unidata_version", "x")
t(setattr, u, "other", 1)
t(getattr, u, "other")

# Characters assigned after 3.2 are unassigned in the old database.
for ch in ["\u0221", "\u0237", "\u023a", "\u9fa6", "\u20b0", "\U0001f600", "\U00020000",
           "\U0002a6d6", "\U0002a6d7", "\u1e9e", "\u2189", "\u0c66", "\u0870"]:
    print("%06X" % ord(ch), u.category(ch), repr(u.bidirectional(ch)), u.combining(ch),
          u.east_asian_width(ch), u.mirrored(ch), repr(u.decomposition(ch)),
          u.decimal(ch, None), u.digit(ch, None), u.numeric(ch, None), u.name(ch, None),
          ud.category(ch), ud.name(ch, None))
# Characters unchanged since 3.2.
for ch in "aZ09 \xe9\u0301\u4e00\uac00\u3042\u05d0\xbd\u2155":
    print("%06X" % ord(ch), u.category(ch), repr(u.bidirectional(ch)), u.combining(ch),
          u.mirrored(ch), repr(u.decomposition(ch)), u.decimal(ch, None), u.digit(ch, None),
          u.numeric(ch, None), u.name(ch, None))

for n in ["LATIN SMALL LETTER A", "latin small letter a", "HANGUL SYLLABLE GA",
          "CJK UNIFIED IDEOGRAPH-4E00", "CJK UNIFIED IDEOGRAPH-9FA5", "CJK UNIFIED IDEOGRAPH-9FA6",
          "CJK UNIFIED IDEOGRAPH-20000", "CJK UNIFIED IDEOGRAPH-31350",
          "CJK COMPATIBILITY IDEOGRAPH-F900", "CJK COMPATIBILITY IDEOGRAPH-FA70",
          "LATIN CAPITAL LETTER A WITH STROKE", "END OF MEDIUM", "BOM", "GRINNING FACE",
          "LATIN CAPITAL LETTER A WITH MACRON AND GRAVE", "KEYCAP NUMBER SIGN", "nonsense"]:
    t(u.lookup, n)

for s in ["", "abc", "caf\xe9", "cafe\u0301", "\u1100\u1161\u11a8", "\uac00", "\u212b", "\ufb01",
          "\u0221\u0301", "a\u0328\u0301", "\U0001d15e"]:
    print(ascii(s), ascii([u.normalize(f, s) for f in ("NFC", "NFD", "NFKC", "NFKD")]),
          [u.is_normalized(f, s) for f in ("NFC", "NFD", "NFKC", "NFKD")])


class S(str):
    pass


x = S("abc")
print(u.normalize("NFC", x) is x, type(u.normalize("NFC", x)).__name__, ud.normalize("NFC", x) is x)
y = S("")
print(u.normalize("NFD", y) is y)

t(u.category)
t(u.category, "a", "b")
t(u.category, "ab")
t(u.name)
t(u.name, "a", 1, 2)
t(u.normalize, "NFC")
t(u.normalize, "NFQ", "a")
t(u.lookup)
t(u.decimal, 1)
try:
    u.category(chr=1)
except TypeError as e:
    print(e)
try:
    u.normalize(form="NFC", unistr="x")
except TypeError as e:
    print(e)
