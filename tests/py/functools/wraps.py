# functools.update_wrapper and wraps.
import functools
from functools import wraps, update_wrapper, WRAPPER_ASSIGNMENTS, WRAPPER_UPDATES

print(WRAPPER_ASSIGNMENTS)
print(WRAPPER_UPDATES)

def deco(fn):
    @wraps(fn)
    def inner(*a, **k):
        """inner doc"""
        return fn(*a, **k)
    return inner

@deco
def add(x: int, y: int = 2) -> int:
    """Add two numbers."""
    return x + y
add.extra = 'kept'

print(add.__name__, add.__qualname__, add.__doc__, add.__module__)
print(add.__annotations__)
print(add(1), add.__wrapped__(1, 5), add.__wrapped__.__name__)
print(add.__dict__['extra'], sorted(add.__dict__))

@deco
def twice(x):
    return 2 * x
twice.attr = 1
@deco
def again(x):
    return x
print(twice.__wrapped__.__wrapped__ if hasattr(twice.__wrapped__, '__wrapped__') else 'single')

def a():
    "a doc"
def b():
    pass
a.flag = 1
r = update_wrapper(b, a)
print(r is b, b.__name__, b.__doc__, b.flag, b.__wrapped__ is a)

class Wrapper:
    pass
w = Wrapper()
update_wrapper(w, a)
print(w.__name__, w.__qualname__, w.__doc__, w.__wrapped__ is a, w.flag)

def nodoc():
    pass
def target():
    "target doc"
update_wrapper(target, nodoc)
print(target.__doc__)

# Missing attributes are skipped.
class NoAttrs:
    __slots__ = ()
    def __call__(self):
        return 'called'
def shell():
    pass
update_wrapper(shell, NoAttrs())
print(shell.__name__, shell.__wrapped__())
update_wrapper(shell, max, assigned=('__name__',), updated=())
print(shell.__name__, shell.__doc__)
try:
    update_wrapper(shell, a, updated=('nothing',))
except AttributeError as e:
    print('AttributeError', e)
try:
    update_wrapper(1, a)
except AttributeError as e:
    print('AttributeError', e)

# __wrapped__ in the wrapped function's __dict__ is replaced
def inner1():
    pass
def outer1():
    pass
inner1.__wrapped__ = 'old'
update_wrapper(outer1, inner1)
print(outer1.__wrapped__ is inner1)

wd = wraps(a)
print(type(wd).__name__, wd.func is update_wrapper, sorted(wd.keywords))
print(wd.keywords['assigned'] is WRAPPER_ASSIGNMENTS)

def with_args(prefix):
    def decorate(fn):
        @functools.wraps(fn, assigned=('__name__',))
        def inner(*args):
            return prefix + str(fn(*args))
        return inner
    return decorate

@with_args('>> ')
def value():
    "value doc"
    return 42
print(value(), value.__name__, value.__doc__, value.__qualname__)
