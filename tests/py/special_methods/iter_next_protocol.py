# __iter__/__next__ drive for loops, list(), and StopIteration ends iteration.
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


print(list(Count(3)))
for x in Count(2):
    print(x)
it = iter(Count(1))
print(next(it), next(it, "done"))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, e.args)
