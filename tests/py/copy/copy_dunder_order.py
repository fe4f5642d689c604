# copy: the order copy/deepcopy look things up in (dispatch, __copy__, __deepcopy__, reduce).
import copy

def trap(f):
    try:
        r = f()
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
    else:
        print(repr(r))

class Both:
    def __copy__(self):
        return 'copy'
    def __deepcopy__(self, memo):
        return 'deep'
    def __reduce_ex__(self, proto):
        return 'never'
print(copy.copy(Both()), copy.deepcopy(Both()))
class OnlyCopy:
    def __copy__(self):
        return 'only-copy'
print(copy.copy(OnlyCopy()), type(copy.deepcopy(OnlyCopy())).__name__)
class InstanceDeep:
    pass
i = InstanceDeep()
i.__deepcopy__ = lambda memo: 'instance-level'
print(copy.deepcopy(i))
i.__copy__ = lambda: 'instance copy ignored'
print(type(copy.copy(i)).__name__)
class Memo:
    def __deepcopy__(self, memo):
        print('memo keys before', len(memo))
        return Memo()
m = Memo()
r = copy.deepcopy([m, m])
print(r[0] is r[1], r[0] is m)
class ReturnsSelf:
    def __deepcopy__(self, memo):
        return self
rs = ReturnsSelf()
print(copy.deepcopy(rs) is rs, copy.deepcopy([rs])[0] is rs)
class Err:
    def __copy__(self):
        raise RuntimeError('no copies')
trap(lambda: copy.copy(Err()))
class Reduce2:
    def __reduce__(self):
        return (Reduce2.make, ('a', 'b'))
    @staticmethod
    def make(*args):
        print('make', args)
        return 'made'
print(copy.copy(Reduce2()), copy.deepcopy(Reduce2()))
class StateSlots:
    __slots__ = ('x', 'y')
    def __init__(self):
        self.x = [1]
print(copy.deepcopy(StateSlots()).x, hasattr(copy.copy(StateSlots()), 'y'))
class MetaCopy(type):
    def __copy__(cls):
        return 'meta copy'
class K(metaclass=MetaCopy):
    pass
print(copy.copy(K) is K, copy.deepcopy(K) is K)
print(copy.copy(1 + 2j), copy.deepcopy(b'x'), copy.deepcopy(range(2)) == range(2))
