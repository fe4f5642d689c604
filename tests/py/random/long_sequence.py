# Long sequences agree with CPython: checksums over many draws.
import random
r = random.Random(20240601)
total = 0.0
for i in range(50000):
    total += r.random()
print(repr(total))
acc = 0
for i in range(50000):
    acc = (acc * 1000003 + r.getrandbits(32)) % (2**61 - 1)
print(acc)
acc = 0
for i in range(20000):
    acc = (acc * 31 + r.randrange(1, 10**12)) % 1000000007
print(acc)
print([r.random() for _ in range(5)])
print(r.getstate()[1][:5], r.getstate()[1][-1])
