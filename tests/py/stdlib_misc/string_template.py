# string.Template: substitute, safe_substitute, errors, get_identifiers, is_valid, subclasses.
from string import Template

def trap(f):
    try:
        r = f()
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
    else:
        print(repr(r))

t = Template('$who likes ${what}! $$5 cost')
print(t.template, t.substitute(who='tim', what='kung pao'))
print(t.substitute({'who': 'ann', 'what': 1}))
print(t.substitute({'who': 'ann', 'what': 1}, who='bob'))
print(t.safe_substitute(who='x'))
print(t.safe_substitute())
print(t.get_identifiers(), t.is_valid())
trap(lambda: t.substitute(who='tim'))
trap(lambda: t.substitute())
trap(lambda: Template('$').substitute())
trap(lambda: Template('abc $').substitute())
trap(lambda: Template('a\nb\n  $1').substitute())
trap(lambda: Template('${').substitute())
trap(lambda: Template('${x').substitute(x=1))
trap(lambda: Template('${ x}').substitute(x=1))
trap(lambda: Template('${}').substitute())
trap(lambda: Template('$ x').substitute(x=1))
trap(lambda: Template('ok $x and $').substitute(x=1))
print(Template('$').safe_substitute(), Template('a $ b ${ c $1').safe_substitute())
print(Template('$x$y${z}w').substitute(x=1, y=2, z=3))
print(Template('$x_y $x.y $xé').safe_substitute(x='X', x_y='XY'))
print(Template('$X $x').substitute(X='up', x='low'))
print(Template('$_under $a1 $1a').safe_substitute(_under='u', a1='A'))
print(Template('${a}b ${a}').substitute(a='A'), Template('$$$a $$$$').substitute(a='!'))
print(Template('x').substitute(), Template('').substitute(), Template('$a').substitute(a=None))
print(Template('$a $b').safe_substitute({'a': [1]}, b=(2,)))
print(Template('$a $b $a ${b} $c').get_identifiers(), Template('$a $').get_identifiers())
print(Template('$a $').is_valid(), Template('$$').is_valid(), Template('${1}').is_valid())
print(Template.delimiter, Template.idpattern, Template.braceidpattern)
class Pct(Template):
    delimiter = '%'
p = Pct('%who owes %{amt} and 100%% of %%x')
print(p.substitute(who='me', amt=5), p.get_identifiers())
trap(lambda: Pct('50% off').substitute())
print(Pct('50% off').safe_substitute())
class Multi(Template):
    delimiter = '<<'
print(Multi('<<a and <<<<b <<{c}').substitute(a=1, c=3))
class Mapping:
    def __getitem__(self, k):
        if k == 'k':
            return 'K'
        raise KeyError(k)
print(Template('$k').substitute(Mapping()), Template('$k $j').safe_substitute(Mapping()))
trap(lambda: Template('$j').substitute(Mapping()))
trap(lambda: Template('$a').substitute({}, {}))
