# getrandbits(k): one 32-bit output for k <= 32, little-endian words above.
import random
r = random.Random(314159)
for k in [0, 1, 2, 7, 8, 31, 32, 33, 63, 64, 65, 96, 100, 128, 129, 255, 256, 1000]:
    v = r.getrandbits(k)
    print(k, v, v.bit_length() <= k)
print([r.getrandbits(3) for _ in range(30)])
r.seed(0)
print(hex(r.getrandbits(4096))[:80])
print(r.getrandbits(True))
for bad in [-1, 1.0, '8', None, 2**31, 2**70, -2**70]:
    try:
        print(r.getrandbits(bad))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    r.getrandbits()
except TypeError as e:
    print('TypeError', e)
try:
    r.getrandbits(1, 2)
except TypeError as e:
    print('TypeError', e)
class Idx:
    def __index__(self):
        return 12
print(r.getrandbits(Idx()))
random.seed(77)
print(random.getrandbits(77), random.getrandbits(5))
