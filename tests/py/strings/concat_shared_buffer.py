# Concatenations that share a growable buffer (s + a, s + b, s += ... in loops) must stay
# independent strings: each sees only its own text, hashes and compares as usual.
s = "x" * 70
a = s + "A"
b = s + "B"
print(a[-3:], b[-3:], len(a), len(b), a == b)
c = a + "C"
d = a + "D"
print(c[-3:], d[-3:], a[-3:])
t = ""
parts = []
for i in range(300):
    t += str(i % 10)
    if i % 37 == 0:
        parts.append(t)
print(len(t), [len(p) for p in parts], parts[-1][-5:], hash(parts[3]) == hash(parts[3][:]))
u = "é" * 70
v = u + "ü"
w = u + "ẞ"
print(v[-2:], w[-2:], len(v), len(w), v.encode()[-4:], w.encode("utf-8")[-5:])
print(repr((s + "q")[60:]), (s + "q").upper()[-2:], str(s + "z").find("z"))
import sys
print(sys.intern(s + "i")[-1], float("1" * 70 + "0" + ".5") > 0, int(("9" * 70) + "1") % 7)
