# Comprehension variables do not leak; they see enclosing scopes.
x = "outer"
result = [x for x in range(3)]
print(result, x)

def f():
    y = 10
    return [y + i for i in range(3)]
print(f())

def g():
    items = [1, 2, 3]
    return {k: [k * m for m in items] for k in items}
print(g())

sq = {n: n * n for n in range(5)}
print(sq)
s = {c for c in "hello"}
print(sorted(s))
gen = (v * 2 for v in range(4))
print(list(gen))
try:
    print(v)
except NameError as e:
    print(type(e).__name__, e)

nested = [[i * j for j in range(i)] for i in range(4)]
print(nested)
flat = [a for row in nested for a in row if a % 2 == 0]
print(flat)

def h():
    funcs = [lambda: n for n in range(3)]
    return [fn() for fn in funcs]
print(h())
