# Groups: capturing, non-capturing, named, group()/groups()/groupdict()/span/lastindex...
import re


def show(label, f, *args):
    try:
        r = f(*args)
    except Exception as e:
        r = '%s: %s' % (type(e).__name__, e)
    print(label, repr(r))


m = re.match(r'(\w+) (?P<last>\w+)(?: (\d+))?(x)?', 'Isaac Newton 1643 rest')
print(m)
print(m.group(), m.group(0), m.group(1), m.group(2, 1), m.group('last'), m.group(3), m.group(4))
print(m.groups(), m.groups('-'), m.groupdict(), m.groupdict(0))
print(m.span(), m.span(1), m.start(2), m.end(2), m.span(4), m.start(4), m.end('last'))
print(m[0], m[1], m['last'], m[4], m.lastindex, m.lastgroup, m.regs)
for g in [5, -1, 'nope', 1.0, None, True]:
    show('group %r' % (g,), m.group, g)
    show('start %r' % (g,), m.start, g)
    show('getitem %r' % (g,), m.__getitem__, g)
p = re.compile(r'(?P<a>x)(?P<b>y)?(z)')
print(p.groups, p.groupindex, dict(p.groupindex), type(p.groupindex).__name__)
print(p.pattern, p.flags)
for s in ['xz', 'xyz', 'q']:
    m = p.search(s)
    if m:
        print(s, m.groups(), m.groupdict(), m.lastindex, m.lastgroup)
# lastindex semantics
for pat, s in [('(a)b', 'ab'), ('((a)b)', 'ab'), ('(a)(b)?', 'a'), ('(a)|(b)', 'b'), ('(a(b))', 'ab'),
               ('(?:(a)|b)+', 'ab'), ('(a|b)*', 'abab'), ('(a)*', 'aaa'), ('x', 'x'), ('(?P<n>a)(?P<m>b)', 'ab'),
               ('(?:(a)|(b))*', 'ab'), ('(a*)*', 'aa'), ('(a*)+', 'b'), ('(a|b)*?c', 'abc'),
               ('(a)(?:(b)|c)', 'ac')]:
    m = re.match(pat, s)
    print(pat, s, m.groups(), m.lastindex, m.lastgroup, m.span())
m = re.match('(?P<first>a)(?P<second>b)?', 'a')
print(m.groupdict(), m.groupdict('X'), m.groups('Y'), m.group('second'))
print(re.match('()', '').groups(), re.match('(a)|b', 'b').groups(), re.match('(a)|b', 'b').span(1))
# group name errors
for pat in ['(?P<1a>x)', '(?P<a>x)(?P<a>y)', '(?P<>x)', '(?P<a', '(?P=b)', '(?P=a)(?P<a>x)',
            '(?P<a>(?P=a))', '(?Px)', '(?P', '(?', '(?z)', '(?<x)', '(?<']:
    show('compile %r' % pat, re.compile, pat)
