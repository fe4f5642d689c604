# Set iteration with small ints, membership after many adds/removes.
s = set()
for i in range(1000):
    s.add(i * 7 % 1000)
print(len(s), sum(s))
for i in range(0, 1000, 3):
    s.discard(i)
print(len(s), sum(s), min(s), max(s))
removed = 0
while len(s) > 600:
    s.pop()
    removed += 1
print(removed, len(s))
t = set(range(10))
print(sorted(x for x in t if x % 2), sum(1 for _ in t))
print(sorted(t - {0, 9}), 5 in t, -1 in t, 5.0 in t)
