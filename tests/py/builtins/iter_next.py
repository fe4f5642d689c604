# iter() on sequences and with a sentinel; next() with default and StopIteration.
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
values = [1, 2, 3, 0, 4, 5]
pos = 0
def read():
    global pos
    v = values[pos]
    pos += 1
    return v
print(list(iter(read, 0)), pos)
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 5)))
class Count:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i
print(list(Count(4)), sum(Count(10)), [x for x in Count(2)])
c = Count(1)
print(iter(c) is c)
d = {"a": 1, "b": 2}
di = iter(d)
print(next(di), next(di), next(di, "end"))
try:
    next([1, 2])
except TypeError as e:
    print("TypeError", e)
try:
    iter(5)
except TypeError as e:
    print("TypeError", e)
try:
    iter(5, 0)
except TypeError as e:
    print("TypeError", e)
