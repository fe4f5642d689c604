# Local, global, builtin lookup order with shadowing at each level.
def show():
    return [len("abc"), str(5), max(1, 2)]
print(show())

max = lambda *a: "global max"
print(show())

def local_shadow():
    max = lambda *a: "local max"
    return max(1, 2)
print(local_shadow())
del max
print(show())

def uses_list():
    return list("ab")
list = lambda x: "patched"
print(uses_list())
del list
print(uses_list())
print(type(__builtins__).__name__ in ("module", "dict"))
