# Every code point's simple properties, folded into checksums (one wrong table entry fails).
import unicodedata

M = (1 << 61) - 1


def fold(h, s):
    for ch in s:
        h = (h * 1000003 + ord(ch)) % M
    return (h * 1000003 + 7) % M


cat = bidi = ccc = eaw = mir = 0
counts = {}
for c in range(0x110000):
    ch = chr(c)
    k = unicodedata.category(ch)
    counts[k] = counts.get(k, 0) + 1
    cat = fold(cat, k)
    bidi = fold(bidi, unicodedata.bidirectional(ch))
    ccc = (ccc * 1000003 + unicodedata.combining(ch)) % M
    eaw = fold(eaw, unicodedata.east_asian_width(ch))
    mir = (mir * 1000003 + unicodedata.mirrored(ch) + c) % M
print("category", cat)
print("bidirectional", bidi)
print("combining", ccc)
print("east_asian_width", eaw)
print("mirrored", mir)
for k in sorted(counts):
    print(k, counts[k])
