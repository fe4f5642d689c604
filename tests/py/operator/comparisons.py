# operator's comparison, identity and truth functions.
import operator as op

def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

for a, b in [(1, 2), (2, 2), (3, 2), (1.0, 1), ('a', 'b'), ((1, 2), (1, 3)), ([1], [1])]:
    print(a, b, op.lt(a, b), op.le(a, b), op.eq(a, b), op.ne(a, b), op.ge(a, b), op.gt(a, b))
show(op.lt, 1, 'a')
show(op.gt, [], ())
show(op.le, None, None)
print(op.eq(1, 'a'), op.ne(None, 0))
class R:
    def __lt__(self, o):
        return 'lt-result'
    def __eq__(self, o):
        return 'eq-result'
print(op.lt(R(), 1), op.eq(R(), 1), op.gt(1, R()), op.ne(R(), 1))
print(op.__lt__(1, 2), op.__eq__(1, 1), op.__ne__(1, 1), op.__ge__(2, 3))
x = [1]
y = [1]
print(op.is_(x, x), op.is_(x, y), op.is_not(x, y), op.is_not(None, None))
for v in [0, 1, '', 'a', [], [0], None, 0.0, 2j, set(), {0: 0}]:
    print(repr(v), op.truth(v), op.not_(v))
class Bad:
    def __bool__(self):
        raise ValueError('no bool')
show(op.truth, Bad())
show(op.not_, Bad())
class Len:
    def __len__(self):
        return 0
print(op.truth(Len()), op.not_(Len()))
show(op.truth)
show(op.truth, 1, 2)
show(op.is_, 1)
show(op.is_not, 1, 2, 3)
show(op.lt, 1)
show(op.eq, a=1, b=2)
print(sorted([3, 1, 2], key=op.neg))
print(list(filter(op.truth, [0, 1, '', 'x', None])))
