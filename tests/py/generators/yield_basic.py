# Basic generator functions: lazy execution, next(), exhaustion.
def gen():
    print("start")
    yield 1
    print("middle")
    yield 2
    print("end")
g = gen()
print("created")
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value, e.args)
try:
    next(g)
except StopIteration:
    print("still exhausted")
print(list(gen()))
def countdown(n):
    while n > 0:
        yield n
        n -= 1
print(list(countdown(5)), sum(countdown(100)))
print(type(gen()).__name__)
g2 = countdown(3)
print(iter(g2) is g2)
for x in g2:
    print("for", x)
print(list(g2))
