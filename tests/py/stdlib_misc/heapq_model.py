# heapq against sorted(): deterministic pseudo-random data, nlargest/nsmallest/merge/heap sort.
import heapq

seed = 7
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) & 0x7fffffff
    return seed % n

for size in (0, 1, 2, 5, 17, 64, 200):
    data = [rnd(50) for _ in range(size)]
    h = list(data)
    heapq.heapify(h)
    ok_heap = all(h[i] <= h[c] for i in range(len(h)) for c in (2 * i + 1, 2 * i + 2) if c < len(h))
    hs = [heapq.heappop(h) for _ in range(len(h))]
    res = [ok_heap, hs == sorted(data)]
    for n in (0, 1, 3, size, size + 2):
        res.append(heapq.nsmallest(n, data) == sorted(data)[:n])
        res.append(heapq.nlargest(n, data) == sorted(data, reverse=True)[:n])
        res.append(heapq.nsmallest(n, data, key=lambda x: -x) == sorted(data, key=lambda x: -x)[:n])
    chunks = [sorted(data[i::3]) for i in range(3)]
    res.append(list(heapq.merge(*chunks)) == sorted(data))
    res.append(list(heapq.merge(*[c[::-1] for c in chunks], reverse=True)) == sorted(data, reverse=True))
    print(size, all(res), res.count(False), hs[:8])
pairs = [(rnd(5), i) for i in range(30)]
print(heapq.nsmallest(6, pairs, key=lambda p: p[0]) == sorted(pairs, key=lambda p: p[0])[:6])
print(heapq.nlargest(6, pairs, key=lambda p: p[0]) == sorted(pairs, key=lambda p: p[0], reverse=True)[:6])
print(heapq.nlargest(6, pairs, key=lambda p: p[0]))
