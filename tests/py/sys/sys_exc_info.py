# sys.exc_info() and sys.exception()
import sys

print(sys.exc_info(), sys.exception())
try:
    raise KeyError('k')
except KeyError:
    t, v, tb = sys.exc_info()
    print(t.__name__, repr(v), tb is not None, type(tb).__name__, sys.exception() is v)
    try:
        raise ValueError('inner')
    except ValueError:
        print(sys.exc_info()[0].__name__, repr(sys.exception()))
    print(sys.exc_info()[0].__name__, repr(sys.exception()))
print(sys.exc_info(), sys.exception())


def f():
    return sys.exc_info()[1]


try:
    1 / 0
except ZeroDivisionError:
    print(repr(f()))


def gen():
    try:
        raise IndexError('in gen')
    except IndexError:
        yield sys.exception()
    yield sys.exception()


g = gen()
print(repr(next(g)), repr(next(g)))
try:
    raise TypeError('outer')
except TypeError:
    try:
        pass
    finally:
        print(repr(sys.exception()))
with open(__file__) as fh:
    print(sys.exception())
try:
    sys.exc_info(1)
except TypeError as e:
    print('TypeError', e)
