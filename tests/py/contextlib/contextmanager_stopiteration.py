# StopIteration and RuntimeError interplay in @contextmanager (PEP 479)
from contextlib import contextmanager

@contextmanager
def plain():
    yield 'v'

# StopIteration raised in the body propagates unchanged
try:
    with plain():
        raise StopIteration('stop!')
except StopIteration as e:
    print('StopIteration', e)
except RuntimeError as e:
    print('RuntimeError', e)

# RuntimeError raised in the body is the same object after __exit__
err = RuntimeError('mine')
try:
    with plain():
        raise err
except RuntimeError as e:
    print('same object:', e is err, e)

@contextmanager
def catch_and_return():
    try:
        yield
    except StopIteration:
        print('generator caught StopIteration')

with catch_and_return():
    raise StopIteration('x')
print('suppressed')

# a generator raising StopIteration itself is turned into RuntimeError
@contextmanager
def raises_stop():
    yield
    raise StopIteration('from gen')

try:
    with raises_stop():
        pass
except RuntimeError as e:
    print('RuntimeError', e, '| cause:', type(e.__cause__).__name__, e.__cause__)
except StopIteration as e:
    print('StopIteration', e)

# generator raises a different exception while handling
@contextmanager
def other():
    try:
        yield
    except KeyError:
        raise ValueError('other')

try:
    with other():
        raise KeyError('k')
except ValueError as e:
    print('ValueError', e, '| context:', repr(e.__context__))

# calling __exit__ directly
cm = plain()
print(cm.__enter__())
print(cm.__exit__(None, None, None))
cm = plain()
cm.__enter__()
print(cm.__exit__(KeyError, None, None) if False else 'skip')
try:
    cm.__exit__(KeyError, KeyError('direct'), None)
except KeyError as e:
    print('KeyError', e)

# exception type only (value None) -> instantiated
cm = catch_and_return()
cm.__enter__()
print('exit returns', cm.__exit__(StopIteration, None, None))

# generator that ignores GeneratorExit is not involved; throw then stop
@contextmanager
def count_exits():
    n = 0
    try:
        yield
    except Exception as e:
        n += 1
        print('handled', type(e).__name__, n)

for exc in (ValueError, TypeError, OSError):
    with count_exits():
        raise exc('e')
print('done')
