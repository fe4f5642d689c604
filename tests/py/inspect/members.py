import inspect
import types


class Base:
    base_attr = 'b'

    def base_method(self):
        return 1


class Thing(Base):
    """Thing doc."""
    __slots__ = ('slot_a',)
    klass = 5

    def __init__(self):
        self.slot_a = 'A'

    def method(self):
        pass

    @property
    def prop(self):
        raise RuntimeError('not static!')

    @classmethod
    def cm(cls):
        pass

    @staticmethod
    def sm():
        pass


def public(members):
    return [(k, type(v).__name__) for k, v in members if not k.startswith('__')]


print(public(inspect.getmembers(Thing)))
print(public(inspect.getmembers(Thing, inspect.isfunction)))
print(public(inspect.getmembers(Thing, inspect.ismemberdescriptor)))
print([k for k, v in inspect.getmembers(Thing, inspect.isdatadescriptor) if not k.startswith('__')])
t = Thing()
try:
    inspect.getmembers(t)
except RuntimeError as e:
    print('RuntimeError', e)


class Safe:
    a = 1
    b = [1, 2]

    def __init__(self):
        self.c = 'c'

    def m(self):
        pass


print(public(inspect.getmembers(Safe())))
print(public(inspect.getmembers(Safe(), inspect.ismethod)))
m = types.ModuleType('fake')
m.x = 1
m.f = lambda: 0
m._private = 2
print(public(inspect.getmembers(m)))
print(inspect.getmembers(m, lambda v: v == 1))

# getattr_static
print(inspect.getattr_static(t, 'prop') is Thing.__dict__['prop'])
print(inspect.getattr_static(t, 'slot_a') is Thing.__dict__['slot_a'])
print(inspect.getattr_static(t, 'klass'), inspect.getattr_static(t, 'base_attr'))
print(type(inspect.getattr_static(Thing, 'cm')).__name__, type(inspect.getattr_static(Thing, 'sm')).__name__)
print(inspect.getattr_static(t, 'missing', 'dflt'))
try:
    inspect.getattr_static(t, 'missing')
except AttributeError as e:
    print('AttributeError', e)
s = Safe()
s.m = 'shadow'
print(inspect.getattr_static(s, 'm'), inspect.getattr_static(s, 'c'), inspect.getattr_static(Safe, 'a'))


class DataDesc:
    def __get__(self, obj, typ=None):
        return 'got'

    def __set__(self, obj, value):
        pass


class UsesDesc:
    d = DataDesc()


u = UsesDesc()
u.__dict__['d'] = 'instance'
print(u.d, type(inspect.getattr_static(u, 'd')).__name__)
print(inspect.getattr_static(Thing, '__name__') == 'Thing' or type(inspect.getattr_static(Thing, '__name__')).__name__)
print(inspect.getattr_static(3, 'real') is int.__dict__['real'])

# closure vars
GLOBAL = 10


def make(k):
    def inner(x):
        return x + k + GLOBAL + len(str(x)) + undefined_name
    return inner


cv = inspect.getclosurevars(make(3))
print(cv)
print(cv.nonlocals, sorted(cv.globals), sorted(cv.builtins), cv.unbound)


class Meth:
    def m(self):
        return GLOBAL


print(inspect.getclosurevars(Meth().m))
try:
    inspect.getclosurevars(len)
except TypeError as e:
    print('TypeError', e)

# generator state
def gen():
    print('  inside:', inspect.getgeneratorstate(g))
    yield 1
    yield 2


g = gen()
next(g)
print(inspect.getgeneratorstate(g))
next(g)
print(inspect.getgeneratorstate(g))
g.close()
print(inspect.getgeneratorstate(g))

# getdoc / getdoc inheritance
print(inspect.getdoc(Thing), inspect.getdoc(t))


class Sub(Thing):
    __slots__ = ()


print(inspect.getdoc(Sub))
print(inspect.getdoc(Sub.method))
print(inspect.get_annotations(lambda a: 0))


def ann(a: int, b: 'str') -> 'list':
    pass


print(inspect.get_annotations(ann), inspect.get_annotations(ann, eval_str=True))


class Annotated:
    x: int
    y: 'float' = 1.0


print(inspect.get_annotations(Annotated), inspect.get_annotations(Annotated, eval_str=True))
try:
    inspect.get_annotations(1)
except TypeError as e:
    print('TypeError', e)
print(inspect.signature(ann, eval_str=True))
print(inspect.signature(ann))
