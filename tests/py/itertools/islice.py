# itertools.islice: stop/start/step forms and CPython's argument errors.
import sys
from itertools import islice, count

def show(f, *a, **k):
    try:
        print(f(*a, **k))
    except Exception as e:
        print(type(e).__name__, e)

s = 'ABCDEFG'
print(list(islice(s, 2)))
print(list(islice(s, 2, 4)))
print(list(islice(s, 2, None)))
print(list(islice(s, 0, None, 2)))
print(list(islice(s, None)))
print(list(islice(s, None, None, None)))
print(list(islice(s, None, 3, None)))
print(list(islice(s, 1, 100, 3)))
print(list(islice(s, 0)))
print(list(islice(s, 5, 2)))
print(list(islice(count(), 3, 20, 5)))
print(list(islice(range(10), True, 5, True)))
class I:
    def __index__(self): return 3
print(list(islice(range(10), I(), I() )), list(islice(range(10), I())))
for args in [(-1,), (1.5,), ('a',), (-2,), (2 ** 70,), (sys.maxsize,), (0, -1), (-1, 3), (-5, 3),
             ('a', 3), (1, 'a'), (1, 3, 0), (1, 3, -1), (1, 3, 'a'), (1, 3, 1.0), (2 ** 64, 3),
             (None, -1), (None, -2), (0, 2 ** 64), (0, 3, 2 ** 64), (1, None, -3)]:
    try:
        print(args, list(islice(range(20), *args)))
    except Exception as e:
        print(args, type(e).__name__, e)
show(islice)
show(islice, [])
show(islice, [], 1, 2, 3, 4)
show(islice, [], stop=1)
show(islice, 5, 1)
show(islice, 5, -1)
# islice consumes only what it needs
it = iter(range(10))
print(list(islice(it, 2, 4)), next(it))
it = iter(range(10))
print(list(islice(it, 0)), next(it))
it = iter(range(10))
print(list(islice(it, 1, 8, 3)), next(it))
z = islice('ab', 5)
print(list(z), list(z), type(z))
class MyISlice(islice):
    pass
print(list(MyISlice('abcdef', 1, None, 2)))
def gen():
    for i in range(5):
        print('  yield', i)
        yield i
print(list(islice(gen(), 1, 3)))
