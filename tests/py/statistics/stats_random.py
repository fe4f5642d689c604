import statistics as st
from fractions import Fraction as F
import random

rng = random.Random(31337)
for trial in range(25):
    n = rng.randrange(1, 25)
    kind = trial % 5
    if kind == 0:
        d = [rng.random() * 10 ** rng.randrange(-5, 6) for _ in range(n)]
    elif kind == 1:
        d = [rng.randrange(-1000, 1000) for _ in range(n)]
    elif kind == 2:
        d = [F(rng.randrange(-50, 50), rng.randrange(1, 20)) for _ in range(n)]
    elif kind == 3:
        d = [round(rng.gauss(100, 15), 2) for _ in range(n)]
    else:
        d = [rng.choice([0.1, 0.2, 0.3, 1e-3, 7.0]) for _ in range(n)]
    out = [repr(st.mean(d)), repr(st.fmean(d)), repr(st.median(d)), repr(st.median_low(d)), repr(st.median_high(d)),
           repr(st.median_grouped(d)), repr(st.mode(d)), repr(st.pvariance(d)), repr(st.pstdev(d))]
    if n >= 2:
        out += [repr(st.variance(d)), repr(st.stdev(d)), repr(st.quantiles(d, n=4)),
                repr(st.quantiles(d, n=5, method='inclusive'))]
        nd = st.NormalDist.from_samples([float(x) for x in d])
        out.append(repr(nd))
    if all(x > 0 for x in d):
        out += [repr(st.geometric_mean(d)), repr(st.harmonic_mean(d))]
    print(trial, n, ' | '.join(out))
    if n >= 2:
        e = [float(x) * 1.5 + rng.random() for x in d]
        try:
            print('  ', st.covariance(d, e), st.correlation(d, e), st.linear_regression(d, e))
        except st.StatisticsError as err:
            print('  ', err)
