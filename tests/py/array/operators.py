# + * += *= comparisons (same and mixed typecodes), hashing, copy/deepcopy.
import copy
from array import array


def t(f):
    try:
        r = f()
    except Exception as e:
        r = type(e).__name__ + ': ' + str(e)
    print(r)


a = array('b', [1, 2])
print(a + array('b', [3]), a * 3, 3 * a, a * 0, a * -1, 0 * a, a)
t(lambda: a + [1])
t(lambda: a + 5)
t(lambda: a + array('h'))
t(lambda: a * 2.0)
t(lambda: 'x' * a)
t(lambda: a * (2**70))
t(lambda: [1] + a)
b = array('I', [1])
b *= 3
print(b)
b *= 0
print(b)
c = array('u', 'ab')
c += array('u', 'c')
print(c)


def f():
    x = array('i', [1])
    x += [1]


t(f)


def f():
    x = array('i', [1])
    x += array('d')


t(f)


def f():
    x = array('i', [1])
    x *= 'x'


t(f)
x = array('i', [1, 2])
y = x
x += x
print(x, y is x)
x *= 2
print(x, y is x)
print(array('i', [1, 2]) == array('d', [1.0, 2.0]), array('i', [1, 2]) < array('d', [1.0, 2.5]))
print(array('u', 'ab') < array('u', 'b'), array('u', 'ab') == array('u', 'ab'))
print(array('i', [1, 2]) == [1, 2], array('i', [1, 2]) != [1, 2], array('i') == array('u'))
t(lambda: array('i') < [1])
t(lambda: array('i') >= 'x')
nan = float('nan')
print(array('d', [nan]) == array('d', [nan]), array('d', [nan]) != array('d', [nan]))
print(array('d', [1.0, nan]) < array('d', [1.0, nan]), array('d', [1.0, nan]) <= array('d', [1.0, nan]))
print(array('d', [1.0, nan]) < array('d', [1.0]), array('d', [1.0]) < array('d', [1.0, nan]))
ops = ['<', '<=', '==', '!=', '>', '>=']
pairs = [(array('i', [1, 2]), array('i', [1, 2])), (array('i', [1, 2]), array('i', [1, 3])),
         (array('i', [1, 2]), array('i', [1])), (array('B', [255]), array('b', [-1])),
         (array('Q', [2**64 - 1]), array('q', [-1])), (array('Q', [2**64 - 1]), array('Q', [1])),
         (array('b', [-1]), array('b', [1])), (array('f', [0.5]), array('d', [0.5])),
         (array('L', [3, 1]), array('L', [3, 2])), (array('i'), array('i'))]
for p, q in pairs:
    print(p, q, [eval('p %s q' % op) for op in ops])
t(lambda: hash(array('i')))
t(lambda: {array('i'): 1})
# copy
a = array('h', [1, 2])
for c in (a.__copy__(), a.__deepcopy__({}), copy.copy(a), copy.deepcopy(a), a[:]):
    print(c, c == a, c is a)


class A(array):
    pass


s = A('i', [1, 2])
print(type(s[:]).__name__, type(s + s).__name__, type(s * 2).__name__, type(s.__copy__()).__name__)
print(type(copy.copy(s)).__name__, type(copy.deepcopy(s)).__name__)
s += array('i', [3])
print(type(s).__name__, s)
s *= 2
print(type(s).__name__, s)
print(s == array('i', [1, 2, 3, 1, 2, 3]), array('i', [1]) == A('i', [1]))


class R:
    def __radd__(self, other):
        return 'radd'

    def __rmul__(self, other):
        return 'rmul'


print(array('i') + R(), array('i') * R())
