# category, bidirectional, combining, east_asian_width, mirrored, decomposition on chosen characters.
import unicodedata as ud

chars = [
    "a", "A", "0", " ", "\t", "\n", "\x00", "\x7f", "\xa0", "\xad", "\xb2", "\xbd", "\xe9",
    "\u0300", "\u0301", "\u0345", "\u05d0", "\u0627", "\u0660", "\u06f0", "\u0903", "\u0e01",
    "\u1100", "\u1161", "\u11a8", "\u2028", "\u2029", "\u200b", "\u200d", "\u202e", "\u2066",
    "\u2102", "\u2160", "\u2167", "\u2460", "\u3000", "\u3042", "\u30a2", "\u4e00", "\u9fff",
    "\uac00", "\ud7a3", "\ud800", "\udfff", "\ue000", "\uf8ff", "\uf900", "\ufb01", "\ufe30",
    "\uff21", "\uff61", "\uffff", "\U0001d400", "\U0001f600", "\U0001f1e6", "\U00020000",
    "\U0002b738", "\U0002b739", "\U00031350", "\U000e0001", "\U000f0000", "\U0010ffff",
    "(", ")", "[", "<", ">", "\u00ab", "\u2039", "\u222b", "\u0378", "\u0870", "\U0001e290",
    "\u1e9b", "\u212b", "\u2126", "\u00c5", "\u0344", "\u0f73", "\u0f77",
]
for ch in chars:
    print("%06X" % ord(ch), ud.category(ch), repr(ud.bidirectional(ch)), ud.combining(ch),
          ud.east_asian_width(ch), ud.mirrored(ch), repr(ud.decomposition(ch)))

print(ud.unidata_version, type(ud.unidata_version).__name__)
print(type(ud.combining("a")).__name__, type(ud.mirrored("(")).__name__)


class S(str):
    pass


print(ud.category(S("a")), ud.decomposition(S("\xe9")))


def t(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)


for f in (ud.category, ud.bidirectional, ud.combining, ud.east_asian_width, ud.mirrored,
          ud.decomposition):
    t(f, "ab")
    t(f, "")
    t(f, 65)
    t(f, b"a")
    t(f, S("xy"))
    t(f, None)
    t(f)
    t(f, "a", "b")
    try:
        f(chr=1)
    except TypeError as e:
        print(e)

print(ud.category, ud.normalize, ud.__name__, ud.lookup.__name__, ud.UCD.__name__)
print(ud.UCD.category, type(ud.ucd_3_2_0.category).__name__)
from unicodedata import normalize, ucd_3_2_0, UCD, unidata_version
print(normalize("NFKC", "\ufb03"), unidata_version, isinstance(ucd_3_2_0, UCD))
print(sorted(k for k in vars(ud) if not k.startswith("_")))
