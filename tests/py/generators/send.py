# send() values into generators; first send must be None.
def echo():
    received = []
    while True:
        x = yield len(received)
        if x is None:
            break
        received.append(x)
    return received
g = echo()
print(g.send(None))
print(g.send("a"))
print(g.send("b"))
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value)
g2 = echo()
try:
    g2.send(5)
except TypeError as e:
    print(e)
def averager():
    total = 0
    count = 0
    avg = None
    while True:
        v = yield avg
        total += v
        count += 1
        avg = total / count
a = averager()
next(a)
print([a.send(v) for v in (10, 20, 30, 40)])
def accum():
    total = 0
    while True:
        total += (yield total)
acc = accum()
print(next(acc), acc.send(5), acc.send(7), acc.send(-2))
