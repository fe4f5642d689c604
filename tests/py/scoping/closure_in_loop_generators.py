# Closures, generators and the variables they capture across iterations.
def gens():
    out = []
    for i in range(3):
        out.append((i * j for j in range(3)))
    return out
print([list(g) for g in gens()])

def gens_fixed():
    def make(i):
        return (i * j for j in range(3))
    return [make(i) for i in range(3)]
print([list(g) for g in gens_fixed()])

def callbacks():
    handlers = {}
    for name in ["a", "b", "c"]:
        def handler(n=name):
            return "handled " + n
        handlers[name] = handler
    return handlers
h = callbacks()
print([h[k]() for k in sorted(h)])

def while_closures():
    fs = []
    n = 0
    while n < 3:
        fs.append(lambda: n)
        n += 1
    return [f() for f in fs]
print(while_closures())
