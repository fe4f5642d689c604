def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: sorted([3, 1, 2], key=lambda x: -x)); t(lambda: sorted([3, 1, 2], reverse=True)); t(lambda: [1, "a"].sort()); t(lambda: [3, 2].sort(1)); t(lambda: sorted([3, 1], key=None, reverse=1)); t(lambda: sorted([1, 2], reverse="x"))
t(lambda: sorted([(1, "b"), (1, "a"), (0, "z")])); t(lambda: sorted(["b", "A", "a", "B"], key=str.lower)); t(lambda: sorted([3, 1, 2], key=lambda x: 1 / x)); t(lambda: sorted([0, 1], key=lambda x: 1 / x))
t(lambda: sorted([1.5, 1, True, 0.5, -2])); t(lambda: sorted("cba")); t(lambda: sorted({3: 1, 1: 2})); t(lambda: list.sort([3, 2, 1])); t(lambda: sorted([[2], [1, 2], [1]])); t(lambda: sorted([None, None])); t(lambda: sorted([None, 1]))
data = [(i % 3, i) for i in range(12)]
t(lambda: sorted(data, key=lambda p: p[0])); t(lambda: sorted(data, key=lambda p: p[0], reverse=True))
l = [1, 2, 3]
def mutsort():
    l.sort(key=lambda x: l.append(x) or x)
t(mutsort); t(lambda: l)
t(lambda: sorted(range(20), key=lambda x: (x % 4, -x)))
class Rev:
    def __init__(s, v): s.v = v
    def __lt__(s, o): return s.v > o.v
    def __repr__(s): return "R%d" % s.v
t(lambda: sorted([Rev(1), Rev(3), Rev(2)])); t(lambda: max([Rev(1), Rev(3)])); t(lambda: min([Rev(1), Rev(3)]))
