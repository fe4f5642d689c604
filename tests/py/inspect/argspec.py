import inspect


def f(a, b=1, *args, c, d=2, **kw) -> int:
    pass


def g(x, /, y, z=3):
    pass


def h():
    pass


class C:
    def m(self, x, y=2):
        pass


for fn in (f, g, h, C.m, C().m, lambda p, *q: 0):
    spec = inspect.getfullargspec(fn)
    print(spec)
    print(spec.args, spec.varargs, spec.varkw, spec.defaults, spec.kwonlyargs, spec.kwonlydefaults, spec.annotations)
for bad in (1, max):
    try:
        inspect.getfullargspec(bad)
    except TypeError as e:
        print('TypeError', e, type(e.__cause__).__name__)


def callargs(fn, *a, **k):
    try:
        print(sorted(inspect.getcallargs(fn, *a, **k).items()))
    except TypeError as e:
        print('TypeError', e)


callargs(f, 1, c=3)
callargs(f, 1, 2, 3, 4, c=3, e=5)
callargs(f, 1)
callargs(f)
callargs(f, 1, a=2, c=3)
callargs(g, 1, 2)
callargs(g, 1, 2, 3, 4)
callargs(h, 1)
callargs(h, 1, 2)
callargs(h, x=1)


def two(a, b, c, d=1, *, e, f, g=2):
    pass


callargs(two)
callargs(two, 1)
callargs(two, 1, 2)
callargs(two, 1, 2, 3)
callargs(two, 1, 2, 3, e=1)
callargs(two, 1, 2, 3, 4, 5, e=1)
callargs(two, 1, 2, 3, 4, 5, 6)
callargs(two, 1, e=1, f=2)


def one(a):
    pass


callargs(one, 1, 2)
callargs(one, 1, 2, 3)
print(inspect.getcallargs(C().m, 1)['x'])
callargs(C().m, 1, 2, 3)


def kwo(a, *, b):
    pass


callargs(kwo, 1, 2, b=3)
print(inspect.FullArgSpec._fields)
