# starmap, pairwise, zip_longest.
from itertools import starmap, pairwise, zip_longest

def show(f, *a, **k):
    try:
        print(f(*a, **k))
    except Exception as e:
        print(type(e).__name__, e)

print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])))
print(list(starmap(max, ['ab', [3, 1]])))
print(list(starmap(lambda *a: a, [(), (1,), [1, 2], 'xy', iter([5])])))
print(list(starmap(print, [])))
show(lambda: list(starmap(pow, [1])))
show(lambda: list(starmap(pow, [(1,)])))
show(starmap)
show(starmap, pow)
show(starmap, pow, 1)
show(starmap, pow, [], x=1)

print(list(pairwise('ABCDEFG')))
print(list(pairwise('A')), list(pairwise('')), list(pairwise(range(3))))
p = pairwise(iter([1, 2, 3]))
print(next(p), next(p))
show(next, p)
show(pairwise)
show(pairwise, 1)
show(pairwise, 'a', 'b')
show(pairwise, iterable='ab')
print(type(pairwise('')))

print(list(zip_longest('ABCD', 'xy', fillvalue='-')))
print(list(zip_longest('AB', 'xyz')))
print(list(zip_longest()))
print(list(zip_longest('ab')))
print(list(zip_longest([], [])))
print(list(zip_longest(range(3), 'a', [None, 2, 3, 4], fillvalue=0)))
print(list(zip_longest(fillvalue=1)))
show(zip_longest, 'a', fill=1)
show(zip_longest, 'a', fillvalue=1, x=1)
show(zip_longest, 'a', 1)
def gen():
    yield 1
    raise ValueError('boom')
z = zip_longest(gen(), 'abc')
print(next(z))
show(next, z)
show(next, z)
print(type(zip_longest()))
class Z(zip_longest):
    pass
print(list(Z('a', 'bc', fillvalue='?')))
