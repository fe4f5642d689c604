# tee buffering across many items and many copies.
from itertools import tee, islice, count

a, b, c = tee(range(200), 3)
print(sum(a), sum(islice(b, 100)), sum(c), sum(b))
x, y = tee(iter('abcdefghij'))
out = []
for i in range(5):
    out.append(next(x))
    out.append(next(x))
    out.append(next(y))
print(''.join(out), ''.join(y), ''.join(x))
first, second = tee(count(), 2)
print(list(islice(first, 130))[-3:], next(second), list(islice(second, 60, 62)))
copies = tee('xy', 4)
print([list(cpy) for cpy in copies])
t1, t2 = tee([])
print(list(t1), list(t2))
def fibs():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f1, f2 = tee(fibs())
next(f2)
print([q / p for p, q in islice(zip(f1, f2), 10, 14)] != [])
print(list(islice(zip(f1, f2), 3)))
(only,) = tee([1, 2], 1)
print(type(only).__name__, list(only))
tt = tee(tee([1, 2, 3])[0], 2)
print([list(z) for z in tt])
