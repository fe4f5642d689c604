# Generator local state persists across yields, including try blocks and loops.
def stateful():
    total = 0
    items = []
    for i in range(5):
        total += i
        items.append(total)
        yield list(items)
    yield "total=" + str(total)
for v in stateful():
    print(v)
def interleave(*gens):
    gens = [iter(g) for g in gens]
    while gens:
        alive = []
        for g in gens:
            try:
                yield next(g)
                alive.append(g)
            except StopIteration:
                pass
        gens = alive
print(list(interleave("abc", [1, 2], range(10, 14))))
def with_try():
    for i in range(3):
        try:
            yield i
            if i == 1:
                raise ValueError(i)
        except ValueError as e:
            yield "handled " + str(e)
print(list(with_try()))
def windowed(seq, n):
    window = []
    for x in seq:
        window.append(x)
        if len(window) > n:
            window.pop(0)
        if len(window) == n:
            yield tuple(window)
print(list(windowed(range(7), 3)))
