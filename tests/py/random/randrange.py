# randrange: every argument form, the _randbelow draws, and CPython's error messages.
import random
r = random.Random(99)
print([r.randrange(10) for _ in range(15)])
print([r.randrange(5, 10) for _ in range(15)])
print([r.randrange(0, 100, 7) for _ in range(10)])
print([r.randrange(100, 0, -3) for _ in range(10)])
print([r.randrange(-50, -10) for _ in range(10)])
print([r.randrange(1) for _ in range(5)])
print(r.randrange(10**40), r.randrange(-10**40, 10**40, 3))
print(r.randrange(True), r.randrange(2, step=1), r.randrange(start=3, stop=9))
class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
print(r.randrange(Idx(10), Idx(20), Idx(2)))
print(r.randrange(10.0), r.randrange(2.0, 6.0), r.randrange(0, 10, 2.0))
cases = [(0,), (-5,), (5, 1), (5, 5), (3, 3, 1), (1, 10, 0), (10, 1, 1), (1, 10, -1), (0, 10, 20),
         (5.5,), (1, 5.5), (1, 5, 1.5), ('a',), (1, 'b'), (1, 5, 'c'), (5, None, 2), (None,), (1, 2, 3, 4)]
for c in cases:
    try:
        print(c, r.randrange(*c))
    except Exception as e:
        print(c, type(e).__name__, e)
try:
    r.randrange()
except TypeError as e:
    print('TypeError', e)
