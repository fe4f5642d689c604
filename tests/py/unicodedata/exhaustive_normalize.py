# The four normal forms of every single character, and is_normalized of each.
import unicodedata

M = (1 << 61) - 1


def fold(h, s):
    for ch in s:
        h = (h * 1000003 + ord(ch)) % M
    return (h * 1000003 + 7) % M


for form in ("NFC", "NFD", "NFKC", "NFKD"):
    h = 0
    changed = 0
    normal = 0
    longest = 0
    for c in range(0x110000):
        ch = chr(c)
        r = unicodedata.normalize(form, ch)
        if r != ch:
            changed += 1
            h = fold(h, "%x" % c)
            h = fold(h, r)
            longest = max(longest, len(r))
        if unicodedata.is_normalized(form, ch):
            normal += 1
    print(form, changed, normal, longest, h)
