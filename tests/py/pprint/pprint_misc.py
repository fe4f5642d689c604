import pprint, io

class LongRepr:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return 'LongRepr(' + ', '.join(str(i) for i in range(self.n)) + ')'

class MyInt(int):
    pass

class ReprInt(int):
    def __repr__(self):
        return 'ReprInt(%d)' % int(self)

data = [LongRepr(40), range(1000), 3.141592653589793, -0.0, float('inf'), 1e300, 2 ** 100, MyInt(7), ReprInt(5),
        None, ..., NotImplemented, int, len, 'x']
print(pprint.pformat(data, width=40))
print(pprint.pformat(data, width=40, underscore_numbers=True))
print(pprint.pformat([MyInt(1234567), ReprInt(1234567), True, 10 ** 8], underscore_numbers=True))
print(pprint.isreadable([MyInt(3)]), pprint.isreadable([ReprInt(3)]), pprint.isreadable(range(3)), pprint.isreadable(...))
print(pprint.pformat({'a' * 30: {'b' * 30: {'c' * 30: ['d' * 10] * 3}}}))
print(pprint.pformat({'k': (1,)}, width=1), pprint.pformat(((1, 2),), width=5))
print(pprint.pformat([('a', 1), ('bb', 22), ('ccc', 333)] * 3, width=25, compact=True))
print(pprint.pformat([['x'] * 10] * 3, width=30, compact=True))
print(pprint.pformat([[['x'] * 10] * 2] * 2, width=30, compact=True, indent=2))
print(pprint.pformat({'key': list(range(40))}, width=50, compact=True))
print(pprint.pformat([list(range(12)), 'short', {'a': list(range(12))}], width=20, compact=True))
print(pprint.pformat((list(range(12)), 'y' * 25), width=20, compact=True))
print(pprint.pformat({1: {2: {3: {4: {5: 6}}}}}, depth=3, width=5))
print(pprint.pformat([1, [2, [3, [4]]]], depth=2, width=5))
print(pprint.pformat({(1, 2): 'tuple key', (0, 5): 'other'}, width=20))
print(pprint.pformat({frozenset({1}): 1}, width=10))
print(pprint.pformat([{'z': 1, 'a': 2}, {3: 'c', 1: 'a'}], sort_dicts=False, width=10))
p = pprint.PrettyPrinter(indent=4, width=41, depth=5, compact=True, sort_dicts=False, underscore_numbers=True)
print(p.pformat({'zz': [10000 * i for i in range(12)], 'aa': {'n': 123456}}))
print(p._indent_per_level, p._width, p._depth, p._compact, p._sort_dicts, p._underscore_numbers)
out = io.StringIO()
p2 = pprint.PrettyPrinter(stream=out, width=12)
p2.pprint([1, 2, 3, 4, 5])
p2.pprint('tiny')
print(repr(out.getvalue()))
class Sub(pprint.PrettyPrinter):
    _dispatch = dict(pprint.PrettyPrinter._dispatch)
    def _pprint_custom(self, object, stream, indent, allowance, context, level):
        stream.write('<custom %d items>' % object.n)
    _dispatch[LongRepr.__repr__] = _pprint_custom
print(Sub(width=20).pformat([LongRepr(3), LongRepr(30)]))
print(pprint.pformat(LongRepr(100), width=10) == repr(LongRepr(100)))
print(pprint.saferepr({'b': [1, 2], 'a': (3,)}), pprint.saferepr(LongRepr(2)))
