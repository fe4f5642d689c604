# functools.singledispatch and singledispatchmethod.
from functools import singledispatch, singledispatchmethod
import collections.abc

def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

@singledispatch
def describe(obj):
    "describe doc"
    return 'object'

@describe.register
def _(obj: int):
    return 'int %d' % obj

@describe.register(str)
def _(obj):
    return 'str ' + obj

def for_list(obj):
    return 'list of %d' % len(obj)
describe.register(list, for_list)

@describe.register(float)
@describe.register(complex)
def _(obj):
    return 'float or complex'

print(describe(1), describe('x'), describe([1, 2]), describe(1.5), describe(2j), describe(None))
print(describe(True), describe({}), describe(()))
print(describe.__name__, describe.__doc__, describe.__wrapped__(5))
print(describe.dispatch(int) is describe.registry[int], describe.dispatch(bool).__name__)
print(describe.dispatch(object).__name__, sorted(t.__name__ for t in describe.registry))

class MyList(list):
    pass
print(describe(MyList([1])))
@describe.register
def _(obj: MyList):
    return 'mylist'
print(describe(MyList([1])), describe([1]))

@describe.register
def _(obj: collections.abc.Mapping):
    return 'a mapping'
print(describe({}), describe(collections.OrderedDict()))

show(describe)
show(describe.register, 5)
try:
    describe.register(5, lambda x: x)
except TypeError as e:
    print('TypeError', e)
def no_ann(x):
    return x
try:
    describe.register(no_ann)
except TypeError as e:
    print('TypeError', str(e).replace(repr(no_ann), 'FUNC'))
def bad_ann(x: 5):
    return x
show(describe.register, bad_ann)

@singledispatch
def ident(x, extra=0):
    return ('default', x, extra)
@ident.register(int)
def _(x, extra=0):
    return ('int', x, extra)
print(ident(1, extra=5), ident('a', 3))
print(type(describe.registry).__name__)

class Shape:
    @singledispatchmethod
    def area(self, arg):
        return 'generic %r' % (arg,)
    @area.register
    def _(self, arg: int):
        return 'int area %d' % (arg * arg)
    @area.register(str)
    def _(self, arg):
        return 'str area ' + arg
s = Shape()
print(s.area(3), s.area('x'), s.area(1.5), Shape.area.__name__ if hasattr(Shape.area, '__name__') else '')

class Cls:
    @singledispatchmethod
    @classmethod
    def make(cls, arg):
        return (cls.__name__, 'generic')
    @make.register(int)
    @classmethod
    def _(cls, arg):
        return (cls.__name__, 'int')
print(Cls.make(1), Cls.make('a'))
show(singledispatchmethod, 5)
