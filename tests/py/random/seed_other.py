# Float seeds go through hash(); other types are rejected; None uses OS randomness.
import random
for s in [0.0, -0.0, 1.0, 1.5, -1.5, 3.14159, 1e300, -1e-300, float('inf'), float('-inf'), 2.0**70]:
    random.seed(s)
    print(repr(s), random.random(), random.randrange(1000))
random.seed(1.0)
a = random.random()
random.seed(1)
print('1.0 == 1:', a == random.random())
for bad in [[1], (1, 2), {1: 2}, {1}, object, 1j, None.__class__]:
    try:
        random.seed(bad)
        print('ok', type(bad).__name__)
    except TypeError as e:
        print(type(bad).__name__, 'TypeError', e)
random.seed(None)
x = random.random()
print(type(x).__name__, 0.0 <= x < 1.0)
random.seed()
random.seed(None)
print(0 <= random.randrange(10) < 10)
r1 = random.Random()
r2 = random.Random()
print(r1.getrandbits(128) != r2.getrandbits(128))
try:
    random.seed(1, 2, 3)
except TypeError as e:
    print('TypeError', e)
