# operator.itemgetter: one or several items, any subscriptable, errors, repr.
import operator
from operator import itemgetter

def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

g = itemgetter(1)
print(g([10, 20, 30]), g((10, 20)), g('abc'), g({1: 'one'}), g(range(5)))
print(itemgetter(-1)([1, 2, 3]), itemgetter(slice(1, None))('hello'))
print(itemgetter(0, 2)('abcd'), itemgetter('a', 'b')({'a': 1, 'b': 2}), itemgetter(1, 1)([5, 6]))
print(itemgetter(0)([[1, 2]]), itemgetter(2 ** 70)({2 ** 70: 'big'}))
print(repr(itemgetter(1)), repr(itemgetter(1, 'a')), repr(itemgetter(slice(1, 2))))
print(repr(itemgetter(None)), repr(itemgetter((1, 2))), repr(itemgetter(-5)))
show(itemgetter(5), [1])
show(itemgetter(5), (1,))
show(itemgetter('x'), {})
show(itemgetter('x'), [1])
show(itemgetter(0), 5)
show(itemgetter(0), [])
show(itemgetter(1, 5), [1, 2])
show(itemgetter)
show(itemgetter, 1, x=2)
show(g)
show(g, [1, 2], [3])
show(g, obj=[1, 2])
rows = [('b', 2), ('a', 3), ('c', 1), ('a', 1)]
print(sorted(rows, key=itemgetter(1)))
print(sorted(rows, key=itemgetter(0, 1)))
print(sorted(rows, key=itemgetter(0)))
print(list(map(itemgetter(0), rows)))
print(max(rows, key=itemgetter(1)), min(rows, key=itemgetter(0)))
class Seq:
    def __getitem__(self, i):
        return ('got', i)
print(itemgetter(3)(Seq()), itemgetter(-1, 'k')(Seq()))
class MyList(list):
    def __getitem__(self, i):
        return 'overridden'
print(itemgetter(0)(MyList([1])), itemgetter(0)(MyList()))
print(type(g), type(g).__name__, type(g).__module__, type(g).__qualname__)
try:
    class Sub(itemgetter):
        pass
except TypeError as e:
    print('TypeError', e)
try:
    g.x = 1
except AttributeError as e:
    print('AttributeError', e)
print(g.__reduce__())
print(itemgetter(1, 2).__reduce__())
print(operator.itemgetter is itemgetter)
