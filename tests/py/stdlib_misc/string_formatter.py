# string.Formatter: format/vformat, fields, conversions, nested specs, parse, errors, subclasses.
from string import Formatter

def trap(f):
    try:
        r = f()
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
    else:
        print(repr(r))

fmt = Formatter()
print(fmt.format('{} + {} = {}', 1, 2, 3))
print(fmt.format('{0}{1}{0}', 'a', 'b'), fmt.format('{x} {y!r} {z!s:>5}', x=1, y='q', z='r'))
print(fmt.format('{0:{1}}|{2:>{w}.{p}f}', 'ab', 5, 3.14159, w=8, p=2))
print(fmt.format('{a[0]} {a[1][k]} {b.real} {b.imag}', a=[1, {'k': 'v'}], b=3 + 4j))
print(fmt.format('{{literal}} {0!a}', 'é'), fmt.format(''), fmt.format('plain'))
print(fmt.format('{:*^11}', 'mid'), fmt.format('{:,}', 1234567), fmt.format('{0[2]}', 'xyz'))
print(fmt.vformat('{0}-{name}', ('pos',), {'name': 'kw'}))
trap(lambda: fmt.format('{0} {}', 1, 2))
trap(lambda: fmt.format('{} {0}', 1, 2))
trap(lambda: fmt.format('{'))
trap(lambda: fmt.format('}'))
trap(lambda: fmt.format('{0'))
trap(lambda: fmt.format('{0!x}', 1))
trap(lambda: fmt.format('{0!r', 1))
trap(lambda: fmt.format('{0!rr}', 1))
trap(lambda: fmt.format('{1}', 0))
trap(lambda: fmt.format('{x}'))
trap(lambda: fmt.format('{0.}', 1))
trap(lambda: fmt.format('{0[}', 1))
trap(lambda: fmt.format('{0[0]x}', [1]))
trap(lambda: fmt.format('{0.nope}', 1))
trap(lambda: fmt.format('{:{:{}}}', 1, 2, 3))
trap(lambda: fmt.format('{:d}', 'x'))
trap(lambda: fmt.format('{a{b}}'))
print(list(fmt.parse('a{0}b{1:>3}c{x!r}d{{e}}f')))
print(list(fmt.parse('{}')), list(fmt.parse('x{!s}')), list(fmt.parse('{a[:]!r:^{w}}')))
print(list(fmt.parse('}}{{')), list(fmt.parse('')), list(fmt.parse('tail')))
print(fmt.get_field('0.real', (5,), {}), fmt.get_field('k[1]', (), {'k': 'ab'}))
print(fmt.get_value(0, ('a',), {}), fmt.get_value('n', (), {'n': 1}))
print(fmt.convert_field('x', None), fmt.convert_field('x', 'r'), fmt.convert_field('é', 'a'), fmt.convert_field(1, 's'))
print(fmt.format_field(3.5, '08.3f'))
class Upper(Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()
    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return '<' + key + '>'
        return super().get_value(key, args, kwargs)
print(Upper().format('{0} {missing} {x:>4}', 'abc', x='q'))
class Strict(Formatter):
    def check_unused_args(self, used, args, kwargs):
        unused = set(range(len(args))) | set(kwargs)
        unused -= used
        if unused:
            raise ValueError('unused: ' + ', '.join(sorted(map(str, unused))))
trap(lambda: Strict().format('{0}', 1, 2, x=3))
print(Strict().format('{0}{x}', 1, x=2))
