import pprint

data = {
    'name': 'slotpy', 'version': (3, 11, 7), 'tags': ['interpreter', 'python', 'c++20', 'gc'],
    'nested': {'a': [1, 2, 3, {'deep': list(range(30))}], 'b': {'x': {'y': {'z': 'end'}}}},
    'empty': {}, 'elist': [], 'etuple': (), 'one': (1,), 'set': {3, 1, 2}, 'fs': frozenset({10, 20}),
    'none': None, 'flt': 1.5, 'cplx': 1 + 2j, 'big': 10 ** 30, 'neg': -7, 'bool': True,
}
pprint.pprint(data)
for w in (1, 20, 40, 60, 100, 200):
    print('--- width', w)
    print(pprint.pformat(data, width=w))
for ind in (0, 2, 4):
    print('--- indent', ind)
    print(pprint.pformat(data, indent=ind, width=50))
for d in (1, 2, 3):
    print('--- depth', d)
    print(pprint.pformat(data, depth=d, width=60))
print(pprint.pformat(list(range(50)), width=40))
print(pprint.pformat(list(range(50)), width=40, compact=True))
print(pprint.pformat([[1, 2, 3] * 5, 'x' * 20, [4] * 30, (5,) * 12], width=30, compact=True))
print(pprint.pformat([[1, 2, 3] * 5, 'x' * 20, [4] * 30, (5,) * 12], width=30, compact=True, indent=3))
print(pprint.pformat(tuple(range(25)), width=20))
print(pprint.pformat((list(range(25)),), width=20))
print(pprint.pformat([(list(range(25)),)], width=20))
print(pprint.pformat(set(range(40)), width=30))
print(pprint.pformat(frozenset(range(40)), width=30))
print(pprint.pformat({i: {j: j * i for j in range(6)} for i in range(5)}, width=40))
print(pprint.pformat({'k': 12345678901234567890, 'm': [10 ** 12] * 3}, underscore_numbers=True, width=40))
print(pprint.pformat(12345678, underscore_numbers=True), pprint.pformat(-12345678, underscore_numbers=True))
print(pprint.pformat(True, underscore_numbers=True), pprint.pformat(1.5e10, underscore_numbers=True))
d = {'zeta': 1, 'alpha': 2, 'mid': [3, 4]}
print(pprint.pformat(d, sort_dicts=False), pprint.pformat(d))
pprint.pp(d)
pprint.pp(d, width=10)
pprint.pp(d, sort_dicts=True, width=10)
mixed = {1: 'a', 'b': 2, (1, 2): 3}
print(pprint.pformat({3: 1, 1: 2, 2: 3}), pprint.pformat({(2, 'a'): 1, (1, 'b'): 2}))
print(pprint.pformat([[[[[[1, 2]]]]]], depth=3))
print(pprint.pformat(((((((1,),),),),),), depth=2))
print(pprint.pformat([{}, [], (), set(), frozenset()], width=5))
