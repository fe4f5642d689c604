# **kwargs collects extra keywords into a dict preserving call order.
def f(**kw):
    return kw
print(f(), f(a=1), f(z=1, a=2, m=3))
print(type(f()).__name__)
def g(a, **kw):
    return a, kw
print(g(1, b=2), g(a=1, b=2), g(b=2, a=1))
d = {"x": 1, "y": 2}
print(f(**d, z=3))
print(f(**d, **{"w": 0}))
def h(*a, **k):
    return a, k
print(h(1, 2, k=3), h(*[1], **{"k": 2}))
def kwmod(**kw):
    kw["added"] = True
    return kw
orig = {"a": 1}
print(kwmod(**orig), orig)
