# Basic matching: literals, ., anchors, match/search/fullmatch, pos/endpos.
import re


def show(label, f, *args, **kw):
    try:
        r = f(*args, **kw)
    except Exception as e:
        r = '%s: %s' % (type(e).__name__, e)
    print(label, repr(r))


for pat, s in [('abc', 'abc'), ('abc', 'xabc'), ('a.c', 'abc'), ('a.c', 'a\nc'), ('^abc$', 'abc'),
               ('^abc$', 'abc\n'), ('^abc$', 'abc\n\n'), ('', ''), ('', 'x'), ('a', ''),
               ('x*', 'xxxy'), ('colou?r', 'color'), ('colou?r', 'colour'), ('a{3}', 'aaaa'),
               ('a{2,3}', 'aaaa'), ('a{,2}', 'aaaa'), ('a{2,}', 'aaaaa'), ('a{}', 'a{}'),
               ('a{x}', 'a{x}'), ('a{1,x}', 'a{1,x}'), ('a{', 'a{'), ('\\.', '.'), ('\\\\', '\\')]:
    show('match %r %r' % (pat, s), re.match, pat, s)
    show('search %r %r' % (pat, s), re.search, pat, s)
    show('fullmatch %r %r' % (pat, s), re.fullmatch, pat, s)

p = re.compile('b+')
for args in [('abbbc',), ('abbbc', 1), ('abbbc', 2), ('abbbc', 1, 3), ('abbbc', 5), ('abbbc', -5),
             ('abbbc', 0, 100), ('abbbc', 3, 1), ('abbbc', 1, -1)]:
    show('search%r' % (args,), p.search, *args)
    show('match%r' % (args,), p.match, *args)
    show('fullmatch%r' % (args,), p.fullmatch, *args)
m = p.search('abbbc', 1, 3)
print(m.pos, m.endpos, m.string, m.re)
m = p.search('abbbc', -4, 99)
print(m.pos, m.endpos)
# ^ with pos: the real start of the string only
print(re.compile('^a').search('ba', 1))
print(re.compile('^a', re.M).search('b\na', 1))
print(re.compile('$').search('ab', 0, 1))
print(re.compile('a$').search('ab', 0, 1))
# \A and \Z
print(re.search(r'\Aab', 'ab'), re.search(r'\Aab', 'cab'), re.search(r'ab\Z', 'ab\n'), re.search(r'ab$', 'ab\n'))
# dot and DOTALL
print(re.findall('.', 'a\nb'), re.findall('.', 'a\nb', re.S), re.findall('(?s).', 'a\nb'))
# multiline
text = 'one\ntwo\nthree\n'
print(re.findall('^\\w+', text), re.findall('^\\w+', text, re.M), re.findall('\\w+$', text),
      re.findall('\\w+$', text, re.M), re.findall('(?m)^$', 'a\n\nb\n'))
print(re.findall('$', 'a\nb\n'), re.findall('(?m)$', 'a\nb\n'))
print(bool(re.match('a', 'a')), re.match('a', 'b') is None)
