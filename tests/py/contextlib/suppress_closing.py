# suppress, closing, nullcontext
from contextlib import suppress, closing, nullcontext, AbstractContextManager

with suppress(KeyError):
    {}['missing']
print('after KeyError')

with suppress(LookupError):
    [][1]
print('after IndexError (subclass)')

with suppress(ValueError, TypeError):
    int('x')
print('after ValueError')

with suppress():
    pass
print('empty suppress ok')

try:
    with suppress():
        raise ValueError('not suppressed by empty')
except ValueError as e:
    print('ValueError', e)

try:
    with suppress(KeyError):
        raise ZeroDivisionError('zde')
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)

s = suppress(OSError)
print(s.__enter__(), s.__exit__(None, None, None), s.__exit__(FileNotFoundError, None, None),
      s.__exit__(KeyError, None, None))
with s:
    raise FileNotFoundError('reuse')
with s:
    raise PermissionError('reuse 2')
print('reusable')

def gen():
    for i in range(3):
        with suppress(StopIteration):
            raise StopIteration
        yield i
print(list(gen()))

class Resource:
    def __init__(self, name):
        self.name = name
        self.closed = False
    def close(self):
        print('closing', self.name)
        self.closed = True

r = Resource('r1')
with closing(r) as x:
    print(x is r, x.closed)
print(r.closed)

r2 = Resource('r2')
try:
    with closing(r2):
        raise RuntimeError('in body')
except RuntimeError as e:
    print('RuntimeError', e, r2.closed)

try:
    with closing(42):
        pass
except AttributeError as e:
    print('AttributeError', e)

with nullcontext() as n:
    print('nullcontext ->', n)
with nullcontext(5) as n:
    print('nullcontext(5) ->', n)
obj = [1, 2]
with nullcontext(obj) as n:
    print(n is obj)
try:
    with nullcontext():
        raise KeyError('through')
except KeyError as e:
    print('KeyError', e)

for cls in (suppress, closing, nullcontext):
    print(cls.__name__, issubclass(cls, AbstractContextManager))
print(nullcontext(1).enter_result)

def maybe(flag):
    return suppress(ValueError) if flag else nullcontext()
for flag in (True, False):
    try:
        with maybe(flag):
            raise ValueError('flag=%s' % flag)
        print('suppressed with', flag)
    except ValueError as e:
        print('raised', e)
