# Object identity checks via 'is' (never printing identity values).
a = [1]
b = a
c = [1]
print(a is b, a is c, a == c, a is not c)
x = None
print(x is None, type(None)() is None, x is not None)
print(True is bool(1), False is bool(0), bool([]) is False)
s = "interned"
t = s
print(s is t, s == "inter" + "ned")
class K:
    pass
k1, k2 = K(), K()
print(k1 is k1, k1 is k2, k1 == k2, k1 != k2)
print(... is Ellipsis, NotImplemented is NotImplemented, type(...).__name__)
lst = [k1, k2]
print(lst[0] is k1, lst.index(k2), k2 in lst, K() in lst)
d = {}
print(d.setdefault("k", a) is a, d["k"] is a)
def ident(v):
    return v
print(ident(a) is a, [a][0] is a, (a,)[0] is a, list(lst)[1] is k2)
m = a[:]
print(m is a, m == a, m[0] is a[0])
