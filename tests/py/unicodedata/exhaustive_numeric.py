# decimal/digit/numeric/decomposition of every code point, as checksums and counts.
import unicodedata

M = (1 << 61) - 1


def fold(h, s):
    for ch in s:
        h = (h * 1000003 + ord(ch)) % M
    return (h * 1000003 + 7) % M


dec = dig = num = dcp = 0
ndec = ndig = nnum = ndcp = 0
values = set()
for c in range(0x110000):
    ch = chr(c)
    d = unicodedata.decimal(ch, -1)
    if d >= 0:
        ndec += 1
        dec = (dec * 1000003 + c * 11 + d) % M
    g = unicodedata.digit(ch, -1)
    if g >= 0:
        ndig += 1
        dig = (dig * 1000003 + c * 11 + g) % M
    n = unicodedata.numeric(ch, None)
    if n is not None:
        nnum += 1
        values.add(n)
        num = fold(num, "%x:%r" % (c, n))
    s = unicodedata.decomposition(ch)
    if s:
        ndcp += 1
        dcp = fold(dcp, "%x:%s" % (c, s))
print("decimal", ndec, dec)
print("digit", ndig, dig)
print("numeric", nnum, num)
print("decomposition", ndcp, dcp)
print(len(values), sorted(values)[:12], sorted(values)[-8:])
print(sum(1 for v in values if v != int(v)))
