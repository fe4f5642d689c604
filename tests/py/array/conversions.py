# Item conversion for every typecode: values, overflow errors and type errors.
import array as M
from array import array

vals = [1, -1, 2**7, -2**7 - 1, 2**8, 2**15, -2**15 - 1, 2**16, 2**31, -2**31 - 1, 2**32,
        2**63, -2**63 - 1, 2**64, 1.5, 'a', None, True, 10**30, 2**63 - 1, -2**63, 2**64 - 1]
for tc in M.typecodes:
    for v in vals:
        try:
            r = repr(array(tc, [v]))
        except Exception as e:
            r = type(e).__name__ + ': ' + str(e)
        print(tc, repr(v)[:12], r)


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


class Flt:
    def __float__(self):
        return 2.5


for tc in 'bBhHiIlLqQ':
    print(tc, array(tc, [Idx(7)]), array(tc, [False, True]))
for tc in 'fd':
    print(tc, array(tc, [Flt(), Idx(3)]))
    try:
        array(tc, [10**400])
    except OverflowError as e:
        print('OverflowError', e)
print(array('f', [0.1, 1e300, -1e300, 1/3]))
print(array('d', [0.1, 1e300, float('inf'), 1/3]))
print(array('u', 'h\xe9\u20ac\U0001d11e'), array('u', ['a', 'b']))
for bad in ['ab', '', 5, b'a']:
    try:
        array('u', [bad])
    except TypeError as e:
        print('TypeError', e)
