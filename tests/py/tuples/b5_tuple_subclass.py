def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


class T(tuple): pass
t(lambda: type(T((1,)) + (2,))); t(lambda: type(T((1, 2))[:])); t(lambda: repr(T((1,)))); t(lambda: T((1,)) == (1,)); t(lambda: type(T((1,)) * 1)); t(lambda: hash(T((1,))) == hash((1,)))
class P(tuple):
    def __new__(cls, x, y): return super().__new__(cls, (x, y))
    @property
    def x(self): return self[0]
p = P(3, 4)
t(lambda: (p, p.x, type(p), len(p), p + (5,), p[1:])); t(lambda: P(1))
class TR(tuple):
    def __repr__(self): return "TR" + super().__repr__()
t(lambda: [TR((1,))]); t(lambda: tuple.__new__(TR, [1, 2])); t(lambda: tuple.__new__(list, [1])); t(lambda: tuple[int, ...]); t(lambda: tuple.__class_getitem__((int, str)))
t(lambda: repr(("a",))); t(lambda: str(("a", 1.5, None)))
l = []; tt = (l,); l.append(tt); t(lambda: repr(tt))
t(lambda: iter((1, 2)).__length_hint__()); t(lambda: list(reversed((1, 2)))); t(lambda: (1, 2).__getnewargs__())
