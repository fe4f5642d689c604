# Chained comparisons call each dunder once and short-circuit on a falsy result.
class V:
    def __init__(self, n):
        self.n = n

    def __lt__(self, o):
        print(f"{self.n} < {o.n}")
        return self.n < o.n


a, b, c = V(1), V(2), V(0)
print(a < b < c)
print(b < a < c)
print(a < b < V(3))
