# List slicing, slice assignment (growing/shrinking/extended) and deletion.
a = list(range(10))
print(a[2:5], a[::3], a[::-1], a[-3:], a[8:2:-2], a[100:], a[:-100])
b = a[:]
b[2:5] = ["x"]
print(b)
b[1:1] = [100, 200, 300]
print(b)
b[:] = [1, 2]
print(b)
b[len(b):] = [3, 4]
print(b)
c = list(range(10))
c[::2] = "abcde"
print(c)
c[1::2] = [0] * 5
print(c)
try:
    c[::2] = [1, 2]
except ValueError as e:
    print("ValueError", e)
d = list(range(10))
del d[::3]
print(d)
del d[1:3]
print(d)
del d[::-2]
print(d)
e = list(range(5))
e[1:4] = range(10, 13)
print(e)
e[3:1] = ["inserted"]
print(e)
e[-1:] = []
print(e)
try:
    e[0:1] = 5
except TypeError as err:
    print("TypeError", err)
f = [1, 2, 3]
f[0:2] = f
print(f)
