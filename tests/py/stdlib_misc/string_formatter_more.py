# string.Formatter: parse() corner cases, field-name splitting, recursion limit, subclass hooks.
from string import Formatter

def trap(f):
    try:
        r = f()
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
    else:
        print(repr(r))

fmt = Formatter()
for s in ('a', '{0}', '{0:}', '{0!r:}', '{:}', '{!r}', '{a.b[c].d}', '{a[1:2]}', '{0:{1}{2}}',
          'x{{}}y', '{{{0}}}', '{0}}}', '}}', '{{', '{:{{}}}', '{0[]]}', '{ }', '{0!r:>{w}}'):
    trap(lambda: list(fmt.parse(s)))
for s in ('{', '}', 'a}b', '{0', '{0!', '{0!r', '{0!rx}', '{a{b}', '{0:{1}', 'x{'):
    trap(lambda: list(fmt.parse(s)))
trap(lambda: fmt.format('{0:{1:{2:{3}}}}', 1, 2, 3, 4))
trap(lambda: fmt.format('{0:{1:{2}}}', 'x', 3, ''))
print(fmt.format('{0:{1}}', 'x', 3))
trap(lambda: fmt.format('{0[1]}', 'ab'))
trap(lambda: fmt.format('{0[5]}', 'ab'))
trap(lambda: fmt.format('{0.upper}', 'ab').startswith('<built-in method upper'))
print(fmt.format('{0[key]}', {'key': 'v'}), fmt.format('{0[-1]}', {'-1': 'neg'}), fmt.format('{x[0][1]}', x=['ab']))
print(fmt.format('{!s}{!r}{!a}', 'é', 'é', 'é'))
print(fmt.format('{0:%}', 0.25), fmt.format('{0:b}', 5), fmt.format('{0:e}', 12345.678), fmt.format('{:x<4d}', 7))
print(fmt.vformat('{a}{b}', (), {'a': 1, 'b': 2}), fmt.vformat('{}', [5], {}))
trap(lambda: fmt.vformat('{}', (), {}))
trap(lambda: fmt.format('{0}'))
class Lookup(Formatter):
    def __init__(self, ns):
        self.ns = ns
    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return self.ns.get(key, f'?{key}?')
    def convert_field(self, value, conversion):
        if conversion == 'u':
            return str(value).upper()
        return super().convert_field(value, conversion)
lk = Lookup({'user': 'sam'})
print(lk.format('{user!u} {missing} {0}', 'pos'))
trap(lambda: lk.format('{user!z}'))
class Parse(Formatter):
    def parse(self, s):
        if s != 'ignored':
            return super().parse(s)
        return [('<', 'x', '', None), ('>', None, None, None)]
print(Parse().format('ignored', x=5))
