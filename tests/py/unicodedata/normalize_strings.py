# Normal forms of many pseudo-random strings built from characters that interact under
# normalization (combining marks, composable starters, Hangul jamo, compatibility characters).
import unicodedata as ud

M = (1 << 61) - 1


def fold(h, s):
    for ch in s:
        h = (h * 1000003 + ord(ch)) % M
    return (h * 1000003 + 7) % M


marks = []
starters = []
for c in range(0x30000):
    ch = chr(c)
    if ud.combining(ch):
        marks.append(ch)
    d = ud.decomposition(ch)
    if d:
        for part in d.split():
            if not part.startswith("<"):
                starters.append(chr(int(part, 16)))
        starters.append(ch)
starters = sorted(set(starters))
jamo = [chr(c) for c in range(0x1100, 0x1113)] + [chr(c) for c in range(0x1161, 0x1176)] + \
       [chr(c) for c in range(0x11a7, 0x11c3)] + ["\uac00", "\uac1c", "\ud7a3", "\uac01"]
print(len(marks), len(starters), len(jamo))

seed = 12345


def rand(n):
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % (1 << 64)
    return (seed >> 33) % n


pools = [marks, starters, jamo, list("aeiouAEIOU \u0300\u0301\u0323")]
hashes = {f: 0 for f in ("NFC", "NFD", "NFKC", "NFKD")}
normal = {f: 0 for f in hashes}
samples = []
for i in range(50000):
    n = 1 + rand(7)
    chars = []
    for _ in range(n):
        pool = pools[rand(4)]
        chars.append(pool[rand(len(pool))])
    s = "".join(chars)
    for f in hashes:
        r = ud.normalize(f, s)
        hashes[f] = fold(hashes[f], r)
        ok = ud.is_normalized(f, s)
        if ok:
            normal[f] += 1
        if ok != (r == s):
            print("is_normalized disagrees", f, ascii(s))
        if ud.normalize(f, r) != r:
            print("not idempotent", f, ascii(s))
    if i % 5000 == 0:
        samples.append(s)
for f in hashes:
    print(f, hashes[f], normal[f])
for s in samples:
    print(ascii(s), ascii([ud.normalize(f, s) for f in hashes]))
