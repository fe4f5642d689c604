# random.seed(int): init_by_array over the 32-bit words of abs(n); the same sequence as CPython.
import random
for s in [0, 1, 2, 42, 12345, -1, -42, 2**31 - 1, 2**31, 2**32 - 1, 2**32, 2**32 + 1, 2**63,
          2**64 - 1, 2**64, 2**100 + 7, -(2**100 + 7), 10**50, 3**200, True, False]:
    random.seed(s)
    print(repr(s)[:30], [random.random() for _ in range(3)])
r1 = random.Random(5)
r2 = random.Random(-5)
print([r1.random() for _ in range(4)] == [r2.random() for _ in range(4)])
random.seed(2**19937)
print(random.random(), random.getrandbits(64))
class MyInt(int):
    def __abs__(self):
        return 1000
random.seed(MyInt(-7))
a = random.random()
random.seed(7)
print(a == random.random(), a)
