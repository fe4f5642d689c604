# Practical set uses: dedupe preserving order, common elements, uniqueness checks.
def dedupe(seq):
    seen = set()
    out = []
    for x in seq:
        if x not in seen:
            seen.add(x)
            out.append(x)
    return out
print(dedupe([3, 1, 3, 2, 1, 5, 2]), dedupe("abracadabra"))
def all_unique(seq):
    return len(set(seq)) == len(seq)
print(all_unique([1, 2, 3]), all_unique("hello"), all_unique([]))
a = "the quick brown fox".split()
b = "the lazy brown dog".split()
print(sorted(set(a) & set(b)), sorted(set(a) ^ set(b)))
primes = set(range(2, 50))
for i in range(2, 8):
    primes -= set(range(i * i, 50, i))
print(sorted(primes))
visited = set()
edges = {1: [2, 3], 2: [4], 3: [4], 4: [1], 5: [6], 6: []}
stack = [1]
while stack:
    n = stack.pop()
    if n in visited:
        continue
    visited.add(n)
    stack.extend(edges[n])
print(sorted(visited), 5 in visited)
