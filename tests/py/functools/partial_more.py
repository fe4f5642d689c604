# partial in practice: callbacks, sorting, nesting, keyword overrides and introspection.
from functools import partial, reduce
import operator

base2 = partial(int, base=2)
base2.__doc__ = 'Convert base 2 string to an int.'
print(base2('10010'), base2.__doc__, base2('11', base=10))
inc = partial(operator.add, 1)
print(list(map(inc, range(5))))
print(reduce(partial(operator.mul), [1, 2, 3, 4]))
print(sorted(['b', 'A', 'c'], key=partial(str.lower)))
def tag(name, content, cls=None, **attrs):
    attrs_s = ''.join(' %s="%s"' % kv for kv in sorted(attrs.items()))
    return '<%s%s%s>%s</%s>' % (name, ' class="%s"' % cls if cls else '', attrs_s, content, name)
p = partial(tag, 'p')
print(p('hello'), p('x', cls='big'), p('y', id=3))
div = partial(tag, 'div', cls='box')
print(div('in'), div('in', cls='other'), partial(div, 'fixed')(), repr(partial(div, 'x').args))
print(partial(partial(partial(tag, 'b'), 'c'), id=1)())
calls = []
cb = partial(calls.append)
for i in range(3):
    cb(i)
print(calls)
adders = [partial(operator.add, n) for n in range(3)]
print([a(10) for a in adders])
try:
    partial(tag)()
except TypeError as e:
    print('TypeError', e)
try:
    partial(tag, 'a', 'b', 'c', 'd')()
except TypeError as e:
    print('TypeError', e)
print(partial(print, end='!\n')('printed', 'line'))
print(callable(partial(len)), partial(len)([1, 2]))
pp = partial(dict, a=1)
d1 = pp()
d1['b'] = 2
print(pp(), d1, pp(a=5))
