# namedtuple in practice: sorting, grouping, _replace loops, _asdict, conversion, pattern matching-free unpacking.
from collections import namedtuple, defaultdict, Counter

Emp = namedtuple('Emp', 'name dept salary', defaults=[0])
staff = [Emp('ann', 'eng', 120), Emp('bob', 'ops', 90), Emp('cid', 'eng', 100), Emp('dee', 'ops')]
print(sorted(staff, key=lambda e: (e.dept, -e.salary)))
by_dept = defaultdict(list)
for e in staff:
    by_dept[e.dept].append(e.name)
print(dict(by_dept))
print(Counter(e.dept for e in staff), sum(e.salary for e in staff))
raised = [e._replace(salary=e.salary * 2) for e in staff]
print(raised[0], staff[0], raised[3])
print([e._asdict() for e in staff[:2]])
print(Emp._make(['eve', 'hr', 70]), Emp(*['fay', 'hr']), Emp(**{'name': 'gus', 'dept': 'it'}))
print(max(staff, key=lambda e: e.salary).name, min(staff).name, sorted(staff)[-1].name)
name, dept, sal = staff[1]; print(name, dept, sal)
for name, _, salary in staff:
    print(name, salary, end='; ')
print()
print(Emp._fields + ('bonus',), Emp._field_defaults)
Bonus = namedtuple('Bonus', Emp._fields + ('bonus',))
print(Bonus(*staff[0], 5))
Color = namedtuple('Color', 'red green blue')
c = Color(255, 128, 0)
print(f'#{c.red:02x}{c.green:02x}{c.blue:02x}', '%s-%s-%s' % c, '{}/{}/{}'.format(*c))
print(c == (255, 128, 0), c in {(255, 128, 0)}, list(map(lambda v: v // 2, c)))
print(isinstance(c, tuple), len(c), c[1:], c.index(0), c.count(255), hash(c) == hash(tuple(c)))
Pair = namedtuple('Pair', 'a b')
pairs = [Pair(i, i * i) for i in range(5)]
print(pairs[2], [p.b for p in pairs if p.a % 2], dict(pairs))
print(list(zip(*pairs)))
print(str(Pair(1, 'x')), repr(Pair(None, [Pair(1, 2)])), f'{Pair(1, 2)!r}', f'{Pair(3, 4)}')
