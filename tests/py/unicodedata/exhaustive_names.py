# name() of every code point and lookup() of every name (checksums and counts).
import unicodedata

M = (1 << 61) - 1


def fold(h, s):
    for ch in s:
        h = (h * 1000003 + ord(ch)) % M
    return (h * 1000003 + 7) % M


h = 0
count = 0
bad = []
kinds = {}
for c in range(0x110000):
    ch = chr(c)
    n = unicodedata.name(ch, None)
    if n is None:
        continue
    count += 1
    h = fold(h, n)
    first = n.split(" ")[0]
    kinds[first] = kinds.get(first, 0) + 1
    if unicodedata.lookup(n) != ch:
        bad.append(c)
    elif not n.startswith(("HANGUL SYLLABLE", "CJK UNIFIED")) and unicodedata.lookup(n.lower()) != ch:
        bad.append(c)
print("names", count, h)
print("round trip failures", bad[:10])
print(sorted(kinds.items(), key=lambda kv: (-kv[1], kv[0]))[:25])
print(len(kinds))
