# heapq: heappush/heappop/heapify/heapreplace/heappushpop, the exact heap layouts, errors.
import heapq

def trap(f):
    try:
        r = f()
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
    else:
        print(repr(r))

h = []
for x in [5, 3, 8, 1, 9, 2, 7, 1, 6, 0, 4]:
    heapq.heappush(h, x)
    print(h)
out = []
while h:
    out.append(heapq.heappop(h))
    print(h)
print(out)
data = [9, 7, 5, 3, 1, 8, 6, 4, 2, 0, 11, 10]
heapq.heapify(data); print(data)
print(heapq.heapreplace(data, 12), data)
print(heapq.heappushpop(data, -1), data)
print(heapq.heappushpop(data, 5), data)
print(heapq.heappushpop([], 3))
pairs = [(3, 'c'), (1, 'b'), (1, 'a'), (2, 'z'), (1, 'a')]
heapq.heapify(pairs); print(pairs)
print([heapq.heappop(pairs) for _ in range(5)])
class Item:
    def __init__(self, k, tag):
        self.k, self.tag = k, tag
    def __lt__(self, other):
        return self.k < other.k
    def __repr__(self):
        return f'{self.k}{self.tag}'
items = [Item(k, t) for k, t in zip([2, 1, 2, 1, 3, 1, 2], 'abcdefg')]
heapq.heapify(items); print(items)
print([heapq.heappop(items) for _ in range(7)])
trap(lambda: heapq.heappush(1, 2))
trap(lambda: heapq.heappush((), 2))
trap(lambda: heapq.heappop([]))
trap(lambda: heapq.heappop(()))
trap(lambda: heapq.heapify(5))
trap(lambda: heapq.heapify('abc'))
trap(lambda: heapq.heapreplace([], 1))
trap(lambda: heapq.heapreplace(None, 1))
trap(lambda: heapq.heappushpop(set(), 1))
trap(lambda: heapq.heapify([1, 'a']))
trap(lambda: heapq.heappush([1], 'a'))
class L(list):
    pass
sub = L([3, 1, 2]); heapq.heapify(sub); print(sub, type(sub).__name__)
print(sorted(heapq.__all__))
mx = [1, 5, 3, 9, 2]
heapq._heapify_max(mx); print(mx, heapq._heappop_max(mx), mx, heapq._heapreplace_max(mx, 4), mx)
s = [float('nan'), 1, 0]; heapq.heapify(s); print(s)
