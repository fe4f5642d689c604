# yield as an expression in assignments, arguments and returns.
def g():
    a = yield "first"
    print("a =", a)
    b = (yield a) * 2
    print("b =", b)
    c = [(yield b), (yield "x")]
    print("c =", c)
    return c
it = g()
print(next(it))
print(it.send(10))
print(it.send(4))
print(it.send("p"))
try:
    it.send("q")
except StopIteration as e:
    print("done", e.value)
def bare():
    x = yield
    y = yield
    yield x, y
b = bare()
print(next(b), b.send(1), b.send(2))
def coroutine_sum():
    s = 0
    while True:
        n = yield
        if n is None:
            return s
        s += n
c = coroutine_sum()
next(c)
for n in range(5):
    c.send(n)
try:
    c.send(None)
except StopIteration as e:
    print("sum", e.value)
