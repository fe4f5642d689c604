# Exhausted generators keep raising StopIteration; attributes of generators.
def g():
    yield "only"
it = g()
print(it.__name__, it.__qualname__)
print(list(it), list(it), next(it, "default"))
def gi():
    yield 1
x = gi()
print(x.gi_running, x.gi_suspended)
next(x)
print(x.gi_running)
for _ in x:
    pass
print(x.gi_suspended, x.gi_running)
class C:
    def gen(self):
        yield self
print(C().gen().__qualname__)
it = iter([1, 2])
print(next(it), next(it), next(it, None), next(it, "again"))
