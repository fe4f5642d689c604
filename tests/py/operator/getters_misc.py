# itemgetter / attrgetter / methodcaller objects: identity, equality, hashing, calls via map.
from operator import itemgetter, attrgetter, methodcaller

g1, g2 = itemgetter(1), itemgetter(1)
print(g1 == g2, g1 == g1, g1 != g2, hash(g1) == hash(g1))
print(callable(g1), callable(attrgetter('x')), callable(methodcaller('x')))
print(list(map(itemgetter(0, -1), ['ab', 'cd', 'xyz'])))
print(list(map(attrgetter('real'), [1, 2.5, 3j])))
print(list(map(methodcaller('bit_length'), [0, 1, 255, 256])))
print(itemgetter(*range(3))('abc'), itemgetter(*'ab')({'a': 1, 'b': 2}))
print(attrgetter(*['real', 'imag'])(1 + 2j))
print(repr(itemgetter('a', ('b', 1), None, 1.5)))
print(repr(attrgetter('a', 'b.c', 'd.e.f')))
print(repr(methodcaller('m', 'a', [1], {2: 3}, k=(4,))))
items = []
ig = itemgetter(items)
print(repr(ig))
mc = methodcaller('index', 2)
print(mc([5, 2]), mc((2,)), methodcaller('index', 'b')('ab'))
try:
    mc([1])
except ValueError as e:
    print('ValueError', e)
class Weird:
    def __getitem__(self, key):
        if key == 'raise':
            raise LookupError('custom')
        return key
show = itemgetter('raise')
try:
    show(Weird())
except LookupError as e:
    print(type(e).__name__, e)
print(itemgetter('ok', 3)(Weird()))
print(type(itemgetter(1)).__call__(itemgetter(1), 'xy'))
