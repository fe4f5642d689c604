def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: {True: 1, 1: 2, 1.0: 3}); t(lambda: {float("nan"): 1}); t(lambda: {(1, 2): 3}[1, 2]); t(lambda: sorted({1: 2, -1: 3}.items())); t(lambda: {1: "a", 2: "b"} == {2: "b", 1: "a"}); t(lambda: list({2: 0, 1: 0}))
n = float("nan")
t(lambda: {n: 1} == {n: 1}); t(lambda: {1: n} == {1: n}); t(lambda: {n: 1}[n]); t(lambda: [n] == [n]); t(lambda: {1: [1]} == {1: [1]})
class K:
    def __init__(s, v): s.v = v
    def __hash__(s): return 1
    def __eq__(s, o): return isinstance(o, K) and s.v == o.v
    def __repr__(s): return "K(%r)" % s.v
d = {K(1): "a", K(2): "b", K(1): "c"}
t(lambda: d); t(lambda: d[K(2)]); t(lambda: K(3) in d)
d = {}
for i in range(100): d[i] = i
for i in range(0, 100, 3): del d[i]
t(lambda: list(d)[:10]); t(lambda: len(d)); t(lambda: sum(d.values()))
