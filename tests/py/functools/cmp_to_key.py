# functools.cmp_to_key: sorting with old-style comparison functions, the KeyWrapper type.
from functools import cmp_to_key

def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

def numeric(a, b):
    return a - b
def by_len_then_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)

print(sorted([5, 2, 4, 1, 3], key=cmp_to_key(numeric)))
print(sorted([5, 2, 4, 1, 3], key=cmp_to_key(numeric), reverse=True))
print(sorted(['ccc', 'a', 'bb', 'aa', 'b'], key=cmp_to_key(by_len_then_alpha)))
print(min([3, 1, 2], key=cmp_to_key(numeric)), max([3, 1, 2], key=cmp_to_key(numeric)))
K = cmp_to_key(numeric)
print(type(K).__name__, type(K(1)).__name__, type(K).__module__)
a, b = K(1), K(2)
print(a < b, a <= b, a > b, a >= b, a == b, a != b, K(3) == K(3))
print(a.obj, b.obj, K.obj)
a.obj = 10
print(a > b)
show(K)
show(K, 1, 2)
print(type(K(obj=5)).__name__, K(obj=5).obj)
show(K, x=5)
show(cmp_to_key)
show(cmp_to_key, 1, 2)
print(sorted([2, 1], key=cmp_to_key(mycmp=numeric)))
show(lambda: a < 1)
show(lambda: 1 < a)
show(lambda: a == 1)
show(hash, a)
show(lambda: cmp_to_key(1)(1) < cmp_to_key(1)(2))
show(lambda: cmp_to_key(lambda x, y: 'str')(1) < cmp_to_key(lambda x, y: 0)(2))
show(lambda: cmp_to_key(lambda x, y: 1.5)(1) > cmp_to_key(lambda x, y: 0)(2))
calls = []
def logged(x, y):
    calls.append((x, y))
    return x - y
sorted([3, 1, 2], key=cmp_to_key(logged))
print(len(calls) > 0)
print(sorted([(1, 'b'), (1, 'a'), (0, 'z')], key=cmp_to_key(lambda p, q: p[0] - q[0])))
