# heapq: exact array layouts after each operation (CPython's sift algorithms) with duplicates and tuples.
import heapq
import random

rng = random.Random(12345) if hasattr(random, 'Random') else None
seq = [17, 3, 3, 9, 1, 12, 3, 8, 8, 0, 5, 14, 2, 2, 11, 6, 19, 4, 7, 13]
h = []
for x in seq:
    heapq.heappush(h, x)
print(h)
h2 = list(seq); heapq.heapify(h2); print(h2)
for _ in range(6):
    heapq.heappop(h2)
    print(h2)
for x in (4, 0, 30):
    print(heapq.heapreplace(h2, x), h2)
    print(heapq.heappushpop(h2, x + 1), h2)
pairs = [(x % 5, x) for x in seq]
heapq.heapify(pairs); print(pairs)
print([heapq.heappop(pairs) for _ in range(len(pairs))])
class K:
    def __init__(self, k, t):
        self.k, self.t = k, t
    def __lt__(self, o):
        return self.k < o.k
    def __repr__(self):
        return f'{self.k}{self.t}'
ks = [K(x % 3, chr(97 + i)) for i, x in enumerate(seq)]
heapq.heapify(ks); print(ks)
print([heapq.heappop(ks) for _ in range(8)])
mx = list(seq)
heapq._heapify_max(mx); print(mx)
print([heapq._heappop_max(mx) for _ in range(5)], mx)
