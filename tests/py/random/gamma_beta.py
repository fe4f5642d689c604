# gammavariate (three algorithms by alpha) and betavariate.
import random
r = random.Random(8675309)
for alpha in [0.01, 0.1, 0.5, 0.9, 1.0, 1.5, 2.0, 20.0, 200.0]:
    print(alpha, [r.gammavariate(alpha, 1.0) for _ in range(3)], r.gammavariate(alpha, 2.5))
for a, b in [(0.5, 0.5), (1, 1), (2, 3), (3, 3), (10, 0.1)]:
    print(a, b, [r.betavariate(a, b) for _ in range(3)])
for a, b in [(0, 1), (1, 0), (-1, 1), (1, -2.5)]:
    try:
        r.gammavariate(a, b)
    except ValueError as e:
        print('ValueError', e)
try:
    r.betavariate(0, 1)
except ValueError as e:
    print('ValueError', e)
random.seed(1)
print(random.gammavariate(2, 2), random.betavariate(2, 5))
