import pprint, re, io

def noid(s):
    return re.sub(r'id=\d+', 'id=N', s)

a = [1, 2]
a.append(a)
d = {'self': None, 'list': a}
d['self'] = d
t = (a, d)
print(noid(pprint.saferepr(a)), noid(pprint.saferepr(d)), noid(pprint.saferepr(t)))
print(noid(pprint.pformat(a)))
print(noid(pprint.pformat(d)))
print(noid(pprint.pformat(d, width=20)))
print(noid(pprint.pformat(t, width=30)))
print(pprint.isrecursive(a), pprint.isrecursive(d), pprint.isrecursive([1, [2]]), pprint.isrecursive(t))
print(pprint.isreadable(a), pprint.isreadable([1, 'x', (2.5,)]), pprint.isreadable(object()))
print(pprint.isreadable({1: len}), pprint.isreadable({1: 2}), pprint.isreadable(None), pprint.isreadable(''))
shared = [1, 2]
print(pprint.saferepr([shared, shared]), pprint.isrecursive([shared, shared]))
print(pprint.saferepr({'b': 1, 'a': 2}), pprint.saferepr([{'b': 1, 'a': 2}]))
print(pprint.saferepr('x' * 5), pprint.saferepr(b'y'), pprint.saferepr(1.25), pprint.saferepr(True))
p = pprint.PrettyPrinter(depth=2)
print(p.pformat([[[1]], {'a': {'b': 1}}]), p.isreadable([[[1]]]), p.isrecursive(a))
print(p.isreadable([[1]]), p.isreadable([1]))
print(pprint.PrettyPrinter().isreadable(a), pprint.PrettyPrinter().isrecursive(a))
print(p.format([1, [2, [3]]], {}, 0, 0), p.format({'a': [1]}, {}, 1, 0), p.format((1,), {}, 1, 1))
b = []
b.append(b)
b.append(b)
print(noid(pprint.pformat(b)), noid(pprint.pformat([b, b], width=10)))
for bad in [dict(indent=-1), dict(depth=0), dict(depth=-2), dict(width=0)]:
    try:
        pprint.PrettyPrinter(**bad)
    except ValueError as e:
        print('ValueError', e)
try:
    pprint.pformat([1], indent='x')
except ValueError as e:
    print('ValueError', e)
print(pprint.pformat([1, 2, 3], indent='2', width='5'))
s = io.StringIO()
pprint.pprint({'x': [1, 2]}, stream=s, width=8)
pprint.pprint('abc', s)
print(repr(s.getvalue()))
pr = pprint.PrettyPrinter(stream=s, indent=2, width=10)
pr.pprint(list(range(5)))
print(repr(s.getvalue()))
class Upper(pprint.PrettyPrinter):
    def format(self, object, context, maxlevels, level):
        if isinstance(object, str):
            return repr(object.upper()), True, False
        return super().format(object, context, maxlevels, level)
print(Upper(width=20).pformat({'a': ['b', 'c' * 10], 'd': 'eee'}))
class Unorderable:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return 'U%d' % self.n
print(pprint.pformat({1: 'int', 'x': 'str'}) in ("{1: 'int', 'x': 'str'}",))
print(pprint.pformat({None: 1}), pprint.pformat([None, 2.5]))
print(sorted(pprint.__all__))
pprint.pprint(None)
pprint.pprint([1, 2], width=3)
pprint.pp([3, 4], width=3)
