# copy errors: unpicklable builtins, bad reductions, exceptions raised by hooks.
import copy

def trap(f):
    try:
        r = f()
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
    else:
        print(type(r).__name__)

def g():
    yield
trap(lambda: copy.copy(g()))
trap(lambda: copy.deepcopy([g()]))
trap(lambda: copy.deepcopy({'k': g()}))
import sys
trap(lambda: copy.copy(sys))
class HasGen:
    def __init__(self):
        self.gen = g()
trap(lambda: copy.copy(HasGen()))
trap(lambda: copy.deepcopy(HasGen()))
class BadReduce:
    def __reduce__(self):
        return (1, 2, 3, 4, 5, 6, 7)
trap(lambda: copy.copy(BadReduce()))
class NotCallable:
    def __reduce__(self):
        return (None, ())
trap(lambda: copy.copy(NotCallable()))
class RaisingState:
    def __getstate__(self):
        raise ValueError('state unavailable')
trap(lambda: copy.copy(RaisingState()))
class RaisingDeep:
    def __deepcopy__(self, memo):
        raise KeyError('deep')
trap(lambda: copy.deepcopy([1, RaisingDeep()]))
class SetStateFails:
    def __init__(self):
        self.x = 1
    def __setstate__(self, st):
        raise TypeError('cannot restore')
trap(lambda: copy.copy(SetStateFails()))
trap(lambda: copy.deepcopy(SetStateFails()))
class ReduceEx:
    def __reduce_ex__(self, proto):
        raise copy.Error('nope %d' % proto)
trap(lambda: copy.copy(ReduceEx()))
print(issubclass(copy.Error, Exception), copy.Error.__name__, copy.Error.__module__)
