# operator's in-place functions: mutable objects change, immutable ones return new values.
import operator as op

def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

lst = [1, 2]
r = op.iadd(lst, [3])
print(r, r is lst)
r = op.imul(lst, 2)
print(r, r is lst)
t = (1,)
r = op.iadd(t, (2,))
print(r, t, r is t)
s = {1, 2, 3}
for name, other in [('iand', {2, 3, 4}), ('ior', {9}), ('ixor', {1, 9}), ('isub', {3})]:
    r = getattr(op, name)(s, other)
    print(name, sorted(r), r is s)
x = 10
for name in ['iadd', 'isub', 'imul', 'itruediv', 'ifloordiv', 'imod', 'ipow', 'ilshift',
             'irshift', 'iand', 'ior', 'ixor']:
    print(name, getattr(op, name)(x, 3))
print(op.iadd('ab', 'c'), op.imul('ab', 2), op.ipow(2.0, 3))
class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, other):
        self.items.append(other)
        return self
    def __imatmul__(self, other):
        return 'imatmul'
    def __add__(self, other):
        return 'plain add'
a = Acc()
print(op.iadd(a, 1) is a, a.items, op.imatmul(a, 0))
class OnlyAdd:
    def __add__(self, other):
        return 'fallback add'
print(op.iadd(OnlyAdd(), 1))
show(op.iadd, 1, 'a')
show(op.isub, [1], [1])
show(op.itruediv, 1, 0)
show(op.imatmul, 1, 2)
show(op.ipow, 2)
show(op.iadd, 1, 2, 3)
show(op.iand, 1.5, 1)
print(op.__iadd__ is op.iadd, op.__ipow__ is op.ipow, op.__iconcat__ is op.iconcat)
d = {'a': 1}
r = op.ior(d, {'b': 2})
print(r, r is d)
