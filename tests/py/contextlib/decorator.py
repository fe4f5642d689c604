# @contextmanager and ContextDecorator used as function decorators
from contextlib import contextmanager, ContextDecorator

calls = []

@contextmanager
def traced(name):
    calls.append('enter ' + name)
    try:
        yield
    finally:
        calls.append('exit ' + name)

@traced('deco')
def work(a, b=2):
    """Does the work."""
    calls.append('work %s %s' % (a, b))
    return a + b

print(work.__name__, work.__doc__)
print(work(1), work(3, b=4))
print(calls)

calls.clear()
@traced('fail')
def fails():
    raise ValueError('inside')
try:
    fails()
except ValueError as e:
    print('ValueError', e)
try:
    fails()
except ValueError as e:
    print('ValueError again', e)
print(calls)

class mycontext(ContextDecorator):
    def __init__(self, label):
        self.label = label
    def __enter__(self):
        print('enter', self.label)
        return self
    def __exit__(self, *exc):
        print('exit', self.label, exc[0].__name__ if exc[0] else None)
        return False

@mycontext('decorated')
def func(x):
    print('func', x)
    return x * 2

print(func(21))
with mycontext('as with') as m:
    print(m.label)

class suppressing(ContextDecorator):
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        print('suppressing', t.__name__ if t else None)
        return True

@suppressing()
def raiser():
    raise KeyError('x')
print('raiser ->', raiser())

print(isinstance(traced('z'), ContextDecorator))
print(hasattr(traced('z'), '_recreate_cm'))

# recursion through a decorated function creates fresh managers
depth = []
@traced('rec')
def rec(n):
    depth.append(n)
    if n:
        rec(n - 1)
calls.clear()
rec(2)
print(depth, calls)
