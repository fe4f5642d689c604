import functools
import inspect
from inspect import signature


def show(obj, **kw):
    try:
        print(signature(obj, **kw))
    except Exception as e:
        print(type(e).__name__, e)


class A:
    def __init__(self, x, y=0):
        pass


class B(A):
    pass


class N:
    def __new__(cls, p, *rest):
        return super().__new__(cls)


class Both:
    def __new__(cls, *a, **k):
        return super().__new__(cls)

    def __init__(self, q):
        pass


class Empty:
    pass


class Meta(type):
    def __call__(cls, m1, m2=5):
        return None


class WithMeta(metaclass=Meta):
    def __init__(self, ignored):
        pass


class Callable:
    def __call__(self, u, *, v=1):
        return u


show(A)
show(B)
show(N)
show(Both)
show(Empty)
show(WithMeta)
show(Callable())
show(Callable)
show(Callable().__call__)


def base(a, b, c=3, *, d, e=5):
    return (a, b, c, d, e)


show(functools.partial(base, 1))
show(functools.partial(base, 1, 2))
show(functools.partial(base, b=7))
show(functools.partial(base, d=9))
try:
    signature(functools.partial(base, 1, 2, 3, 4))
except ValueError as e:
    print('ValueError', str(e)[:30], type(e.__cause__).__name__, e.__cause__)
show(functools.partial(functools.partial(base, 1), 2))


def posonly(a, b, /, c):
    pass


show(functools.partial(posonly, 1))
show(functools.partial(posonly, c=1))


def var(a, *args, k, **kw):
    pass


show(functools.partial(var, a=1))


def deco(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper


@deco
def wrapped(p, q=2) -> str:
    return 'x'


show(wrapped)
show(wrapped, follow_wrapped=False)
print(inspect.unwrap(wrapped) is wrapped.__wrapped__)
print(inspect.unwrap(wrapped, stop=lambda f: True) is wrapped)


def custom():
    pass


custom.__signature__ = inspect.Signature([inspect.Parameter('zz', inspect.Parameter.POSITIONAL_ONLY)])
show(custom)
custom.__signature__ = 'nope'
show(custom)
custom.__signature__ = None
show(custom)


class Loop:
    def __call__(self):
        pass


a = Loop()
a.__wrapped__ = a
try:
    inspect.unwrap(a)
except ValueError as e:
    print('ValueError', str(e).split(' at ')[0])

show(42)
show('abc')
show(max)
show(min)
show(getattr)
show(iter)
show(int)
show(dict)
show(object)
show(type)


class Slot:
    __slots__ = ('a',)


show(Slot)


class M:
    def meth(self, a, b=2):
        pass

    @property
    def prop(self):
        return 1


show(M().meth)
show(M.meth)
show(functools.partial(M().meth, 1))


class PM:
    def f(self, a, b, c=1):
        pass

    g = functools.partialmethod(f, 1)


show(PM.g)
show(PM().g)


def gen_fn():
    yield 1


show(gen_fn)
show(lambda: 0)
show(lambda *, a: 0)
