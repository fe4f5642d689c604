# islice on assorted iterables, plus the exact ValueError texts.
from itertools import islice, count, cycle

def show(*args):
    try:
        print(list(islice(*args)))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

show(cycle('ab'), 5)
show(count(), 2, 12, 3)
show({'a': 1, 'b': 2}, 1)
show(b'bytes', 1, None, 2)
show(range(100), 95, None)
show(iter([1, 2, 3]), 10)
show([], 0, 0)
show('abc', 1, 1)
show('abc', 2, 1)
show('abcdef', None, None, 4)
show('abc', 1, -1)
show('abc', -1, 2)
show('abc', 1, 2, -1)
show('abc', 1, 2, 0)
show('abc', 1.0)
show('abc', 0, 1.0)
show('abc', '1', 2)
show('abc', 1, 2, '1')
show('abc', 2 ** 63)
show('abc', 2 ** 63 - 1)
show(5, 1)
show(5, -1)
it = iter('abcdefgh')
print(list(islice(it, 3)), list(islice(it, 3)), list(it))
nested = islice(islice(count(), 2, None), 3, 9, 2)
print(list(nested))
print(list(islice(islice('abcdefghij', 1, None, 2), 1, None, 2)))
