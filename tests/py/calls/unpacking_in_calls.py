# Mixing several * and ** unpackings in one call.
def show(*a, **k):
    return list(a), sorted(k.items())
print(show(*[1, 2], 3, *(4,), x=1, **{"y": 2}, z=3))
print(show(*range(3), *"ab"))
print(show(**{"a": 1}, **{"b": 2}, c=3))
args = (1, 2)
kw = {"sep": "-"}
print(*args, **kw)
print(*[], sep="x")
print(*"abc", sep=",", end="!\n")
gen = (i * i for i in range(4))
print(show(*gen))
def f(a, b, c, d):
    return a + b + c + d
print(f(*"ab", *"cd"), f(1, *[2, 3], d=4))
