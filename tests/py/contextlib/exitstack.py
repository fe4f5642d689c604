# ExitStack: enter_context, push, callback, pop_all, close
from contextlib import ExitStack, contextmanager

@contextmanager
def res(name, log):
    log.append('open ' + name)
    try:
        yield name
    finally:
        log.append('close ' + name)

log = []
with ExitStack() as stack:
    names = [stack.enter_context(res(n, log)) for n in 'abc']
    print(names)
    log.append('body')
print(log)

log = []
with ExitStack() as stack:
    stack.callback(log.append, 'cb1')
    r = stack.callback(lambda *a, **k: log.append(('cb2', a, k)), 1, 2, x=3)
    print(callable(r))
    stack.push(lambda *exc: log.append(('exit', exc)))
print(log)

# push with a context manager object registers its __exit__ (no __enter__ call)
class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print('enter', self.name)
        return self
    def __exit__(self, *exc):
        print('exit', self.name, exc[0])
        return False

with ExitStack() as stack:
    r = stack.push(CM('pushed'))
    print(type(r).__name__, r.name)
    stack.enter_context(CM('entered'))

# pop_all transfers callbacks
log = []
with ExitStack() as stack:
    stack.callback(log.append, 'later')
    moved = stack.pop_all()
print('after with:', log)
moved.close()
print('after close:', log)
moved.close()
print('close twice:', log)

# a pushed exit that suppresses exceptions
def suppressor(t, v, tb):
    print('suppressor sees', t.__name__ if t else None)
    return True

with ExitStack() as stack:
    stack.push(suppressor)
    raise ValueError('suppressed')
print('continued')

# the suppressing callback runs after the later ones; later ones see the exception
with ExitStack() as stack:
    stack.push(suppressor)
    stack.push(lambda t, v, tb: print('first sees', t.__name__, v))
    raise KeyError('k')

# once suppressed, earlier callbacks see no exception
with ExitStack() as stack:
    stack.push(lambda t, v, tb: print('outer sees', t))
    stack.push(suppressor)
    raise IndexError('i')

# enter_context on something that is not a context manager
with ExitStack() as stack:
    for bad in (42, 'str', object()):
        try:
            stack.enter_context(bad)
        except TypeError as e:
            print('TypeError', e)

class OnlyEnter:
    def __enter__(self):
        return self
with ExitStack() as stack:
    try:
        stack.enter_context(OnlyEnter())
    except TypeError as e:
        print('TypeError', e)

# __exit__ return value
stack = ExitStack()
print(stack.__enter__() is stack)
print(stack.__exit__(None, None, None))
stack = ExitStack()
stack.push(lambda *a: True)
print(stack.__exit__(ValueError, ValueError('v'), None))
stack = ExitStack()
stack.push(lambda *a: False)
print(stack.__exit__(ValueError, ValueError('v'), None))
print(stack.__exit__(None, None, None))

# callback gets no exception details
with ExitStack() as stack:
    stack.callback(print, 'callback', 'args', sep='-')
    stack.callback(print)
