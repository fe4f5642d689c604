# copy.deepcopy of mixed nested structures: independence after mutation, key copying, tuples.
import copy

config = {'name': 'svc', 'ports': [80, 443], 'env': {'DEBUG': False, 'paths': ['/a', '/b']},
          'tags': ('x', ['y']), 'limits': {(1, 2): [3]}}
clone = copy.deepcopy(config)
clone['ports'].append(8080)
clone['env']['paths'][0] = '/changed'
clone['tags'][1].append('z')
clone['limits'][(1, 2)].append(4)
print(config)
print(clone)
print(clone == config, clone['tags'] is config['tags'], clone['name'] is config['name'])
shallow = copy.copy(config)
shallow['ports'].append(1)
print(config['ports'], shallow is config, shallow['env'] is config['env'])
matrix = [[0] * 3 for _ in range(3)]
m2 = copy.deepcopy(matrix); m2[0][0] = 9
print(matrix, m2)
alias = [[1, 2]] * 3
a2 = copy.deepcopy(alias)
a2[0].append(3)
print(a2, a2[0] is a2[1])
class Box:
    def __init__(self, items):
        self.items = items
    def __repr__(self):
        return f'Box({self.items!r})'
b = Box([Box([1]), Box([2])])
b2 = copy.deepcopy(b)
b2.items[0].items.append(99)
print(b, b2)
t = (1, (2, (3, [4])))
t2 = copy.deepcopy(t)
t2[1][1][1].append(5)
print(t, t2, t2[1][1][0] is t[1][1][0])
keys = {frozenset([1]): 'fs', (1, 2): 'tup'}
k2 = copy.deepcopy(keys)
print(k2, k2 == keys)
