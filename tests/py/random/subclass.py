# Subclasses of Random: __init_subclass__ picks _randbelow from getrandbits() or random().
import random
class OnlyRandom(random.Random):
    def __init__(self, seq):
        self.seq = list(seq)
        super().__init__(0)
    def random(self):
        return self.seq.pop(0)
o = OnlyRandom([0.1, 0.5, 0.99, 0.25, 0.75, 0.0, 0.6])
print(OnlyRandom._randbelow is random.Random._randbelow_without_getrandbits)
print([o.randrange(10) for _ in range(5)])
class Bits(random.Random):
    def getrandbits(self, k):
        return (1 << k) - 1 if k < 3 else 3
print(Bits._randbelow is random.Random._randbelow_with_getrandbits)
print(Bits(1).randrange(6))
class Both(random.Random):
    def random(self):
        return 0.5
    def getrandbits(self, k):
        return 0
print(Both._randbelow.__name__, Both().randrange(10), Both().choice('xyz'))
class Custom(random.Random):
    def _randbelow(self, n):
        return n - 1
class Derived(Custom):
    def random(self):
        return 0.0
print(Derived._randbelow is Custom._randbelow, Derived().randrange(10), Derived._randbelow.__name__)
class Plain(random.Random):
    pass
p = Plain(5)
print(p.random() == random.Random(5).random(), Plain._randbelow.__name__)
class Seeded(random.Random):
    def seed(self, a=None, version=2):
        self.seeded_with = a
        super().seed(42)
s = Seeded(7)
print(s.seeded_with, s.random() == random.Random(42).random())
class WithInit(random.Random):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y
w = WithInit(3, 'y')
print(w.y, w.random() == random.Random(3).random())
class Big(random.Random):
    def random(self):
        return 0.5
print(Big().randrange(2**60))
