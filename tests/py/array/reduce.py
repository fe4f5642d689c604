# __reduce_ex__ (pickling forms of CPython 3.11) and _array_reconstructor.
import array as M
from array import array


def t(f):
    try:
        r = f()
    except Exception as e:
        r = type(e).__name__ + ': ' + str(e)
    print(r)


for tc in M.typecodes:
    a = array(tc, 'ab' if tc == 'u' else [1, 2])
    for proto in (0, 2, 3, 5):
        r = a.__reduce_ex__(proto)
        print(tc, proto, r)
        rebuilt = r[0](*r[1])
        print('  ', rebuilt, rebuilt == a, type(rebuilt).__name__)
print(array('i').__reduce_ex__(-1))
t(lambda: array('i').__reduce_ex__())
t(lambda: array('i').__reduce_ex__('a'))
t(lambda: array('i').__reduce_ex__(1.5))


class A(array):
    pass


s = A('i', [1, 2])
print(s.__reduce_ex__(3))
s.x = 5
print(s.__reduce_ex__(3))
print(s.__reduce_ex__(2))
r = s.__reduce_ex__(4)
print(r[0](*r[1]), type(r[0](*r[1])).__name__)
R = M._array_reconstructor
t(lambda: R(1, 'i', 8, b''))
t(lambda: R(int, 'i', 8, b''))
t(lambda: R(array, 'x', 8, b''))
t(lambda: R(array, 5, 8, b''))
t(lambda: R(array, 'i', 99, b''))
t(lambda: R(array, 'i', -1, b''))
t(lambda: R(array, 'i', 8, 'ab'))
t(lambda: R(array, 'i', 8))
t(lambda: R(array, 'i', 8, b'\0a\0'))
t(lambda: R(array, 'i', 9, b'\0\0\0\1'))
t(lambda: R(array, 'b', 9, b'\0\0\0\1'))
t(lambda: R(array, 'd', 9, b'\0\0\0\1\xff\xff\xff\xff'))
t(lambda: R(array, 'd', 15, b'\0\0\0\1'))
t(lambda: R(array, 'd', 17, b'?\xf8\0\0\0\0\0\0'))
t(lambda: R(array, 'f', 16, b'\0\0\0\0\0\0\xf8?'))
t(lambda: R(array, 'u', 19, b'\0a\0b'))
t(lambda: R(array, 'u', 18, b'=\xd8\x00\xdeb\x00'))
t(lambda: R(array, 'u', 21, b'\0\0\0a'))
t(lambda: R(array, 'i', 19, b'\0a\0b'))
t(lambda: R(array, 'L', 3, b'\0a\0b'))
t(lambda: R(array, 'b', 13, b'\xff' * 8))
t(lambda: R(array, 'b', 11, b'\xff' * 8))
t(lambda: R(array, 'H', 0, b'\xff\x01'))
t(lambda: R(array, 'H', 1, b'\xff\x01'))
t(lambda: R(array, 'i', 3, b'\xff'))
t(lambda: R(A, 'h', 4, b'\x01\x00'))
t(lambda: type(R(A, 'h', 5, b'\x01\x00')).__name__)
