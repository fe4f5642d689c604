# Iteration protocol: __iter__/__next__, StopIteration, non-iterable and non-iterator errors.
class Count:
    def __init__(self, n): self.n = n; self.i = 0
    def __iter__(self): return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i
print(list(Count(3)), [x * 2 for x in Count(2)], sum(Count(4)))
it = iter(Count(1))
print(next(it), next(it, 'done'))
class Gen:
    def __iter__(self):
        yield 'a'
        yield 'b'
print(list(Gen()), tuple(Gen()))
class NotIter: pass
try:
    iter(NotIter())
except TypeError as e:
    print('TypeError:', e)
try:
    for _ in NotIter(): pass
except TypeError as e:
    print('TypeError:', e)
class BadIter:
    def __iter__(self): return 1
try:
    iter(BadIter())
except TypeError as e:
    print('TypeError:', e)
try:
    next(NotIter())
except TypeError as e:
    print('TypeError:', e)
class NoneIter:
    __iter__ = None
try:
    iter(NoneIter())
except TypeError as e:
    print('TypeError:', e)
a, b, c = Count(3)
print(a, b, c)
try:
    x, y = Count(3)
except ValueError as e:
    print('ValueError:', e)
