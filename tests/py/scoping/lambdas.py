# Lambdas: closures, defaults, immediate calls, in sort keys.
add = lambda a, b=10: a + b
print(add(1), add(1, 2))
print((lambda *a, **k: (a, sorted(k.items())))(1, 2, x=3, y=4))
print((lambda: "no args")())
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))
pairs = [(3, "c"), (1, "z"), (2, "a")]
print(sorted(pairs, key=lambda p: p[1]))
print(sorted(pairs, key=lambda p: -p[0]))
def make_multipliers():
    return [lambda x, i=i: x * i for i in range(4)]
print([m(3) for m in make_multipliers()])
curry = lambda a: lambda b: lambda c: a * 100 + b * 10 + c
print(curry(1)(2)(3))
print(add.__name__)
f = lambda: (yield)
print(type(f()).__name__)
kw = lambda *, k: k * 2
print(kw(k=4))
