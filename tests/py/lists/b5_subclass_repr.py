def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


class LL(list): pass
t(lambda: type(LL([1]) + [2])); t(lambda: type(LL([1]) * 2)); t(lambda: type(LL([1])[:])); t(lambda: repr(LL([1]))); t(lambda: LL([1]) == [1]); t(lambda: type(LL([1]).copy()))
class LR(list):
    def __repr__(self): return "LR!"
t(lambda: [LR()]); t(lambda: str(LR([1]))); t(lambda: "%s" % LR())
l = [1]; l.append(l); t(lambda: repr(l)); t(lambda: l == l); t(lambda: str([1, "a", 1.5, None, ("x",), {"k": [True]}]))
class LI(list):
    def __init__(self, *a): super().__init__(*a); self.tag = "t"
t(lambda: (LI("ab"), LI("ab").tag)); t(lambda: list.__new__(list)); t(lambda: list.__init__([1, 2], [3])); t(lambda: list(1)); t(lambda: list([1], [2])); t(lambda: list(x=1)); t(lambda: list[int])
