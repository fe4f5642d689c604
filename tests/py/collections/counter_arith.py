# Counter arithmetic and comparisons: + - | & unary, in-place forms, <= < >= >.
from collections import Counter

def trap(f):
    try:
        r = f()
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
    else:
        print(repr(r))

a = Counter(a=3, b=1, c=-2, d=0)
b = Counter(a=1, b=2, e=4, c=-5)
print(a + b)
print(a - b)
print(b - a)
print(a | b)
print(a & b)
print(+a, -a, +b, -b)
print(Counter() + Counter(), Counter(x=0) - Counter(), -Counter(x=-1))
trap(lambda: a + {'a': 1})
trap(lambda: a - 5)
trap(lambda: a | None)
trap(lambda: a & [1])
trap(lambda: {'a': 1} + a)
x = Counter(a=3, b=1, c=-2)
x += Counter(a=1, c=1); print(x)
x = Counter(a=3, b=1, c=-2)
x -= Counter(a=1, b=5); print(x)
x = Counter(a=3, b=1, c=-2)
x |= Counter(b=4, d=-1); print(x)
x = Counter(a=3, b=1, c=-2)
x &= Counter(a=2, c=5); print(x)
x = Counter(a=1)
x += {'a': 2, 'z': 1}; print(x)
x -= {'z': 1}; print(x)
def iadd_bad():
    y = Counter(a=1); y += 5
trap(iadd_bad)
p, q = Counter(a=1, b=2), Counter(a=1, b=3)
print(p <= q, p < q, p >= q, p > q, p == q, p != q)
print(p <= p, p < p, p >= p, p > p)
print(Counter(a=1) <= Counter(a=1, b=0), Counter(a=1, b=-1) < Counter(a=1))
print(Counter() <= Counter(a=0), Counter(a=-1) <= Counter())
trap(lambda: p < {'a': 1})
trap(lambda: p <= 3)
print(p == {'a': 1, 'b': 2}, p != {'a': 1, 'b': 2})
inventory = Counter(apples=5, pears=2)
order = Counter(apples=2, pears=3, plums=1)
print(inventory - order, order - inventory, inventory + order, inventory & order, inventory | order)
print(sum([Counter('ab'), Counter('bc'), Counter('cd')], Counter()))
print((Counter('aaab') - Counter('ab')).most_common())
