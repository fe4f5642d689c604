# Passing functions as arguments and higher-order helpers.
def apply(fn, *args, **kwargs):
    return fn(*args, **kwargs)
print(apply(max, 3, 9, 2), apply(sorted, [3, 1, 2], reverse=True))
def my_map(fn, seq):
    return [fn(x) for x in seq]
print(my_map(str, range(4)), my_map(lambda s: s * 2, "ab"))
def my_reduce(fn, seq, init):
    acc = init
    for x in seq:
        acc = fn(acc, x)
    return acc
print(my_reduce(lambda a, b: a * b, range(1, 11), 1))
print(my_reduce(lambda a, b: b + a, "hello", ""))
def partial(fn, *pa, **pk):
    def call(*a, **k):
        merged = dict(pk)
        merged.update(k)
        return fn(*pa, *a, **merged)
    return call
p = partial(print, "prefix:", sep="|")
p(1, 2)
p(3, sep="+")
