# operator's arithmetic and bitwise functions, and their dunder aliases.
import operator as op

def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

pairs = [(7, 3), (-7, 3), (7.5, 2), (2, 0.5), (10 ** 20, 7), (True, 3)]
for name in ['add', 'sub', 'mul', 'truediv', 'floordiv', 'mod', 'pow', 'lshift', 'rshift',
             'and_', 'or_', 'xor']:
    f = getattr(op, name)
    row = []
    for a, b in pairs:
        try:
            row.append(repr(f(a, b)))
        except Exception as e:
            row.append(type(e).__name__)
    print(name, ' '.join(row))
for name in ['neg', 'pos', 'abs', 'inv', 'invert', 'index']:
    f = getattr(op, name)
    row = []
    for v in [5, -3, 0, True, 2.5, 10 ** 30]:
        try:
            row.append(repr(f(v)))
        except Exception as e:
            row.append(type(e).__name__)
    print(name, ' '.join(row))
print(op.add('ab', 'cd'), op.mul('ab', 3), op.mul(3, [0]), op.mod('%s-%d', ('x', 4)))
print(op.matmul.__name__, op.truediv(1, 4), op.floordiv(-1, 4))
show(op.truediv, 1, 0)
show(op.floordiv, 1, 0)
show(op.mod, 1, 0)
show(op.add, 1, 'a')
show(op.sub, 'a', 'b')
show(op.matmul, 1, 2)
show(op.neg, 'x')
show(op.pos, [])
show(op.abs, 'a')
show(op.invert, 1.5)
show(op.inv, 'a')
show(op.index, 1.5)
show(op.index, '3')
show(op.lshift, 1, -1)
show(op.pow, 0, -1)
show(op.add, 1)
show(op.add)
show(op.add, 1, 2, 3)
show(op.add, 1, b=2)
show(op.neg)
show(op.neg, 1, 2)
show(op.neg, a=1)
class M:
    def __matmul__(self, other):
        return ('matmul', other)
    def __rmatmul__(self, other):
        return ('rmatmul', other)
    def __index__(self):
        return 42
    def __neg__(self):
        return 'negated'
print(op.matmul(M(), 1), op.matmul(1, M()), op.index(M()), op.neg(M()))
print(op.__add__ is op.add, op.__and__ is op.and_, op.__inv__ is op.inv, op.__not__ is op.not_)
print(op.__index__(7), op.__pow__(2, 5), op.__abs__(-2), op._abs is abs)
print([op.add(x, 1) for x in range(5)])
