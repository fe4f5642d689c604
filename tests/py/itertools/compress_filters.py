# compress, dropwhile, takewhile, filterfalse.
from itertools import compress, dropwhile, takewhile, filterfalse

def show(f, *a, **k):
    try:
        print(f(*a, **k))
    except Exception as e:
        print(type(e).__name__, e)

print(list(compress('ABCDEF', [1, 0, 1, 0, 1, 1])))
print(list(compress('ABC', [1, 1, 1, 1, 1])))
print(list(compress('ABCDEF', [0, 1])))
print(list(compress(range(10), (x % 3 == 0 for x in range(10)))))
print(list(compress(data='ab', selectors=[1, 1])))
print(list(compress([], [])))
show(compress)
show(compress, 'a')
show(compress, 'a', 1)
show(compress, 1, 'a')
show(compress, 'a', 'b', 'c')
show(compress, 'a', selectors=[1], x=1)

print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(dropwhile(lambda x: x < 5, [])))
print(list(dropwhile(lambda x: True, [1, 2])))
print(list(dropwhile(bool, [1, 0, 2])))
print(list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(takewhile(lambda x: True, 'abc')))
print(list(takewhile(bool, [])))
t = takewhile(lambda x: x < 2, iter([0, 1, 2, 3]))
print(list(t), list(t))
src = iter([0, 1, 2, 3, 4])
t = takewhile(lambda x: x < 2, src)
print(list(t), list(src))
print(list(filterfalse(lambda x: x % 2, range(10))))
print(list(filterfalse(None, [0, 1, '', 'a', [], [0], None])))
print(list(filterfalse(bool, [0, 1, '', 'a'])))
for f in (dropwhile, takewhile, filterfalse):
    show(f)
    show(f, None)
    show(f, None, 1)
    show(f, None, [], [])
    show(f, None, [], x=1)
    show(f, x=1)
    print(type(f(None, [])))
show(lambda: list(dropwhile(None, [1])))
show(lambda: list(takewhile(5, [1])))
show(lambda: list(filterfalse(1, [1])))
show(lambda: list(dropwhile(lambda x: 1 / x, [1, 0, 2])))
class Bad:
    def __bool__(self): raise ValueError('no truth')
show(lambda: list(filterfalse(None, [Bad()])))
show(lambda: list(compress([1], [Bad()])))
