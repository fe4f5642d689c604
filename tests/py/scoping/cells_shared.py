# Cells shared between closures created in the same call, distinct across calls.
def pair():
    data = []
    def push(v):
        data.append(v)
        return len(data)
    def pop():
        return data.pop()
    def peek():
        return list(data)
    return push, pop, peek

push1, pop1, peek1 = pair()
push2, pop2, peek2 = pair()
print(push1(1), push1(2), push2("a"))
print(peek1(), peek2())
print(pop1(), peek1(), peek2())

def fib_gen():
    a, b = 0, 1
    def step():
        nonlocal a, b
        a, b = b, a + b
        return a
    return step
st = fib_gen()
print([st() for _ in range(12)])

def cell_after_def():
    def get():
        return v
    v = 1
    r1 = get()
    v = 2
    r2 = get()
    return r1, r2
print(cell_after_def())

def cell_contents():
    q = 7
    def f():
        return q
    return f
fn = cell_contents()
print(len(fn.__closure__), fn.__closure__[0].cell_contents)
print(fn.__code__.co_freevars)
