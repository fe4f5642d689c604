import statistics as st
from statistics import linear_regression, correlation, covariance, quantiles
from fractions import Fraction as F
import random

def t(fn, *args, **kw):
    shown = tuple(a if isinstance(a, (list, str)) else '<iter>' for a in args)
    try:
        r = fn(*args, **kw)
        print(fn.__name__, repr(shown)[:90], kw, '->', repr(r))
    except Exception as e:
        print(fn.__name__, repr(shown)[:90], kw, '->', type(e).__name__, e)

data = [105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129,
        106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95,
        103, 107, 101, 81, 109, 104]
for n in (1, 2, 3, 4, 5, 10):
    t(quantiles, data, n=n)
    t(quantiles, data, n=n, method='inclusive')
for d in [[1, 2], [1.5, 2.5, 4.0], [F(1, 3), F(1, 2), F(2, 3)], [5, 1, 3, 2, 4], [1, 2, 3, 4, 5, 6, 7]]:
    t(quantiles, d)
    t(quantiles, d, n=7, method='inclusive')
    t(quantiles, d, n=8)
t(quantiles, [1])
t(quantiles, [])
t(quantiles, [1, 2], n=0)
t(quantiles, [1, 2], n=-3)
t(quantiles, [1, 2, 3], method='weird')
t(quantiles, [1, 2, 3], n=2, method='Inclusive')
t(quantiles, iter([3, 1, 2]), n=3)

x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
z = list(reversed(x))
for a, b in [(x, y), (x, z), (z, y), (x, x), ([1.5, 2.25, 3.125], [0.1, 0.2, 0.35]), ([1, 2], [3, 4]),
             ([F(1, 2), F(1, 3), 1], [1, 2, 4]), ([1e10, 1e10 + 1, 1e10 + 2], [1, 2, 4])]:
    t(covariance, a, b)
    t(correlation, a, b)
    t(linear_regression, a, b)
    t(linear_regression, a, b, proportional=True)
for fn in (covariance, correlation, linear_regression):
    t(fn, [1, 2], [1, 2, 3])
    t(fn, [1], [1])
    t(fn, [], [])
t(correlation, [1, 1, 1], [1, 2, 3])
t(correlation, [1, 2, 3], [5, 5, 5])
t(linear_regression, [2, 2, 2], [1, 2, 3])
t(linear_regression, [0, 0], [1, 2], proportional=True)
t(linear_regression, [1, 2, 3], [2, 4, 6.5])
t(covariance, iter([1, 2]), [1, 2])
lr = linear_regression([1, 2, 3], [2, 4, 7])
print(lr.slope, lr.intercept, lr._fields, type(lr).__name__, lr == (2.5, -2/3 - 0.0 if False else lr.intercept))
rng = random.Random(99)
for _ in range(8):
    n = rng.randrange(2, 40)
    a = [rng.uniform(-50, 50) for _ in range(n)]
    b = [2.5 * v + rng.gauss(0, 5) for v in a]
    print(repr(covariance(a, b)), repr(correlation(a, b)), linear_regression(a, b), linear_regression(a, b, proportional=True))
    print(quantiles(a, n=5), quantiles(b, n=3, method='inclusive'))
