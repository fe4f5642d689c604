def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


class S(set): pass
class FS(frozenset): pass
t(lambda: type(S([1]) | {2})); t(lambda: type(FS([1]) | {2})); t(lambda: type(S([1]).copy())); t(lambda: type(FS([1]).copy())); t(lambda: repr(S([1]))); t(lambda: repr(FS([1]))); t(lambda: repr(FS())); t(lambda: repr(S()))
t(lambda: type({2} | FS([1]))); t(lambda: type(FS([1]).union())); t(lambda: type(S([1]).union([2]))); t(lambda: type(FS([1]) & {1})); t(lambda: FS([1]) == frozenset([1])); t(lambda: hash(FS([1])) == hash(frozenset([1])))
t(lambda: repr({1, (2, 3)})); t(lambda: repr(frozenset({(1,)})))
class R:
    def __init__(s): s.me = None
    def __repr__(s): return "R(" + repr(s.me) + ")"
    def __hash__(s): return 1
o = R(); rs = {o}; o.me = rs; t(lambda: repr(rs))
t(lambda: len({1, 1.0, True})); t(lambda: {1, 2}.issubset(x for x in [1, 2])); t(lambda: set("abc") == set("cba")); t(lambda: sorted(set("hello")))
t(lambda: {1, 2}.__sub__(1)); t(lambda: {1}.__and__([1])); t(lambda: sorted({1}.__rsub__(frozenset([1, 2])))); t(lambda: frozenset.__new__(frozenset, [1])); t(lambda: set.__init__({1}, [5]))
t(lambda: set(1)); t(lambda: set([1], [2])); t(lambda: set(x=1)); t(lambda: frozenset([[]])); t(lambda: frozenset(frozenset([1]))); t(lambda: set.__class_getitem__(int)); t(lambda: frozenset[str])
class S2(set):
    def __init__(self, it, extra): super().__init__(it); self.extra = extra
t(lambda: (sorted(S2([3, 1], "x")), S2([1], "y").extra)); t(lambda: type(S2([1], 0) - {1}))
