# heapq in practice: priority queue with tie breakers, top-k, k-way merge, running median, scheduling.
import heapq

pq = []
for i, (prio, task) in enumerate([(3, 'write'), (1, 'plan'), (2, 'code'), (1, 'eat'), (3, 'test')]):
    heapq.heappush(pq, (prio, i, task))
print(pq)
print([heapq.heappop(pq)[2] for _ in range(len(pq))])

scores = {'ann': 91, 'bob': 78, 'cid': 91, 'dee': 85, 'eve': 60, 'fay': 99}
print(heapq.nlargest(3, scores, key=scores.get), heapq.nsmallest(2, scores.items(), key=lambda kv: kv[1]))

def running_median(xs):
    lo, hi, out = [], [], []
    for x in xs:
        heapq.heappush(lo, -x)
        heapq.heappush(hi, -heapq.heappop(lo))
        if len(hi) > len(lo):
            heapq.heappush(lo, -heapq.heappop(hi))
        out.append(-lo[0] if len(lo) > len(hi) else (-lo[0] + hi[0]) / 2)
    return out
print(running_median([5, 15, 1, 3, 2, 8, 7, 9, 10, 6, 11, 4]))

def kth_smallest(rows, k):
    h = [(row[0], r, 0) for r, row in enumerate(rows)]
    heapq.heapify(h)
    for _ in range(k - 1):
        v, r, c = heapq.heappop(h)
        if c + 1 < len(rows[r]):
            heapq.heappush(h, (rows[r][c + 1], r, c + 1))
    return h[0][0]
print(kth_smallest([[1, 5, 9], [10, 11, 13], [12, 13, 15]], 8))

graph = {'a': [('b', 7), ('c', 9), ('f', 14)], 'b': [('a', 7), ('c', 10), ('d', 15)],
         'c': [('a', 9), ('b', 10), ('d', 11), ('f', 2)], 'd': [('b', 15), ('c', 11), ('e', 6)],
         'e': [('d', 6), ('f', 9)], 'f': [('a', 14), ('c', 2), ('e', 9)]}
def dijkstra(src):
    dist = {src: 0}
    h = [(0, src)]
    while h:
        d, u = heapq.heappop(h)
        if d > dist.get(u, float('inf')):
            continue
        for v, w in graph[u]:
            nd = d + w
            if nd < dist.get(v, float('inf')):
                dist[v] = nd
                heapq.heappush(h, (nd, v))
    return dict(sorted(dist.items()))
print(dijkstra('a'))

h = list(range(20, 0, -1))
heapq.heapify(h); print(h)
print([heapq.heappop(h) for _ in range(5)], h)
fixed = [5, 1, 9]
heapq.heapify(fixed)
for x in [7, 0, 12, 3]:
    if x > fixed[0]:
        heapq.heapreplace(fixed, x)
print(sorted(fixed))
print(list(heapq.merge(*[sorted([7, 3, 5]), sorted([8, 1]), sorted([6, 2, 4, 0])])))
streams = [iter(range(i, 30, 7)) for i in range(7)]
print(list(heapq.merge(*streams)) == list(range(30)))
