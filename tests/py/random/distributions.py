# The continuous distributions: exact float results for a fixed seed.
import random
r = random.Random(424242)
print([r.uniform(1, 10) for _ in range(4)], r.uniform(5, -5), r.uniform(2, 2))
print([r.triangular() for _ in range(3)])
print([r.triangular(0, 10, 2) for _ in range(3)])
print(r.triangular(5, 5), r.triangular(1, 3, 1), r.triangular(1, 3, 3), r.triangular(3, 1))
print(r.triangular(low=2, high=4, mode=3.5))
print([r.expovariate(1.5) for _ in range(4)], r.expovariate(-2))
print([r.lognormvariate(0, 1) for _ in range(3)])
print([r.vonmisesvariate(0, 0) for _ in range(2)], [r.vonmisesvariate(1, 4) for _ in range(3)])
print([r.vonmisesvariate(3, 1e-7)], r.vonmisesvariate(-1, 100))
print([r.paretovariate(2.5) for _ in range(3)])
print([r.weibullvariate(1, 1.5) for _ in range(3)])
for f, a in [(r.expovariate, (0,)), (r.uniform, ('a', 'b')), (r.triangular, (0, 1, 'x')),
             (r.paretovariate, (0,)), (r.weibullvariate, (1, 0))]:
    try:
        print(f(*a))
    except Exception as e:
        print(type(e).__name__, e)
print(repr(random.NV_MAGICCONST), repr(random.LOG4), repr(random.SG_MAGICCONST), random.BPF,
      repr(random.RECIP_BPF), repr(random.TWOPI))
