# randint(a, b) is randrange(a, b + 1).
import random
random.seed(8)
print([random.randint(1, 6) for _ in range(30)])
print([random.randint(-3, 3) for _ in range(20)])
print(random.randint(0, 0), random.randint(5, 5), random.randint(-10**30, 10**30))
print(random.randint(0, 2**64), random.randint(2**64, 2**65))
counts = [0] * 7
for _ in range(7000):
    counts[random.randint(0, 6)] += 1
print(counts)
for a, b in [(5, 4), (1, 0.5), (1.5, 3), ('a', 'b'), (1, None)]:
    try:
        print(random.randint(a, b))
    except Exception as e:
        print(type(e).__name__, e)
try:
    random.randint(1)
except TypeError as e:
    print('TypeError', e)
