def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: hash(frozenset())); t(lambda: hash(frozenset({1, 2, 3}))); t(lambda: hash(frozenset({"a"})) == hash(frozenset({"a"}))); t(lambda: hash(frozenset(range(100)))); t(lambda: hash(frozenset({-1, 2**64})))
t(lambda: hash(frozenset({1.5, (1, 2)}))); t(lambda: hash(frozenset([frozenset()]))); t(lambda: hash(set())); t(lambda: frozenset({1, 2}) == frozenset({2, 1})); t(lambda: hash(frozenset({1, 2})) == hash(frozenset({2, 1})))
print(list(set([5, 3, 1, 2**61, -1, 100, 64, 33])), list(set([-5, -1, -2])), list(frozenset(range(20, 0, -3))), list(set([1.5, 2, 0.5])))
print(list(set(range(50, 0, -7))), list(set([2**64, 2**65, 2**66, 3])), list({i * 8 for i in range(10)}), list(set([True, 2, 0.0])))
s = set()
for i in range(200): s.add(i * 37 % 101)
print(list(s)[:20], len(s))
