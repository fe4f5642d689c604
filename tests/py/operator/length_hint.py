# operator.length_hint and operator.call.
import operator as op

def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

show(op.length_hint, [1, 2, 3])
show(op.length_hint, 'abcd')
show(op.length_hint, iter([1, 2, 3]))
show(op.length_hint, iter(range(10)))
show(op.length_hint, reversed([1, 2]))
show(op.length_hint, iter({1: 2}))
show(op.length_hint, (x for x in range(3)))
show(op.length_hint, (x for x in range(3)), 7)
show(op.length_hint, 5)
show(op.length_hint, 5, 11)
show(op.length_hint, [], 3)
show(op.length_hint, [1], 'a')
show(op.length_hint, [1], 2.0)
show(op.length_hint, 5, -1)
show(op.length_hint)
show(op.length_hint, 1, 2, 3)
show(op.length_hint, [1], default=2)
class Hint:
    def __init__(self, v):
        self.v = v
    def __length_hint__(self):
        if isinstance(self.v, Exception):
            raise self.v
        return self.v
for v in [4, 0, -1, 'x', NotImplemented, 2 ** 70, True, TypeError('t'), ValueError('v'), 3.0]:
    show(op.length_hint, Hint(v), 9)
class BadLen:
    def __len__(self):
        raise TypeError('len fails')
    def __length_hint__(self):
        return 6
show(op.length_hint, BadLen())
class NegLen:
    def __len__(self):
        return -1
show(op.length_hint, NegLen())
class ValLen:
    def __len__(self):
        raise ValueError('len value')
show(op.length_hint, ValLen())
it = iter([1, 2, 3])
next(it)
show(op.length_hint, it)

show(op.call, len, [1, 2])
show(op.call, max, 1, 5, key=lambda x: -x)
show(op.call, dict, a=1)
show(op.call, lambda *a, **k: (a, k))
show(op.call)
show(op.call, 5)
show(op.call, obj=len)
print(op.__call__ is op.call)
