# append/extend/insert/pop/remove/index/count/reverse/byteswap/tolist/fromlist and errors.
from array import array


def t(f):
    try:
        r = f()
    except Exception as e:
        r = type(e).__name__ + ': ' + str(e)
    print(r)


a = array('i', [1, 2, 3])
a.insert(-10, 0)
a.insert(100, 9)
a.insert(1, 7)
a.insert(-1, 8)
print(a)
print(a.pop(), a.pop(0), a.pop(-1), a)
a.append(4)
a.append(True)
print(a)
t(lambda: a.append('x'))
t(lambda: a.append(2**40))
print(a)
a = array('i', [1, 2, 1, 3, 1])
a.remove(1)
print(a, a.count(1), a.count(9), a.count('x'), a.index(1), a.index(3))
print(a.index(1, 2), a.index(1, -1), a.index(1, -100), a.index(1, 0, 100), a.index(2, 0, -1))
t(lambda: a.index(3, 0, 2))
t(lambda: a.index(1, 10))
t(lambda: a.index(1, 'a'))
t(lambda: a.index(1, None))
t(lambda: a.index(1, 0, 2**100))
t(lambda: a.index(9))
t(lambda: a.remove(9))
a.reverse()
print(a)
e = array('d')
e.reverse()
print(e)
t(lambda: array('i').pop())
t(lambda: array('i', [1]).pop(5))
t(lambda: array('i', [1]).pop(-2))
t(lambda: array('i', [1]).pop('a'))
t(lambda: array('i', [1]).insert('a', 1))
t(lambda: array('i', [1]).insert(0, 'a'))
a = array('i', [1, 2])
a.extend(a)
print(a)
a.extend([5, 6])
a.extend(range(7, 9))
a.extend(array('i', [9]))
a.extend(x for x in (10,))
print(a)
t(lambda: a.extend(array('d')))
t(lambda: a.extend(5))
t(lambda: a.extend([11, 'x', 12]))
print(a)
a.fromlist([20, 21])
print(a)
t(lambda: a.fromlist([22, 'x']))
t(lambda: a.fromlist((1,)))
print(a, a.tolist(), type(a.tolist()).__name__)
print(array('u', 'xy').tolist(), array('f', [0.25]).tolist(), array('Q', [2**64 - 1]).tolist())
h = array('h', [1, 256, -2])
h.byteswap()
print(h)
d = array('d', [1.5])
d.byteswap()
print(d.tobytes())
d.byteswap()
print(d)
for tc in 'bBuhHiIlLqQfd':
    x = array(tc, 'ab' if tc == 'u' else [1, 2])
    x.byteswap()
    print(tc, x.tobytes())
print(array('i', [1, 2]).buffer_info()[1], type(array('i').buffer_info()[0]).__name__)
for name in ['append', 'buffer_info', 'byteswap', '__copy__', 'count', '__deepcopy__', 'extend',
             'frombytes', 'fromfile', 'fromlist', 'fromunicode', 'index', 'insert', 'pop',
             '__reduce_ex__', 'remove', 'reverse', 'tofile', 'tolist', 'tobytes', 'tounicode']:
    b = array('i', [1])
    for args in [(), (1, 2, 3, 4)]:
        try:
            getattr(b, name)(*args)
            print(name, 'ok')
        except Exception as ex:
            print(name, type(ex).__name__, ex)
    try:
        getattr(b, name)(x=1)
        print(name, 'ok')
    except Exception as ex:
        print(name, type(ex).__name__, ex)
