# Multiple context managers: entry order, reverse exit order, partial failure.
class CM:
    def __init__(self, name, fail_enter=False, suppress=False):
        self.name, self.fail_enter, self.suppress = name, fail_enter, suppress
    def __enter__(self):
        print("enter", self.name)
        if self.fail_enter:
            raise RuntimeError("enter failed " + self.name)
        return self
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None)
        return self.suppress
with CM("a") as a, CM("b") as b, CM("c") as c:
    print("body", a.name, b.name, c.name)
try:
    with CM("x"), CM("y", fail_enter=True), CM("z"):
        print("not reached")
except RuntimeError as e:
    print("caught", e)
with CM("outer", suppress=True), CM("inner"):
    raise ValueError("boom")
print("outer suppressed it")
with CM("outer2"), CM("inner2", suppress=True):
    raise ValueError("boom2")
print("inner suppressed it")
with (CM("p") as p,
      CM("q") as q):
    print("parenthesized", p.name, q.name)
