# Indexing, slicing, slice assignment and deletion, len, in, iteration.
from array import array


def t(f):
    try:
        r = f()
    except Exception as e:
        r = type(e).__name__ + ': ' + str(e)
    print(r)


a = array('i', range(10))
print(len(a), a[0], a[-1], a[3], a[2:5], a[::3], a[::-1], a[8:2:-2], a[20:], a[-100:100], a[5:2])
t(lambda: a[10])
t(lambda: a[-11])
t(lambda: a['x'])
t(lambda: a[1.0])
t(lambda: a[2**70])
t(lambda: a[::0])
print(a[True], a[False:2])
d = array('d', [1, 2])
print(d[-1], d[0:1], d[::-1])
d[0] = 3
d[-1] = True
print(d)


def f():
    b = array('i', [1])
    b[5] = 1


t(f)


def f():
    b = array('i', [1])
    b['x'] = 1


t(f)


def f():
    b = array('i', [1])
    del b['x']


t(f)


def f():
    b = array('i', [1])
    del b[3]


t(f)


def f():
    b = array('i', [1, 2, 3])
    b[::2] = array('i', [1, 2, 3])


t(f)


def f():
    b = array('i', [1, 2, 3])
    b[0:1] = [1]


t(f)


def f():
    b = array('i', [1, 2, 3])
    b[0:1] = array('d', [1])


t(f)


def f():
    b = array('i', [1, 2, 3])
    b[0] = 'x'


t(f)


def show(expr, setup):
    b = array('i', [1, 2, 3, 4, 5, 6])
    exec(setup, {'b': b, 'array': array})
    print(expr.ljust(30), b)


show('b[::2] = array()', "b[::2] = array('i')")
show('b[::-2] = [7,8,9]', "b[::-2] = array('i', [7, 8, 9])")
show('b[1::2] = [7,8,9]', "b[1::2] = array('i', [7, 8, 9])")
show('del b[::-2]', "del b[::-2]")
show('del b[::2]', "del b[::2]")
show('del b[1:5:3]', "del b[1:5:3]")
show('del b[::-1]', "del b[::-1]")
show('del b[1:3]', "del b[1:3]")
show('del b[0]', "del b[0]")
show('del b[-1]', "del b[-1]")
show('b[4:1] = [7,8,9]', "b[4:1] = array('i', [7, 8, 9])")
show('b[:] = b', "b[:] = b")
show('b[1:] = b', "b[1:] = b")
show('b[1:3] = []', "b[1:3] = array('i')")
show('b[1:2] = [7,8,9]', "b[1:2] = array('i', [7, 8, 9])")
show('b[10:] = [7]', "b[10:] = array('i', [7])")
show('b[:0] = [7]', "b[:0] = array('i', [7])")
show('b[::-1] = b', "b[::-1] = b")
a = array('i', [1, 2, 1, 3])
print(1 in a, 5 in a, 'x' in a, 1.0 in a, 3 not in a)
print(list(array('u', 'abc')), [x for x in array('f', [0.5, 1.5])], tuple(array('B', b'hi')))
it = iter(array('h', [5, 6, 7]))
print(next(it), list(it), list(it))
print(iter(it) is it)
# the iterator sees appends made during iteration
b = array('i', [1, 2])
out = []
for x in b:
    out.append(x)
    if x < 4:
        b.append(x + 2)
print(out, b)
it = iter(array('i', [1]))
print(list(it), it.__reduce__())
x = array('i', [1, 2])
it = iter(x)
print(it.__reduce__(), next(it), it.__reduce__()[2])
it = iter(array('i', [1, 2, 3]))
it.__setstate__(2)
print(list(it))
it = iter(array('i', [1, 2, 3]))
it.__setstate__(-5)
print(list(it))
it = iter(array('i', [1, 2, 3]))
it.__setstate__(10)
print(list(it))
t(lambda: iter(array('i')).__setstate__('x'))
t(lambda: iter(array('i')).__setstate__())
t(lambda: type(iter(array('i')))())
b = array('u', 'ab')
b.frombytes(b'\x00\x00\x11\x00')
print(len(b))
t(lambda: b[2])
t(lambda: b.tounicode())
t(lambda: repr(b))
t(lambda: list(b))
