def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


for sl in [slice(1, 5, 2), slice(None), slice(-1, None, -1), slice(10, -10, -3), slice(2**70, None), slice(None, None, -1), slice(-2**70, 2**70, 3), slice(None, 3, -2), slice(5, None, 2**70)]:
    for n in [0, 1, 5, 10]:
        t(lambda: sl.indices(n))
class I:
    def __index__(self): return 2
t(lambda: slice(0, 1, 0).indices(5)); t(lambda: slice(1).indices(-1)); t(lambda: slice("a").indices(5)); t(lambda: slice(1, 2, 3) == slice(1, 2, 3)); t(lambda: slice(1, 2) < slice(1, 3)); t(lambda: hash(slice(1)))
t(lambda: slice()); t(lambda: slice(1, 2, 3, 4)); t(lambda: (slice(1, 2, 3).start, slice(1, 2, 3).stop, slice(1).step)); t(lambda: slice(I(), None).indices(10)); t(lambda: slice(1.5, None).indices(3)); t(lambda: slice(None).indices(2**100))
t(lambda: slice(None).indices("a")); t(lambda: slice(1, 2).indices()); t(lambda: repr(slice("a", [1], None))); t(lambda: slice(1, 2) == (1, 2)); t(lambda: slice(1, x=2)); t(lambda: [1, 2, 3][slice(None, None, -1)]); t(lambda: slice(1, 2, None) >= slice(1, 2))
s = slice(1, 2)
def sa(): s.start = 5
t(sa)
