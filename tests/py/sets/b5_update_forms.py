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
for m in ["update", "intersection_update", "difference_update", "symmetric_difference_update"]:
    for args in [(), ([2, 9],), ([2, 9], {1, 2}), ([[1]],), (1,), ({3: 0},), ("ab", [1]), (range(3), range(2, 5), [2])]:
        s = {1, 2, 3}
        try:
            r = getattr(s, m)(*args)
            print(m, args, r, show(s))
        except Exception as e:
            print(m, args, type(e).__name__, e, show(s))
s = {1}; s |= {2}; s &= {2, 3}; s ^= {5}; s -= {9}; print(show(s))
s = {1}
try: s |= [1]
except TypeError as e: print(e)
fs = frozenset([1]); fs2 = fs; fs |= {2}; print(show(fs), show(fs2), fs is fs2)
t(lambda: frozenset([1]).update); 
