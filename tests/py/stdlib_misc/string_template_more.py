# string.Template: multi-line error positions, unicode, repeated names, attribute-ish text, non-str values.
from string import Template

def trap(f):
    try:
        r = f()
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
    else:
        print(repr(r))

trap(lambda: Template('line one\nline two $\nthree').substitute())
trap(lambda: Template('\n\n$').substitute())
trap(lambda: Template('abc\n$5').substitute())
trap(lambda: Template('a\r\nb $!').substitute())
trap(lambda: Template('ok $a\n${b\n').substitute(a=1, b=2))
print(Template('ünïcode $name €').substitute(name='é'))
print(Template('$é').safe_substitute(é=1), Template('${é}').safe_substitute())
print(Template('$a$a$a').substitute(a='x'), Template('$a${a}$$a').substitute(a=0))
print(Template('$obj.attr and $list[0]').substitute(obj='O', list='L'))
print(Template('$n items at $$${price}').substitute(n=3, price=1.5))
print(Template('${a}${b}').substitute(a=[1], b={'k': 2}))
print(Template('$a').substitute(a=Template('$inner')).startswith('<string.Template object'))
t = Template('$x')
t.template = '$y!'
print(t.substitute(y='changed'))
print(Template('$$').substitute(), Template('$$$$').safe_substitute(), Template('$$x').substitute())
print(Template('100%').substitute(), Template('${x}${y}').get_identifiers(), Template('').get_identifiers())
kw = {'mapping': 'weird'}
print(Template('$mapping').substitute(**kw), Template('$self').substitute(self='s'))
trap(lambda: Template('$a').substitute({'a': 1}, {'b': 2}))
class Brace(Template):
    delimiter = '#'
print(Brace('#{x} #y ## #').safe_substitute(x=1, y=2))
trap(lambda: Brace('#{x} #').substitute(x=1))
print(Brace('#x').is_valid(), Brace('# x').is_valid(), Brace('#x #').get_identifiers())
