# Builtins dispatching to dunder methods on user classes.
class Vec:
    def __init__(self, *xs):
        self.xs = list(xs)
    def __len__(self):
        return len(self.xs)
    def __getitem__(self, i):
        return self.xs[i]
    def __iter__(self):
        return iter(self.xs)
    def __contains__(self, v):
        print("contains", v)
        return v in self.xs
    def __repr__(self):
        return "Vec(" + ", ".join(repr(x) for x in self.xs) + ")"
    def __str__(self):
        return "<" + " ".join(str(x) for x in self.xs) + ">"
    def __eq__(self, other):
        return isinstance(other, Vec) and self.xs == other.xs
    def __bool__(self):
        return any(self.xs)
v = Vec(3, 1, 2)
print(len(v), v[0], v[-1], v[0:2], list(v), sorted(v), sum(v), max(v), min(v))
print(repr(v), str(v), [v], f"{v}", f"{v!r}")
print(2 in v, 9 in v)
print(v == Vec(3, 1, 2), v != Vec(1), v == [3, 1, 2], bool(v), bool(Vec(0, 0)))
print(list(reversed(v)), list(enumerate(v)), dict(zip(v, "abc")))
a, b, c = v
print(a, b, c)
print(*v)
