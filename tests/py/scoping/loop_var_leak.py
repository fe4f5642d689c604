# for-loop variables remain bound after the loop; while rebinding.
for i in range(5):
    pass
print(i)
for ch in "abc":
    last = ch
print(ch, last)
for i in []:
    pass
print(i)

def f():
    for k, v in [(1, 2), (3, 4)]:
        pass
    return k, v
print(f())

x = 0
while x < 3:
    y = x * 2
    x += 1
print(x, y)

def g():
    try:
        for z in []:
            pass
        return z
    except UnboundLocalError as e:
        return str(e)
print(g())

for a, (b, c) in [(1, (2, 3)), (4, (5, 6))]:
    pass
print(a, b, c)
d = {}
for d["key"] in range(3):
    pass
print(d)
