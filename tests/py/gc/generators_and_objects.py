# Many short-lived generators, instances and exceptions; checksums stay exact.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm1(self):
        return abs(self.x) + abs(self.y)
def gen(n):
    for i in range(n):
        yield Point(i, -i)
total = 0
errors = 0
for r in range(10000):
    for p in gen(100):
        total += p.norm1()
    try:
        raise ValueError([r] * 10)
    except ValueError as e:
        errors += len(e.args[0])
tuples = 0
for r in range(3000):
    t = tuple(range(r, r + 1000))
    tuples += t[-1]
print(total, errors, tuples)
