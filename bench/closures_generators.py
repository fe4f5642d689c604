# Closures (with nonlocal state) called in a loop, and a generator pipeline
# (generator functions and generator expressions) consumed by sum().
N = 3_000_000


def make_adder(k):
    def add(x):
        return x + k
    return add


def make_accumulator():
    total = 0

    def acc(x):
        nonlocal total
        total += x
        return total
    return acc


def compose(f, g):
    return lambda x: f(g(x))


def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x


def squared(it):
    for x in it:
        yield x * x % 10007


def closures(n):
    add3 = make_adder(3)
    add5 = make_adder(5)
    both = compose(add3, add5)
    acc = make_accumulator()
    r = 0
    for i in range(n):
        r = acc(both(i) & 0xFFFF)
    return r


def pipelines(n):
    a = sum(squared(evens(numbers(n))))
    b = sum(x * 3 for x in range(n) if x % 5 != 0)
    c = sum(y % 13 for y in (x + 1 for x in numbers(n // 2)))
    return a + b + c


def main():
    r = closures(N)
    s = pipelines(N)
    print(f"closures/generators checksum: {r} {s}")


main()
