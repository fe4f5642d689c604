# functools.cached_property.
from functools import cached_property

class Data:
    def __init__(self, n):
        self.n = n
        self.computed = 0
    @cached_property
    def total(self):
        "the total"
        self.computed += 1
        return sum(range(self.n))

d = Data(10)
print(d.total, d.total, d.computed, d.__dict__)
d.total = 99
print(d.total, d.computed)
del d.total
print(d.total, d.computed)
print(type(Data.total).__name__, Data.total.__doc__, Data.total.attrname, Data.total.func.__name__)

class Slotted:
    __slots__ = ('x',)
    @cached_property
    def prop(self):
        return 1
try:
    Slotted().prop
except TypeError as e:
    print('TypeError', e)

cp = cached_property(lambda self: 5)
class Late:
    pass
Late.p = cp
try:
    Late().p
except TypeError as e:
    print('TypeError', e)

def get(self):
    return 'value'
shared = cached_property(get)
class One:
    a = shared
print(One().a, shared.attrname)
try:
    class Two:
        a = shared
        b = shared
except (TypeError, RuntimeError) as e:
    print(type(e).__name__, e)
    print(type(e.__cause__).__name__, e.__cause__)

class Sub(Data):
    @cached_property
    def total(self):
        return -1
print(Sub(3).total)

class Raises:
    @cached_property
    def bad(self):
        raise ValueError('nope')
r = Raises()
for _ in range(2):
    try:
        r.bad
    except ValueError as e:
        print('ValueError', e, r.__dict__)
print(cached_property[int])
