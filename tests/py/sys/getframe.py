# sys._getframe: code, line, namespaces and callers of live frames
# (slotpy's frame objects are snapshots taken by the call: this snippet reads them at once)
import sys

x = 'module x'


def inner(a, b=2):
    c = a + b
    print(sys._getframe().f_lineno, sorted(sys._getframe().f_locals))
    f = sys._getframe()
    print(f.f_code.co_name, f.f_locals['c'])
    g = sys._getframe(1)
    print(g.f_code.co_name, g.f_lineno, g.f_locals.get('y'), g.f_back.f_code.co_name)
    print(f.f_globals is globals(), f.f_globals['x'], f.f_back.f_back.f_back is None)
    print(f.f_builtins['len'] is len, f.f_trace, f.f_back.f_code is outer.__code__)
    return f


def outer():
    y = 'outer y'
    return inner(1)


fr = outer()
print(fr.f_code.co_filename == __file__)
top = sys._getframe()
print(top.f_code.co_name, sys._getframe().f_lineno, top.f_back, top.f_locals is globals())
print(sys._getframe(0).f_code.co_name, type(top).__name__)


def name_of_caller():
    return sys._getframe(1).f_globals['__name__']


print(name_of_caller())
for bad in (5, -1, 'x'):
    try:
        print(sys._getframe(bad).f_code.co_name)
    except Exception as e:
        print(type(e).__name__, e)
try:
    sys._getframe(0, 1)
except TypeError as e:
    print(e)


def gen():
    yield sys._getframe().f_back.f_code.co_name


print(next(gen()), [sys._getframe().f_code.co_name for _ in 'a'])
