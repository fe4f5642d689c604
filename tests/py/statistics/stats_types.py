import statistics as st
from fractions import Fraction as F

class MyFloat(float):
    pass
class MyInt(int):
    pass
class MyFrac(F):
    pass

cases = [[1, 2, 3], [True, True, False], [MyInt(3), MyInt(4)], [MyFloat(1.5), MyFloat(2.5)], [MyFloat(1.5), 2],
         [MyFrac(1, 2), MyFrac(1, 3)], [MyFrac(1, 2), F(1, 3)], [F(1, 3), MyFrac(1, 2)], [1.5, MyFloat(2.5)],
         [F(1, 2), 0.5], [0.5, F(1, 2)], [1, F(2, 3)], [MyInt(1), 2.0], [F(1, 2), MyFloat(0.5)], [2, 4, 4, 4, 5, 5, 7, 9]]
for d in cases:
    for fn in (st.mean, st.median, st.variance, st.pvariance, st.stdev, st.pstdev, st.harmonic_mean):
        try:
            r = fn(d)
            print(fn.__name__, d, '->', repr(r), type(r).__name__)
        except Exception as e:
            print(fn.__name__, d, '->', type(e).__name__, str(e)[:40])
for bad in [['a', 'b'], [1, 'x'], [[1], [2]], [None, None], [1j]]:
    for fn in (st.mean, st.variance, st.pstdev):
        try:
            print(fn(bad))
        except TypeError as e:
            print(fn.__name__, 'TypeError', e)
print(st.mean([F(1, 3)] * 3), st.variance([F(1, 3), F(2, 3), F(1)]), st.pstdev([F(1), F(2)]))
print(st.mean([10**20, 1]), st.mean([10**20, 1.0]), st.mean([1e20, 1]), st.mean([2**60, 2**60 + 1]))
print(st.variance([10**20, 10**20 + 2]), st.stdev([10**20, 10**20 + 2]), st.stdev([1, 2, 3, 4, 10**10]))
print(st.median([F(1, 2), F(3, 2)]), st.median([1, 2]), st.median([True, False]), st.median_low(['b', 'a', 'c', 'd']),
      st.median_high(['b', 'a', 'c', 'd']), st.median(['a', 'b', 'c']))
try:
    st.median(['a', 'b'])
except TypeError as e:
    print('TypeError', e)
print(st.mode([F(1, 2), 0.5, 1]), st.multimode([1, 1.0, True, 2, 2]), st.mode([(1, 2), (1, 2), (3,)]))
print(st.quantiles([F(1), F(2), F(4)], n=3), st.quantiles([1, 2, 4, 8], n=3), st.quantiles([1.0, 2, F(4)], n=2))
