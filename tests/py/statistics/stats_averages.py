import statistics as st
from statistics import StatisticsError
from fractions import Fraction as F
import random

def show(args):
    out = []
    for a in args:
        r = repr(a) if isinstance(a, (list, tuple, str, int, float, F, type(None))) else '<' + type(a).__name__ + '>'
        out.append(r)
    s = ', '.join(out)
    return s if len(s) < 120 else s[:100] + '...'

def t(fn, *args, **kw):
    try:
        r = fn(*args, **kw)
        print(fn.__name__, show(args), show(kw.values()), '->', repr(r), type(r).__name__)
    except Exception as e:
        print(fn.__name__, show(args), '->', type(e).__name__, e)

datasets = [
    [1, 2, 3, 4, 4], [1, 2, 3, 4], [2.5, 3.25, 5.5, 11.25, 11.75], [0.1, 0.2, 0.3], [0.1] * 10,
    [F(3, 7), F(1, 21), F(5, 3), F(1, 3)], [1, 2.5], [F(1, 2), 2], [F(1, 2), 0.25], [True, False, True],
    [-1.5, 2.5], [1e300, 1e300, -1e300], [1e308, 1e308], [1, float('inf')], [float('inf'), float('-inf')],
    [float('nan'), 1.0], [10**30, 1], [7], [3.5], [F(7, 3)], [], [-4, 4, 0], [1e-320, 3e-320],
    [0.1, 0.7, 0.8, 1e16], list(range(100)), [x / 7 for x in range(50)],
]
for d in datasets:
    for fn in (st.mean, st.fmean, st.median, st.median_low, st.median_high, st.median_grouped):
        t(fn, d)
t(st.mean, iter([1, 2, 3]))
t(st.mean, (x * 0.5 for x in range(9)))
t(st.mean, ['a', 'b'])
t(st.mean, [1, 'b'])
t(st.mean, [None])
t(st.mean, [1j, 2j])
t(st.fmean, iter([]))
t(st.fmean, ['a'])
t(st.fmean, [1, 2, 3], [3, 2, 1])
t(st.fmean, [1, 2, 3], iter([0.5, 0.25, 0.25]))
t(st.fmean, iter([1, 2, 3]), [1, 1, 1])
t(st.fmean, [1, 2, 3], [1, 1])
t(st.fmean, [1, 2], [1, -1])
t(st.fmean, [], [])
t(st.fmean, range(1, 11))

for d in [[54, 24, 36], [1, 2, 4], [0.1, 10.0], [F(1, 2), F(1, 8)], [2.0], [1, 0], [1, -1], [], [-5], [3 ** 100, 2 ** 70]]:
    t(st.geometric_mean, d)
for d in [[40, 60], [2.5, 3, 10], [1, 2, 4], [F(1, 2), F(1, 3)], [1, 0, 3], [5], [5.5], [F(2, 3)], [-1], [],
          [1, -2], [0.5, 1e-300], ['x'], [1, 'x'], [2, 4.0], [float('inf'), 1.0], [0, 0]]:
    t(st.harmonic_mean, d)
t(st.harmonic_mean, [40, 60], weights=[5, 30])
t(st.harmonic_mean, [40, 60], weights=[5, 30.5])
t(st.harmonic_mean, [40, 60], weights=[F(1, 2), 1])
t(st.harmonic_mean, [40, 60], weights=[0, 0])
t(st.harmonic_mean, [40, 60], weights=[1])
t(st.harmonic_mean, [40, 60], weights=[1, -1])
t(st.harmonic_mean, [40], weights=[2])
t(st.harmonic_mean, iter([1, 3]), weights=iter([1, 3]))

for d in [[1, 1, 2, 3, 3, 3, 4], ['red', 'blue', 'red'], 'aabbbc', [1.5, 1.5, 2], [], [None, None, 1], 'abcabc', [(1, 2), (1, 2), 3]]:
    t(st.mode, d)
    t(st.multimode, d)
t(st.multimode, iter('aabbbbccddddeeffffgg'))

t(st.median_grouped, [52, 52, 53, 54], 1)
t(st.median_grouped, [1, 3, 3, 5, 7], interval=1)
t(st.median_grouped, [1, 3, 3, 5, 7], interval=2)
t(st.median_grouped, [F(1, 2), F(3, 2)], F(1))
t(st.median_grouped, ['1', '2', '3'])
t(st.median_grouped, ['a', 'b'])
t(st.median_grouped, [1, 2], 'x')
t(st.median_grouped, [1, 2], None)

rng = random.Random(12345)
for _ in range(10):
    d = [rng.uniform(-1000, 1000) for _ in range(rng.randrange(1, 40))]
    print(repr(st.mean(d)), repr(st.fmean(d)), repr(st.median(d)), repr(st.median_grouped(d, 3)))
    e = [rng.randrange(-50, 50) for _ in range(rng.randrange(1, 40))]
    print(repr(st.mean(e)), repr(st.median(e)), repr(st.mode(e)), st.multimode(e))
print(issubclass(StatisticsError, ValueError), StatisticsError.__module__)
print(sorted(st.__all__))
