# randbytes(n) is getrandbits(8 * n) in little-endian order.
import random
r = random.Random(606)
for n in [0, 1, 2, 3, 4, 5, 8, 16, 33]:
    print(n, r.randbytes(n))
random.seed(1)
print(random.randbytes(12))
for bad in [-1, 1.5, 'a']:
    try:
        print(r.randbytes(bad))
    except Exception as e:
        print(type(e).__name__, e)
