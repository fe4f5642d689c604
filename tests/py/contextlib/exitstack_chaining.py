# ExitStack: exceptions raised by callbacks are chained like nested with statements
from contextlib import ExitStack

def raiser(exc):
    def cb(*args):
        raise exc
    return cb

def chain(e):
    out = []
    while e is not None:
        out.append('%s(%s)' % (type(e).__name__, e))
        e = e.__context__
    return ' <- '.join(out)

try:
    with ExitStack() as stack:
        stack.callback(raiser(IndexError('first registered')))
        stack.callback(raiser(KeyError('second registered')))
        raise ValueError('body')
except Exception as e:
    print(chain(e))

try:
    with ExitStack() as stack:
        stack.callback(raiser(IndexError('only')))
except Exception as e:
    print(chain(e))

# a callback that suppresses a callback-raised exception
def suppress_all(*exc):
    print('suppressing', exc[0].__name__ if exc[0] else None)
    return True

with ExitStack() as stack:
    stack.push(suppress_all)
    stack.callback(raiser(TypeError('from callback')))
print('all suppressed')

try:
    with ExitStack() as stack:
        stack.callback(raiser(AttributeError('outer cb')))
        stack.push(suppress_all)
        stack.callback(raiser(TypeError('inner cb')))
        raise ValueError('body')
except Exception as e:
    print(chain(e))

# the context of an exception raised while handling another exception stops at the frame's one
try:
    raise LookupError('frame exc')
except LookupError:
    try:
        with ExitStack() as stack:
            stack.callback(raiser(OSError('cb')))
            raise ValueError('body in except')
    except Exception as e:
        print(chain(e))

# compare with nested with statements
class Raise:
    def __init__(self, exc):
        self.exc = exc
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise self.exc

try:
    with Raise(IndexError('a')):
        with Raise(KeyError('b')):
            raise ValueError('c')
except Exception as e:
    print('nested with:', chain(e))

try:
    with ExitStack() as stack:
        stack.enter_context(Raise(IndexError('a')))
        stack.enter_context(Raise(KeyError('b')))
        raise ValueError('c')
except Exception as e:
    print('exit stack:', chain(e))

# an exception with its own context chain
def chained_cb():
    try:
        raise NameError('inner ctx')
    except NameError:
        raise RuntimeError('cb with ctx')

try:
    with ExitStack() as stack:
        stack.callback(chained_cb)
        raise ValueError('body2')
except Exception as e:
    print(chain(e))

# close() with failing callback
stack = ExitStack()
stack.callback(raiser(ZeroDivisionError('on close')))
try:
    stack.close()
except ZeroDivisionError as e:
    print('close raised', e, e.__context__)
