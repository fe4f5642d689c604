# The array constructor: typecodes, initializers and their errors; repr; attributes.
import array as M
from array import array


def t(f):
    try:
        r = f()
    except Exception as e:
        r = type(e).__name__ + ': ' + str(e)
    print(r)


print(M.typecodes, M.ArrayType is array, array.__name__, array.__module__, array.__qualname__)
for tc in M.typecodes:
    a = array(tc)
    print(tc, a, a.typecode, a.itemsize, len(a))
t(lambda: array())
t(lambda: array('i', [], 3))
t(lambda: array(1))
t(lambda: array('ab'))
t(lambda: array('x'))
t(lambda: array('x', [1]))
t(lambda: array('x', 5))
t(lambda: array('i', typecode='i'))
t(lambda: array('i', 'abc'))
t(lambda: array('x', 'abc'))
t(lambda: array('i', array('u', 'ab')))
t(lambda: array('u', array('i', [1])))
t(lambda: array('d', array('i', [1, 2])))
t(lambda: array('i', array('i', [1, 2])))
t(lambda: array('i', 5))
t(lambda: array('i', b'abc'))
t(lambda: array('i', b'\x01\x00\x00\x00\xff\xff\xff\xff'))
t(lambda: array('b', bytearray(b'\x01\xff')))
t(lambda: array('B', (1, 2)))
t(lambda: array('i', range(5)))
t(lambda: array('i', iter([1, 2])))
t(lambda: array('h', (x * x for x in range(4))))
t(lambda: array('d', {1: 2}))
t(lambda: array('u', 'hello'))
t(lambda: array('u', ('x', 'y')))
t(lambda: array('i', [1, 'x', 3]))
t(lambda: array('f', [1, 2.5, True]))
t(lambda: array('u', 'a\nb\'"'))
t(lambda: array('Q', [2**64 - 1, 0]))
t(lambda: array('q', [-2**63, 2**63 - 1]))
t(lambda: array.typecode)
t(lambda: setattr(array('i'), 'typecode', 'x'))
t(lambda: setattr(array('i'), 'itemsize', 3))
t(lambda: hash(array('i')))
t(lambda: array[int])
t(lambda: type(iter(array('i'))))
print(str(array('i', [1, 2])), repr(array('d')))
print(isinstance(array('i'), array), type(array('b')) is array)
print(array('i', [1]) is not array('i', [1]))
print(sorted(k for k in dir(array) if not k.startswith('_')))
print(sorted(k for k in dir(M) if not k.startswith('__')))


class A(array):
    pass


class B(array):
    def __new__(cls, tc, init=(), extra=None):
        self = super().__new__(cls, tc, init)
        self.extra = extra
        return self


a = A('i', [1, 2])
print(repr(a), type(a).__name__, isinstance(a, array), len(a))
a.x = 5
print(a.x, a.__dict__)
b = B('d', [1.5], extra='e')
print(b, b.extra)
print(A('u', 'xy'), A('f'))
