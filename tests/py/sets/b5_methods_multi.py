def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


def show(r):
    if isinstance(r, (set, frozenset)):
        return type(r).__name__ + str(sorted(r, key=repr))
    return repr(r)
a = {1, 2, 3}; b = frozenset({3, 4}); c = [4, 5]
for m in ["union", "intersection", "difference", "symmetric_difference", "issubset", "issuperset", "isdisjoint"]:
    for args in [(), (b,), (c,), (b, c), ("ab",), (1,), ([1], [2, 3]), (range(5),), ({1: 0},), ((x for x in [1, 2]),)]:
        for s in [a, b]:
            try:
                print(m, show(s), args if not hasattr(args[0] if args else 0, "__next__") else "gen", show(getattr(s, m)(*args)))
            except Exception as e:
                print(m, show(s), type(e).__name__, e)
