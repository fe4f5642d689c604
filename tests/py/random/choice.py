# choice() on sequences of every kind, and its errors.
import random
r = random.Random('choice')
print([r.choice('abcdefghij') for _ in range(20)])
print([r.choice([10, 20, 30]) for _ in range(10)])
print([r.choice((None, True, 1.5, 'x')) for _ in range(10)])
print([r.choice(range(1000, 2000, 7)) for _ in range(10)])
print([r.choice(b'bytes') for _ in range(8)])
print(r.choice([42]))
class Seq:
    def __len__(self): return 5
    def __getitem__(self, i): return i * i
print([r.choice(Seq()) for _ in range(10)])
for bad in [[], '', (), range(0), {}, 5, {1, 2}]:
    try:
        print(r.choice(bad))
    except Exception as e:
        print(type(e).__name__, e)
d = {0: 'zero', 1: 'one', 2: 'two'}
print([r.choice(d) for _ in range(6)])
