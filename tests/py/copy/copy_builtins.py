# copy.copy / copy.deepcopy of builtin values: atomic values, containers, identity rules.
import copy

def trap(f):
    try:
        r = f()
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
    else:
        print(repr(r))

atomic = [None, 1, -2**100, 1.5, 2j, True, 'str', b'bytes', (1, 2), frozenset([1]), range(3),
          slice(1, 2), Ellipsis, NotImplemented, int, len, copy.copy, type(None)]
for x in atomic:
    print(repr(x) if not callable(x) or isinstance(x, type) else x.__name__, copy.copy(x) is x, copy.deepcopy(x) is x or type(x).__name__)
for x in ([1, [2]], {'a': [1]}, {1, 2}, bytearray(b'ab')):
    c, d = copy.copy(x), copy.deepcopy(x)
    print(repr(c), repr(d), c is x, d is x, c == x, d == x, type(c).__name__, type(d).__name__)
lst = [[1], [2]]
c = copy.copy(lst); d = copy.deepcopy(lst)
print(c[0] is lst[0], d[0] is lst[0], d == lst)
dct = {'k': [1], 'j': {'n': [2]}}
d = copy.deepcopy(dct)
print(d, d['k'] is dct['k'], d['j']['n'] is dct['j']['n'], list(d))
t = (1, 'a', (2, 3))
print(copy.deepcopy(t) is t, copy.copy(t) is t)
t2 = (1, [2])
d2 = copy.deepcopy(t2)
print(d2, d2 is t2, d2[1] is t2[1], type(d2).__name__)
print(copy.deepcopy(frozenset([1, 2])) == frozenset([1, 2]), copy.deepcopy(frozenset([(1, 2)])))
s = {(1, 2), 3}
print(sorted(copy.deepcopy(s), key=repr), copy.deepcopy(s) is s)
print(copy.copy([]), copy.copy({}), copy.copy(set()), copy.deepcopy([]), copy.deepcopy(()))
trap(lambda: copy.copy((x for x in ())))
trap(lambda: copy.deepcopy((x for x in ())))
import sys
trap(lambda: copy.copy(sys))
trap(lambda: copy.deepcopy(sys))
class A:
    def m(self):
        return self
a = A()
bm = copy.copy(a.m); print(bm.__self__ is a, bm.__func__ is A.m)
dm = copy.deepcopy(a.m); print(dm.__self__ is a, type(dm.__self__).__name__, dm.__func__ is A.m)
f = lambda: 1
print(copy.copy(f) is f, copy.deepcopy(f) is f, copy.deepcopy(A) is A, copy.copy(A) is A)
print(copy.deepcopy(property()).__class__.__name__, copy.copy(len) is len)
print(copy.Error, copy.error is copy.Error, issubclass(copy.Error, Exception), sorted(copy.__all__))
print(copy.deepcopy([1, 2], {}), copy.deepcopy({'a': (1,)}, None))
w = copy.copy(object()); print(type(w).__name__)
class E(ValueError):
    pass
e = copy.copy(E('x', 1)); print(type(e).__name__, e.args)
e2 = copy.deepcopy(ValueError([1])); print(type(e2).__name__, e2.args)
