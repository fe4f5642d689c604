# Recursive inner functions referring to themselves via a cell.
def fact_maker():
    def fact(n):
        return 1 if n <= 1 else n * fact(n - 1)
    return fact
print([fact_maker()(i) for i in range(8)])

def even_odd():
    def is_even(n):
        return True if n == 0 else is_odd(n - 1)
    def is_odd(n):
        return False if n == 0 else is_even(n - 1)
    return is_even, is_odd
ev, od = even_odd()
print([ev(i) for i in range(6)], [od(i) for i in range(6)])

def walker(tree):
    out = []
    def walk(node, depth):
        if isinstance(node, list):
            for child in node:
                walk(child, depth + 1)
        else:
            out.append((node, depth))
    walk(tree, 0)
    return out
print(walker([1, [2, [3, 4]], 5, [[6]]]))

def memo():
    cache = {}
    def fib(n):
        if n in cache:
            return cache[n]
        r = n if n < 2 else fib(n - 1) + fib(n - 2)
        cache[n] = r
        return r
    return fib, cache
fib, cache = memo()
print(fib(60), len(cache))
