# The itertools recipes of the 3.11 documentation, written out and run.
import operator
from itertools import (accumulate, chain, combinations, compress, count, cycle, filterfalse,
                       groupby, islice, repeat, starmap, tee, zip_longest, product,
                       permutations, takewhile, dropwhile)

def take(n, iterable):
    return list(islice(iterable, n))

def prepend(value, iterator):
    return chain([value], iterator)

def tabulate(function, start=0):
    return map(function, count(start))

def tail(n, iterable):
    return list(iterable)[-n:]

def nth(iterable, n, default=None):
    return next(islice(iterable, n, None), default)

def all_equal(iterable):
    g = groupby(iterable)
    return next(g, True) and not next(g, False)

def quantify(iterable, pred=bool):
    return sum(map(pred, iterable))

def ncycles(iterable, n):
    return chain.from_iterable(repeat(tuple(iterable), n))

def dotproduct(vec1, vec2):
    return sum(map(operator.mul, vec1, vec2))

def flatten(list_of_lists):
    return chain.from_iterable(list_of_lists)

def repeatfunc(func, times=None, *args):
    if times is None:
        return starmap(func, repeat(args))
    return starmap(func, repeat(args, times))

def grouper(iterable, n, fillvalue=None):
    args = [iter(iterable)] * n
    return zip_longest(*args, fillvalue=fillvalue)

def roundrobin(*iterables):
    num_active = len(iterables)
    nexts = cycle(iter(it).__next__ for it in iterables)
    while num_active:
        try:
            for next_ in nexts:
                yield next_()
        except StopIteration:
            num_active -= 1
            nexts = cycle(islice(nexts, num_active))

def partition(pred, iterable):
    t1, t2 = tee(iterable)
    return filterfalse(pred, t1), filter(pred, t2)

def powerset(iterable):
    s = list(iterable)
    return chain.from_iterable(combinations(s, r) for r in range(len(s) + 1))

def unique_everseen(iterable, key=None):
    seen = set()
    for element in filterfalse(seen.__contains__, iterable) if key is None else iterable:
        k = element if key is None else key(element)
        if k not in seen:
            seen.add(k)
            yield element

def unique_justseen(iterable, key=None):
    return map(next, map(operator.itemgetter(1), groupby(iterable, key)))

def sliding_window(iterable, n):
    it = iter(iterable)
    window = list(islice(it, n))
    if len(window) == n:
        yield tuple(window)
    for x in it:
        window = window[1:] + [x]
        yield tuple(window)

def first_true(iterable, default=False, pred=None):
    return next(filter(pred, iterable), default)

def iter_except(func, exception):
    try:
        while True:
            yield func()
    except exception:
        pass

print(take(5, count(10)))
print(list(prepend(0, [1, 2])))
print(take(4, tabulate(lambda x: x * x, 3)))
print(tail(3, 'ABCDEFG'))
print(nth(range(10), 3), nth(range(3), 5, 'dflt'))
print(all_equal('aaaa'), all_equal('aaba'), all_equal(''))
print(quantify([1, 0, 3, None]), quantify(range(10), lambda x: x > 5))
print(list(ncycles('ab', 3)))
print(dotproduct([1, 2, 3], [4, 5, 6]))
print(list(flatten([[1, 2], [3], []])))
print(list(repeatfunc(operator.add, 3, 2, 5)), take(3, repeatfunc(lambda: 7)))
print(list(grouper('ABCDEFG', 3, 'x')))
print(list(roundrobin('ABC', 'D', 'EF')))
evens, odds = partition(lambda x: x % 2, range(10))
print(list(evens), list(odds))
print(list(powerset([1, 2, 3])))
print(list(unique_everseen('AAAABBBCCDAABBB')), list(unique_everseen('ABBcCAD', str.lower)))
print(list(unique_justseen('AAAABBBCCDAABBB')), list(unique_justseen('ABBcCAD', str.lower)))
print(list(sliding_window('ABCDEFG', 4)))
print(first_true([0, None, 5, 6]), first_true([], 'none'), first_true([1, 2, 3], pred=lambda x: x > 1))
d = [1, 2, 3]
print(list(iter_except(d.pop, IndexError)))
print(list(accumulate(chain([1], repeat(2, 4)), operator.mul)))
print(take(5, compress(count(), cycle([1, 0, 0]))))
print(take(6, dropwhile(lambda x: x < 3, cycle(range(5)))))
print(list(takewhile(lambda p: p[0] < 2, product(range(3), 'ab'))))
print(sum(1 for _ in permutations(range(5))))
primes = filterfalse(lambda n: any(n % d == 0 for d in range(2, n)), count(2))
print(take(10, primes))
