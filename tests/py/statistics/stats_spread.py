import statistics as st
from fractions import Fraction as F
import random

def t(fn, *args):
    try:
        r = fn(*args)
        print(fn.__name__, repr(args)[:100], '->', repr(r), type(r).__name__)
    except Exception as e:
        print(fn.__name__, repr(args)[:100], '->', type(e).__name__, e)

datasets = [
    [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5], [0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25],
    [1, 2, 3, 4], [1, 1, 1], [F(1, 6), F(1, 2), F(5, 3)], [F(1, 4), F(5, 4), F(1, 2)], [1, 2.5, 3],
    [True, False, True, True], [5], [5.0], [], [1e300, -1e300], [1e308, -1e308, 1e308],
    [1, float('inf')], [float('nan'), 2.0], [0.1] * 7, [10**20 + 1, 10**20 + 2, 10**20 + 3],
    [1e-310, 2e-310, 5e-310], [3, 3.0, F(3)], list(range(1000)), [x * 0.1 for x in range(30)],
    [1e16, 1.0, -1e16, 3.0],
]
for d in datasets:
    for fn in (st.variance, st.pvariance, st.stdev, st.pstdev):
        t(fn, d)
t(st.variance, [1, 2, 3, 4], 2.5)
t(st.variance, [1, 2, 3, 4], 2)
t(st.variance, [1.5, 2.5, 2.75], 2.25)
t(st.pvariance, [1, 2, 3, 4], F(5, 2))
t(st.pvariance, [1, 2, 3, 4], 0)
t(st.stdev, [1.5, 2.5, 2.75], 2.0)
t(st.pstdev, [1, 2, 3, 4], 2.5)
print(st.pstdev(iter([1, 2, 3, 4])))
print(st.variance(iter([x for x in range(20)])))
t(st.variance, ['a', 'b'])
t(st.pvariance, [1, None])
t(st.stdev, [1j, 2j])
t(st.stdev, [F(1, 2), 0.75, 2])

rng = random.Random(2024)
for _ in range(15):
    d = [rng.gauss(0, 1e3) for _ in range(rng.randrange(2, 60))]
    print(repr(st.variance(d)), repr(st.pvariance(d)), repr(st.stdev(d)), repr(st.pstdev(d)))
    e = [rng.randrange(-10**6, 10**6) for _ in range(rng.randrange(2, 30))]
    print(repr(st.variance(e)), repr(st.pvariance(e)), repr(st.stdev(e)), repr(st.pstdev(e)))
    f = [F(rng.randrange(-100, 100), rng.randrange(1, 50)) for _ in range(rng.randrange(2, 10))]
    print(repr(st.variance(f)), repr(st.pvariance(f)), repr(st.stdev(f)), repr(st.pstdev(f)))
