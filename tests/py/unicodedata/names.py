# name() and lookup(): aliases, named sequences, algorithmic names, errors.
import unicodedata as ud


def t(f, *args):
    try:
        print(ascii(f(*args)))
    except Exception as e:
        print(type(e).__name__, ascii(str(e)))


for ch in ["a", " ", "\x00", "\x19", "\x7f", "\x80", "\xa0", "\xfe", "\u01c5", "\u0300", "\u200d",
           "\u2028", "\u3042", "\u4e00", "\u9fff", "\u3400", "\uac00", "\uac01", "\ud4db", "\ud7a3",
           "\ud7a4", "\ud800", "\ue000", "\uf900", "\ufa6d", "\ufa6e", "\ufeff", "\uffff",
           "\U00017000", "\U00018800", "\U00018b00", "\U00018d00", "\U0001b170", "\U0001f600",
           "\U0002a6df", "\U0002a6e0", "\U0002b738", "\U0002b739", "\U0002f800", "\U00030000",
           "\U0003134a", "\U0003134b", "\U00031350", "\U000e0100", "\U0010ffff", "\u0870",
           "\U0001e290", "\U00011f00", "\u1e9e", "\u0616", "\u1bbd"]:
    t(ud.name, ch)
    t(ud.name, ch, None)

names = [
    "LATIN SMALL LETTER A", "latin small letter a", "Latin Small Letter A", "LATIN SMALL LETTER  A",
    " LATIN SMALL LETTER A", "LATIN SMALL LETTER A ", "LATIN SMALL LETTER", "SPACE", "space",
    "NULL", "END OF MEDIUM", "EOM", "EM", "LINE FEED", "LF", "NEW LINE", "BYTE ORDER MARK", "BOM",
    "ZWNJ", "NBSP", "SHY", "VS1", "VS256", "VARIATION SELECTOR-256",
    "LATIN CAPITAL LETTER GHA", "LATIN CAPITAL LETTER OI", "KANNADA LETTER LLLA",
    "ARABIC SMALL HIGH LIGATURE ALEF WITH YEH BARREE", "SUNDANESE LETTER ARCHAIC I",
    "LATIN CAPITAL LETTER A WITH MACRON AND GRAVE", "latin small letter a with macron and grave",
    "KEYCAP NUMBER SIGN", "TAMIL SYLLABLE KSSA", "BENGALI LETTER KHINYA",
    "HANGUL SYLLABLE GA", "HANGUL SYLLABLE GAG", "HANGUL SYLLABLE HIH", "HANGUL SYLLABLE A",
    "HANGUL SYLLABLE YI", "hangul syllable ga", "HANGUL SYLLABLE GAX", "HANGUL SYLLABLE ",
    "HANGUL SYLLABLE", "CJK UNIFIED IDEOGRAPH-4E00", "CJK UNIFIED IDEOGRAPH-04E00",
    "CJK UNIFIED IDEOGRAPH-4e00", "cjk unified ideograph-4E00", "CJK UNIFIED IDEOGRAPH-4E0",
    "CJK UNIFIED IDEOGRAPH-20000", "CJK UNIFIED IDEOGRAPH-020000", "CJK UNIFIED IDEOGRAPH-2B739",
    "CJK UNIFIED IDEOGRAPH-31350", "CJK UNIFIED IDEOGRAPH-A000", "CJK UNIFIED IDEOGRAPH-",
    "CJK COMPATIBILITY IDEOGRAPH-F900", "cjk compatibility ideograph-f900",
    "CJK COMPATIBILITY IDEOGRAPH-0F900", "CJK COMPATIBILITY IDEOGRAPH-FA6E",
    "TANGUT IDEOGRAPH-17000", "TANGUT COMPONENT-001", "KHITAN SMALL SCRIPT CHARACTER-18B00",
    "NUSHU CHARACTER-1B170", "NUSHU CHARACTER-1B2FC", "NUSHU CHARACTER-1B2FB",
    "KAWI LETTER A", "LATIN SMALL LETTER SHARP S", "GRINNING FACE", "", " ", "-",
    "LATIN SMALL LETTER \xe9", "LATIN SMALL LETTER A\x00", "x" * 256, "x" * 257,
    "A" * 300, "LATIN CAPITAL LETTER A WITH DOT ABOVE", "DIGIT ZERO", "ZERO",
]
for n in names:
    t(ud.lookup, n)
t(ud.lookup, b"LATIN SMALL LETTER B")
t(ud.lookup, b"latin small letter b")
t(ud.lookup, b"\xff")
t(ud.lookup, bytearray(b"SPACE"))
t(ud.lookup, memoryview(b"SPACE"))
t(ud.lookup, 5)
t(ud.lookup, None)
t(ud.lookup)
t(ud.lookup, "A", "B")
t(ud.lookup, "\udc80")
try:
    ud.lookup(name="SPACE")
except TypeError as e:
    print(e)
t(ud.name, "ab")
t(ud.name, 97)
t(ud.name)
t(ud.name, "a", 1, 2)
try:
    ud.name("a", default=1)
except TypeError as e:
    print(e)
try:
    ud.lookup("nonexistent name")
except KeyError as e:
    print(repr(e), e.args)
try:
    ud.name("\x00")
except ValueError as e:
    print(repr(e))
# round trip through \N{...}
print(ascii("\N{LATIN SMALL LETTER A WITH ACUTE}\N{END OF MEDIUM}\N{BOM}\N{HANGUL SYLLABLE GAG}"))
print(ascii("\N{CJK UNIFIED IDEOGRAPH-2B738}\N{nushu character-1b170}\N{VS17}"))
for src in ['"\\N{EM}"', '"\\N{TANGUT IDEOGRAPH-17000}"', '"\\N{KAWI LETTER A}"',
            '"\\N{LATIN CAPITAL LETTER A WITH MACRON AND GRAVE}"', '"\\N{CJK UNIFIED IDEOGRAPH-2B739}"']:
    try:
        print(ascii(eval(src)))
    except SyntaxError as e:
        print("SyntaxError", e.msg)
