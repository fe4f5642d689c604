# Late binding of loop variables in closures and the default-arg workaround.
fs = []
for i in range(4):
    fs.append(lambda: i)
print([f() for f in fs])

gs = []
for i in range(4):
    gs.append(lambda i=i: i)
print([g() for g in gs])

hs = [lambda: j for j in range(3)]
print([h() for h in hs])

def outer():
    funcs = []
    x = 0
    for k in range(3):
        x = k * 10
        funcs.append(lambda: x)
    x = 99
    return funcs
print([f() for f in outer()])

def make(n):
    return lambda: n
ms = [make(n) for n in range(3)]
print([m() for m in ms])
i = 42
print(fs[0]())
