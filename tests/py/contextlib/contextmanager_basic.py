# @contextmanager: enter/exit order, yielded values, exceptions thrown into the generator
from contextlib import contextmanager

log = []

@contextmanager
def tag(name):
    """Wrap output in a tag."""
    log.append('<%s>' % name)
    try:
        yield name.upper()
    finally:
        log.append('</%s>' % name)

with tag('a') as v:
    log.append('body ' + v)
print(log)
print(tag.__name__, tag.__doc__)
cm = tag('x')
print(type(cm).__name__, cm.__doc__)

# exception propagates through the generator's finally
log.clear()
try:
    with tag('b'):
        raise ValueError('boom')
except ValueError as e:
    print('caught', e, log)

# generator that swallows the exception
@contextmanager
def swallow(*types):
    try:
        yield
    except types as e:
        print('swallowed', type(e).__name__, e)

with swallow(KeyError):
    raise KeyError('k')
print('after swallow')

try:
    with swallow(KeyError):
        raise IndexError('not swallowed')
except IndexError as e:
    print('IndexError', e)

# generator that transforms the exception
@contextmanager
def transform():
    try:
        yield 1
    except ZeroDivisionError as e:
        raise ArithmeticError('transformed') from e

try:
    with transform() as x:
        print('x =', x)
        1 / 0
except ArithmeticError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__, e.__cause__)

# no yield at all
@contextmanager
def noyield():
    if False:
        yield

try:
    with noyield():
        print('not reached')
except RuntimeError as e:
    print('RuntimeError', e, e.__cause__, e.__suppress_context__)

# yields twice
@contextmanager
def twice():
    yield 1
    yield 2

try:
    with twice() as t:
        print('t', t)
except RuntimeError as e:
    print('RuntimeError', e)

# yields again after an exception was thrown in
@contextmanager
def yield_after_throw():
    try:
        yield
    except Exception:
        yield

try:
    with yield_after_throw():
        raise TypeError('t')
except RuntimeError as e:
    print('RuntimeError', e)

# return value in the body of the with
def f():
    with tag('f'):
        return 'returned'
log.clear()
print(f(), log)

# break / continue inside with
log.clear()
for i in range(3):
    with tag(str(i)):
        if i == 1:
            continue
        if i == 2:
            break
print(log)

# the generator result is bound by as, nested managers
with tag('outer') as o, tag('inner') as i:
    print(o, i)

# reuse of a generator-based cm is an error (it has been consumed)
cm = tag('once')
with cm:
    pass
try:
    with cm:
        pass
except Exception as e:
    print(type(e).__name__, e)
