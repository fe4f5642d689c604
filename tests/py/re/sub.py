# sub / subn: templates, callables, count, empty matches.
import re


def show(label, f, *args, **kw):
    try:
        r = f(*args, **kw)
    except Exception as e:
        r = '%s: %s' % (type(e).__name__, e)
    print(label, repr(r))


s = 'John Smith, Jane Doe, Bob Stone'
print(re.sub(r'(\w+) (\w+)', r'\2 \1', s))
print(re.sub(r'(?P<first>\w+) (?P<last>\w+)', r'\g<last>, \g<first>', s))
print(re.sub(r'(\w+) (\w+)', r'\g<2>-\g<1>-\g<0>', s))
print(re.sub(r'(\w+)', r'<\1>', s, count=2))
print(re.subn(r'o', '0', s), re.subn(r'o', '0', s, 1), re.subn('z', 'y', s))
print(re.sub(r'\s+', ' ', '  lots   of\t\tspace \n here '))
print(re.sub('', '-', 'abc'), re.sub('x*', '-', 'abxd'), re.sub('x*', '-', 'xxx'), re.sub('a|', '-', 'bab'))
print(re.subn('(?=b)', '^', 'abab'), re.sub('$', '!', 'a\nb\n'), re.sub('(?m)$', '!', 'a\nb\n'))
print(re.sub(r'\d+', lambda m: str(int(m.group()) * 2), 'a1 b22 c333'))
print(re.sub(r'(\w)(\w*)', lambda m: m.group(1).upper() + m.group(2), 'hello big world'))
print(re.sub('a', lambda m: None, 'banana'), re.subn('a', lambda m: '', 'banana', 2))
print(re.sub('a', r'\n\t\\', 'xax'), re.sub('a', r'\.', 'xax'), re.sub('a', r'\0', 'xax'), re.sub('a', r'\101', 'xax'))
print(re.sub('(a)', r'\1\1', 'xax'), re.sub('(a)|b', r'[\1]', 'ab'), re.sub('(a)', r'\g<1>0', 'a'))
print(re.sub('a', 'x', 'aaa', count=-1), re.sub('a', 'x', 'aaa', 0))
for repl in [r'\2', r'\g<2>', r'\g<x>', r'\g<1x>', r'\g<-1>', r'\g', r'\g<', r'\g<1', r'\q', '\\', r'\400', r'\g<>', r'\11']:
    show('sub %r' % repl, re.sub, '(a)', repl, 'a')
print(re.sub(b'a+', b'-', b'baaac'), re.sub(rb'(a)', rb'\1\1', b'xa'), re.subn(b'x', lambda m: b'yy', b'axbx'))
print(re.sub('a', '\u20ac', 'banana'), re.sub('\u20ac', 'E', '5\u20ac'))
show('type mix', re.sub, 'a', 'b', b'abc')
show('type mix2', re.sub, b'a', b'b', 'abc')
show('bad string', re.sub, 'a', 'b', 5)
show('bad callable', re.sub, 'a', lambda m: 5, 'abc')
p = re.compile(r'(\d+)')
print(p.sub(r'[\1]', 'a1b23'), p.subn('#', 'a1b23'), p.sub(repl='x', string='a1', count=1))
m = re.match(r'(?P<a>\w+) (\w+)', 'hello world')
print(m.expand(r'\2 \1 \g<a> \g<0>'), m.expand('plain'), m.expand(r'\n'))
m = re.match(r'(a)|(b)', 'b')
print(repr(m.expand(r'[\1][\2]')))
show('expand bad', m.expand, r'\3')
