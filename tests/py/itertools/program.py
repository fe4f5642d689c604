# A small puzzle program built from itertools: magic squares, SEND+MORE style search, runs.
from itertools import permutations, product, combinations, groupby, accumulate, chain, islice

def magic_squares():
    found = []
    for p in permutations(range(1, 10)):
        rows = [p[0:3], p[3:6], p[6:9]]
        if any(sum(r) != 15 for r in rows):
            continue
        cols = list(zip(*rows))
        if any(sum(c) != 15 for c in cols):
            continue
        if p[0] + p[4] + p[8] != 15 or p[2] + p[4] + p[6] != 15:
            continue
        found.append(p)
    return found
sq = magic_squares()
print(len(sq), sq[0])

def solve(a, b, total):
    letters = sorted(set(a + b + total))
    for digits in permutations(range(10), len(letters)):
        m = dict(zip(letters, digits))
        if m[a[0]] == 0 or m[b[0]] == 0 or m[total[0]] == 0:
            continue
        num = lambda w: int(''.join(str(m[ch]) for ch in w))
        if num(a) + num(b) == num(total):
            return num(a), num(b), num(total)
print(solve('TO', 'GO', 'OUT'))

dice = list(product(range(1, 7), repeat=2))
by_sum = {s: len(list(g)) for s, g in groupby(sorted(map(sum, dice)))}
print(by_sum)
print([c for c in combinations(range(1, 10), 3) if sum(c) == 15][:5])
print(list(accumulate(chain([1], islice(iter(int, 1), 0)))))
triangle = list(accumulate(range(1, 11)))
print(triangle)
