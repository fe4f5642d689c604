def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


d = {"a": 1, "b": 2, "c": 3}
t(lambda: list(reversed(d.keys()))); t(lambda: list(reversed(d.values()))); t(lambda: list(reversed(d.items()))); t(lambda: list(reversed(d))); t(lambda: reversed(d).__length_hint__())
t(lambda: iter(d.keys()).__length_hint__()); t(lambda: type(iter(d.items())).__name__); t(lambda: type(reversed(d.values())).__name__); t(lambda: type(reversed(d)).__name__)
x = {1: 1}
def mut():
    for kk in x: x[kk + 1] = 1
t(mut)
def mut2():
    for kk in x: del x[kk]
t(mut2)
y = {1: 1, 2: 2}
def mut3():
    for kk in y.keys(): y.pop(kk); y[kk + 10] = 1
t(mut3)
z = {1: 1, 2: 2}
def mut4():
    for kk in z.values(): z[1] = 5
    return z
t(mut4)
def mut5():
    w = {1: 1}
    it = iter(w.items()); w[2] = 2; return next(it)
t(mut5)
d2 = {i: i for i in range(10)}
for i in range(0, 10, 2): del d2[i]
d2[0] = "new"
t(lambda: list(d2)); t(lambda: list(reversed(d2.items())))
