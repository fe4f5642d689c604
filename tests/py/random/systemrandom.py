# SystemRandom: OS randomness, no state (values are not printed: they are not reproducible).
import random
s = random.SystemRandom()
x = s.random()
print(type(x).__name__, 0.0 <= x < 1.0)
print(all(0 <= s.randrange(10) < 10 for _ in range(100)))
print(s.getrandbits(0), 0 <= s.getrandbits(5) < 32, s.getrandbits(100) < 2**100)
print(len(s.randbytes(7)), type(s.randbytes(3)).__name__)
print(s.seed(5), len(s.sample(range(100), 10)), len(set(s.sample(range(100), 10))))
print(sorted(s.sample('abcde', 5)))
for f in [s.getstate, lambda: s.setstate(None), lambda: s.getrandbits(-1)]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
print(random.SystemRandom._randbelow.__name__)
