# bisect: bisect_left/right, insort_left/right, lo/hi, key=, errors.
import bisect

def trap(f):
    try:
        r = f()
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
    else:
        print(repr(r))

a = [1, 2, 2, 2, 3, 5, 8]
for x in (0, 1, 2, 3, 4, 5, 8, 9):
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
print(bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 2), bisect.bisect_left(a, 2, lo=4, hi=6))
print(bisect.bisect_right(a, 100, hi=3), bisect.bisect_left(a, -1, lo=5), bisect.bisect_left(a, 2, 6, 2))
print(bisect.bisect_left([], 1), bisect.bisect_right([], 1), bisect.bisect('abcde', 'c'), bisect.bisect((1, 3), 2))
s = []
for x in [5, 1, 4, 1, 3, 9, 2]:
    bisect.insort(s, x)
print(s)
t = []
for x in [(1, 'b'), (0, 'x'), (1, 'a'), (1, 'c')]:
    bisect.insort_left(t, x)
print(t)
u = [1, 1, 1]
bisect.insort_left(u, 1.0); print(u)
bisect.insort_right(u, 1.0); print(u)
bisect.insort(u, 0, 1, 2); print(u)
recs = [('a', 1), ('b', 3), ('c', 3), ('d', 7)]
key = lambda r: r[1]
print(bisect.bisect_left(recs, 3, key=key), bisect.bisect_right(recs, 3, key=key), bisect.bisect(recs, 4, key=key))
bisect.insort(recs, ('e', 3), key=key); print(recs)
bisect.insort_left(recs, ('f', 3), key=key); print(recs)
bisect.insort_right(recs, ('g', 0), key=key); print(recs)
print(bisect.bisect_left(['aa', 'b', 'cccc'], 3, key=len), bisect.bisect_right(['aa', 'b'], 1, lo=1, key=len))
grades = 'FDCBA'
print([grades[bisect.bisect([60, 70, 80, 90], score)] for score in [33, 99, 77, 70, 89, 90, 100]])
trap(lambda: bisect.bisect(a, 1, -1))
trap(lambda: bisect.bisect_left(a, 1, lo=-5))
trap(lambda: bisect.bisect(5, 1))
trap(lambda: bisect.bisect(a, 1, 'a'))
trap(lambda: bisect.bisect(a, 1, 0, 'a'))
trap(lambda: bisect.bisect(a, 1, 1.5))
trap(lambda: bisect.bisect([1, 2], 1, 0, 10))
trap(lambda: bisect.insort((1, 2), 1))
trap(lambda: bisect.bisect_left([1, 'a'], 2))
trap(lambda: bisect.bisect_left([1, 2], 1, key=5))
trap(lambda: bisect.bisect_left([1, 2], 1, lo=None))
print(bisect.bisect_left([1, 2], 1, 0, None), bisect.bisect_left([1, 2, 3], 3, hi=-5), bisect.bisect_right([1, 2], 2, True))
class Idx:
    def __index__(self):
        return 1
print(bisect.bisect_left([1, 2, 3], 0, Idx()), bisect.bisect_right([1, 2, 3], 9, 0, Idx()))
print(sorted(bisect.__all__) if hasattr(bisect, '__all__') else 'no __all__')
