import statistics as st

calls = [
    ('mean', lambda: st.mean([])), ('fmean', lambda: st.fmean([])), ('geometric_mean', lambda: st.geometric_mean([])),
    ('geometric_mean0', lambda: st.geometric_mean([1, 0])), ('harmonic_mean', lambda: st.harmonic_mean([])),
    ('harmonic_neg', lambda: st.harmonic_mean([1, -1])), ('harmonic_w', lambda: st.harmonic_mean([1, 2], [1])),
    ('harmonic_str', lambda: st.harmonic_mean(['a'])), ('median', lambda: st.median([])),
    ('median_low', lambda: st.median_low([])), ('median_high', lambda: st.median_high([])),
    ('median_grouped', lambda: st.median_grouped([])), ('mode', lambda: st.mode([])),
    ('multimode', lambda: st.multimode([])), ('variance', lambda: st.variance([1])),
    ('pvariance', lambda: st.pvariance([])), ('stdev', lambda: st.stdev([1])), ('pstdev', lambda: st.pstdev([])),
    ('quantiles', lambda: st.quantiles([1])), ('quantiles_n', lambda: st.quantiles([1, 2], n=0)),
    ('quantiles_m', lambda: st.quantiles([1, 2], method='x')), ('covariance', lambda: st.covariance([1], [1])),
    ('covariance_len', lambda: st.covariance([1, 2], [1])), ('correlation', lambda: st.correlation([1, 1], [1, 2])),
    ('correlation_len', lambda: st.correlation([1], [1, 2])), ('linreg', lambda: st.linear_regression([1, 1], [1, 2])),
    ('linreg_len', lambda: st.linear_regression([1], [1, 2])), ('linreg_one', lambda: st.linear_regression([1], [1])),
    ('nd_sigma', lambda: st.NormalDist(0, -1)), ('nd_inv', lambda: st.NormalDist().inv_cdf(1.0)),
    ('nd_overlap', lambda: st.NormalDist().overlap(None)), ('nd_samples', lambda: st.NormalDist.from_samples([3])),
    ('fmean_w0', lambda: st.fmean([1, 2], [0, 0])), ('fmean_wlen', lambda: st.fmean([1, 2], [1, 2, 3])),
    ('variance_str', lambda: st.variance(['a', 'b'])), ('pvariance_none', lambda: st.pvariance([None])),
    ('harmonic_zero_w', lambda: st.harmonic_mean([1, 2], weights=[0, 0])),
    ('quantiles_str', lambda: st.quantiles(['a', 'b'])),
]
for name, f in calls:
    try:
        r = f()
        print(name, 'OK', repr(r))
    except Exception as e:
        print(name, type(e).__name__, e, isinstance(e, st.StatisticsError), isinstance(e, ValueError))
try:
    raise st.StatisticsError('custom')
except ValueError as e:
    print(type(e).__name__, e, type(e).__mro__[1].__name__)
