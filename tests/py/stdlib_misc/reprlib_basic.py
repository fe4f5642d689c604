import reprlib
from collections import deque
r = reprlib.repr
cases = [
    1, -5, 10**50, -(10**45), 1.5, None, True, 'short', 'x' * 100, 'a' * 29, 'a' * 30, "it's" * 20, 'line\n' * 10,
    b'bytes' * 20, (), (1,), (1, 2), tuple(range(10)), [], [1], list(range(6)), list(range(7)),
    [[[[[[[1]]]]]]], [[[[[[[]]]]]]], ((((((((1,),),),),),),),), {}, {1: 2}, {i: str(i) for i in range(10)},
    {'b': 1, 'a': [1, 2, 3], 'c': {'x': 1}}, set(), {3, 1, 2}, set(range(20)), frozenset(), frozenset({5, 4}),
    frozenset(range(30)), deque(), deque(range(3)), deque(range(10)), {(1, 2): [3, 4]},
    range(100), object, len, 'x' * 31,
]
for c in cases:
    print(r(c))

class Big:
    def __repr__(self):
        return 'Big(' + 'z' * 50 + ')'
class Bad:
    def __repr__(self):
        raise ValueError('no')
print(r(Big()))
print(r(Bad()).startswith('<Bad instance at 0x'))

a = reprlib.Repr()
print(a.maxlevel, a.maxtuple, a.maxlist, a.maxarray, a.maxdict, a.maxset, a.maxfrozenset, a.maxdeque,
      a.maxstring, a.maxlong, a.maxother, a.fillvalue)
a.maxlist = 2
a.maxstring = 10
a.maxlevel = 2
a.maxdict = 1
a.maxlong = 8
a.maxother = 8
a.fillvalue = '+++'
for c in [[1, 2, 3], 'abcdefghijklmnop', [[[1]]], {'a': 1, 'b': 2}, 123456789012, [1], Big(), {1: {2: {3: 4}}},
          'abcdefghij', 'abcdefghijk', ('a' * 20,)]:
    print(a.repr(c))
a.maxstring = 0
print(a.repr('hello'))
a.maxstring = 2
print(a.repr('hello'))
a.maxlist = 0
print(a.repr([1, 2]), a.repr([]))

class MyRepr(reprlib.Repr):
    def repr_Big(self, x, level):
        return 'BIG!'
    def repr_int(self, x, level):
        return 'INT'
m = MyRepr()
print(m.repr([1, Big(), 'x']))

class Sub(list):
    pass
print(r(Sub([1, 2, 3])), r(Sub(range(50))))
print(reprlib.aRepr.maxlist, reprlib.__all__)
