from statistics import NormalDist, StatisticsError
import statistics, copy

def t(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)

N = NormalDist(100, 15)
Z = NormalDist()
print(N, repr(Z), NormalDist(1, 0), NormalDist(mu=2, sigma=0.5), NormalDist(True, 1))
print(N.mean, N.median, N.mode, N.stdev, N.variance, type(NormalDist(3, 4).mean).__name__)
for x in [-1e300, -5, 0, 0.5, 70, 100, 115.5, 200, float('inf')]:
    print(x, repr(N.pdf(x)), repr(N.cdf(x)), repr(N.zscore(x)), repr(Z.pdf(x)), repr(Z.cdf(x)))
for p in [1e-300, 1e-20, 0.001, 0.02425, 0.05, 0.075, 0.1, 0.25, 0.5, 0.5 + 1e-9, 0.9, 0.975, 0.999999, 1 - 1e-16]:
    print(p, repr(N.inv_cdf(p)), repr(Z.inv_cdf(p)))
for p in [0, 1, -0.5, 1.5]:
    t('inv_cdf %r' % p, lambda: Z.inv_cdf(p))
print(Z.quantiles(), N.quantiles(10), Z.quantiles(1), Z.quantiles(2))
t('zero pdf', lambda: NormalDist(1, 0).pdf(1))
t('zero cdf', lambda: NormalDist(1, 0).cdf(1))
t('zero inv', lambda: NormalDist(1, 0).inv_cdf(0.5))
t('zero z', lambda: NormalDist(1, 0).zscore(1))
t('neg sigma', lambda: NormalDist(1, -1))
t('str mu', lambda: NormalDist('x', 1))
t('str sigma', lambda: NormalDist(0, 'x'))
t('overlap', lambda: NormalDist(2.4, 1.6).overlap(NormalDist(3.2, 2.0)))
t('overlap rev', lambda: NormalDist(3.2, 2.0).overlap(NormalDist(2.4, 1.6)))
t('overlap same var', lambda: NormalDist(0, 1).overlap(NormalDist(1, 1)))
t('overlap same', lambda: NormalDist(0, 1).overlap(NormalDist(0, 1)))
t('overlap zero', lambda: NormalDist(0, 0).overlap(NormalDist(0, 1)))
t('overlap bad', lambda: NormalDist(0, 1).overlap(5))
X, Y = NormalDist(10, 3), NormalDist(4, 4)
for label, f in [('X+Y', lambda: X + Y), ('X-Y', lambda: X - Y), ('X+2', lambda: X + 2), ('2+X', lambda: 2 + X),
                 ('X-2', lambda: X - 2), ('2-X', lambda: 2 - X), ('X*3', lambda: X * 3), ('-3*X', lambda: -3 * X),
                 ('X/4', lambda: X / 4), ('X/-4', lambda: X / -4), ('-X', lambda: -X), ('+X', lambda: +X),
                 ('X/0', lambda: X / 0), ('2/X', lambda: 2 / X), ('X*Y', lambda: X * Y), ('X+"a"', lambda: X + 'a'),
                 ('X**2', lambda: X ** 2), ('X==Y', lambda: X == Y), ('X==copy', lambda: X == NormalDist(10, 3)),
                 ('X==1', lambda: X == 1), ('X!=Y', lambda: X != Y), ('X<Y', lambda: X < Y)]:
    t(label, f)
print(hash(X) == hash(NormalDist(10.0, 3.0)), hash(X) == hash((10.0, 3.0)), len({X, NormalDist(10, 3), Y}))
print(NormalDist.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5]))
print(NormalDist.from_samples([1, 2, 3, 4]))
t('from 1', lambda: NormalDist.from_samples([1]))
t('from inf', lambda: NormalDist.from_samples([1, float('inf')]))
s = NormalDist(5, 2).samples(5, seed=42)
print(s)
print(NormalDist(5, 2).samples(3, seed='abc') == NormalDist(5, 2).samples(3, seed='abc'), len(Z.samples(7)))
print(copy.copy(X), copy.deepcopy(Y), X.__getstate__())
try:
    X.foo = 1
except AttributeError:
    print('AttributeError')
print(sorted(NormalDist.__slots__), NormalDist.__doc__)
class Sub(NormalDist):
    pass
print(Sub(1, 2), Sub(1, 2) == NormalDist(1, 2), type(Sub(1, 2) + 1).__name__)
print(issubclass(StatisticsError, ValueError))
