# deque operators: comparisons, +, *, +=, *=, rotate, reverse, copy, insert, remove.
from collections import deque

def trap(f):
    try:
        r = f()
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
    else:
        print(repr(r))

a, b = deque([1, 2, 3]), deque([1, 2, 4])
print(a == b, a != b, a < b, a <= b, a > b, a >= b)
print(a == deque([1, 2, 3]), a == [1, 2, 3], a != [1, 2, 3], a == a)
print(deque([1, 2]) < deque([1, 2, 3]), deque([1, 2, 3]) < deque([1, 2]))
print(deque() < deque([0]), deque() <= deque(), deque() == deque())
print(deque('abc') >= deque('ab'), deque('abc') > deque('abd'))
trap(lambda: deque([1]) < [1])
trap(lambda: deque([1, 'a']) < deque([1, 2]))
trap(lambda: deque([1]) >= 3)
print(deque([1.0, 2]) == deque([1, 2.0]), deque([float('nan')]) == deque([float('nan')]))
n = float('nan')
print(deque([n]) == deque([n]))
print(a + b, a + deque(), deque() + a)
trap(lambda: a + [4])
trap(lambda: [4] + a)
trap(lambda: a + 'xy')
print(a * 0, a * 1, a * 2, 2 * a, a * -3)
trap(lambda: a * 'x')
trap(lambda: a * 1.5)
trap(lambda: a * 2**100)
c = deque([1]); c2 = c
c += [2, 3]; print(c, c is c2)
c += deque('ab'); print(c)
c += c; print(c)
c *= 2; print(len(c), c is c2)
c *= 0; print(c, c is c2)
c = deque([7]); c *= 3; print(c)
def iadd_bad():
    c = deque(); c += 5
trap(iadd_bad)
def imul_bad():
    c = deque([1]); c *= 'z'
trap(imul_bad)
r = deque(range(10))
r.rotate(); print(r)
r.rotate(3); print(r)
r.rotate(-4); print(r)
r.rotate(0); print(r)
r.rotate(10); print(r)
r.rotate(-23); print(r)
r.rotate(2**40 + 3); print(r)
r.rotate(-(2**40) - 3); print(r)
trap(lambda: r.rotate('1'))
trap(lambda: r.rotate(1.5))
trap(lambda: r.rotate(2**70))
trap(lambda: r.rotate(1, 2))
e = deque(); e.rotate(5); print(e)
one = deque([1]); one.rotate(-7); print(one)
r.reverse(); print(r)
deque().reverse()
for i in range(6):
    x = deque('abcde'); x.insert(i, '*'); print(''.join(x), end=' ')
print()
for i in range(-7, 0):
    x = deque('abcde'); x.insert(i, '*'); print(''.join(x), end=' ')
print()
x = deque(); x.insert(5, 'a'); x.insert(-5, 'b'); print(x)
trap(lambda: x.insert('a', 1))
trap(lambda: x.insert(1))
trap(lambda: x.insert(1, 2, 3))
y = deque([1, 2, 3, 2, 1])
y.remove(2); print(y)
y.remove(1); print(y)
y.remove(1); print(y)
trap(lambda: y.remove(9))
big = deque(range(100))
for v in (0, 99, 50, 25, 75, 1, 98):
    big.remove(v)
print(len(big), big[0], big[-1], big[23], big[24], big[70])
for i in (0, -1, 40, 10, 80):
    del big[i]
print(len(big), list(big)[:5], list(big)[-5:])
cp = a.copy(); print(cp, cp is a, cp == a)
import copy as copymod
print(copymod.copy(a), copymod.deepcopy(deque([[1], [2]], 5)))
nested = deque([[1]]); dc = copymod.deepcopy(nested); print(dc[0] is nested[0], dc == nested)
print(a.__copy__(), type(a.__copy__()))
