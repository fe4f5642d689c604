# itemgetter / attrgetter / methodcaller as keys for sorting, grouping, min/max.
from operator import itemgetter, attrgetter, methodcaller
from itertools import groupby

records = [
    {'name': 'ann', 'dept': 'eng', 'age': 31},
    {'name': 'bob', 'dept': 'ops', 'age': 25},
    {'name': 'cid', 'dept': 'eng', 'age': 25},
    {'name': 'dee', 'dept': 'ops', 'age': 40},
]
print([r['name'] for r in sorted(records, key=itemgetter('age'))])
print([r['name'] for r in sorted(records, key=itemgetter('dept', 'age'))])
print([r['name'] for r in sorted(records, key=itemgetter('age', 'name'), reverse=True)])
for dept, rows in groupby(sorted(records, key=itemgetter('dept')), key=itemgetter('dept')):
    print(dept, list(map(itemgetter('name'), rows)))
print(max(records, key=itemgetter('age'))['name'], min(records, key=itemgetter('name'))['name'])

class Emp:
    def __init__(self, name, boss=None):
        self.name = name
        self.boss = boss
    def title(self, prefix=''):
        return prefix + self.name.title()
    def __repr__(self):
        return self.name
root = Emp('zed')
staff = [Emp('mo', root), Emp('al', Emp('yu')), Emp('bo', root)]
print(sorted(staff, key=attrgetter('name')))
print(sorted(staff, key=attrgetter('boss.name', 'name')))
print(list(map(methodcaller('title', 'Dr. '), staff)))
print(sorted(['b', 'C', 'a'], key=methodcaller('lower')))
pairs = [(1, 'b'), (0, 'c'), (1, 'a'), (0, 'a')]
print(sorted(pairs, key=itemgetter(1, 0)), sorted(pairs, key=itemgetter(0)))
print(sorted(enumerate('cab'), key=itemgetter(1)))
d = {'x': 3, 'y': 1, 'z': 2}
print(sorted(d.items(), key=itemgetter(1)), max(d.items(), key=itemgetter(1))[0])
big = [(i % 7, -i) for i in range(50)]
print(sorted(big, key=itemgetter(0, 1))[:5], sorted(big, key=itemgetter(0))[:5])
