# __neg__/__pos__/__abs__/__invert__ and TypeErrors for types without them.
class U:
    def __neg__(self):
        return "neg"

    def __pos__(self):
        return "pos"

    def __abs__(self):
        return "abs"

    def __invert__(self):
        return "inv"


u = U()
print(-u, +u, abs(u), ~u)


class N:
    pass


for fn in (lambda: -N(), lambda: +N(), lambda: abs(N()), lambda: ~N(), lambda: ~1.5, lambda: -"s"):
    try:
        fn()
    except TypeError as e:
        print(type(e).__name__ + ":", e)
