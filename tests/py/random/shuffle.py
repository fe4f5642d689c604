# shuffle(x): Fisher-Yates from the end with _randbelow(i + 1).
import random
r = random.Random(2023)
for n in [0, 1, 2, 3, 5, 10, 26, 100]:
    x = list(range(n))
    r.shuffle(x)
    print(n, x if n <= 26 else sum(i * v for i, v in enumerate(x)))
s = list('abcdefghijklmnopqrstuvwxyz')
random.seed(5)
random.shuffle(s)
print(''.join(s))
b = bytearray(b'hello world')
r.shuffle(b)
print(b)
print(r.shuffle([3, 2, 1]))
for bad in [(1, 2, 3), 'abc', 5]:
    try:
        r.shuffle(bad)
        print('ok')
    except TypeError as e:
        print('TypeError', e)
try:
    r.shuffle([1, 2], random=lambda: 0.5)
except TypeError as e:
    print('TypeError', e)
class L(list):
    pass
l = L(range(8))
r.shuffle(l)
print(l, type(l).__name__)
