# RegexFlag values and reprs, Pattern reprs, inline flags, VERBOSE.
import re

print(repr(re.I), str(re.I), repr(re.I | re.M), re.I | re.M, repr(re.A | re.I), repr(re.I | 1024))
print(repr(re.RegexFlag(1024)), repr(re.NOFLAG), repr(re.I & re.M), repr(re.I ^ re.I), int(re.I | re.M))
print(re.I + 1, re.I == 2, re.IGNORECASE is re.I, re.M.value, re.I.name, (re.I | re.M).name, type(re.I).__name__)
print(f'{re.I}', format(re.S), '%d' % re.X, re.U, re.A, re.L, re.DOTALL, re.VERBOSE, re.MULTILINE, re.ASCII)
print(isinstance(re.I, int), re.I | re.M == 10, hash(re.I) == hash(2), repr(re.UNICODE | re.VERBOSE | re.ASCII))
for pat, fl in [('a', 0), ('a', re.I), ('(?i)a', 0), ('a', re.I | re.M | re.S | re.X), ('a', re.A), ('a', re.U),
                (b'a', 0), (b'a', re.I | re.L), (b'a', re.A), ('a', 1024), ('x' * 300, 0), ("it's", 0),
                ('a\nb', re.M), ('(?x) a b', 0), ('(?s:a).', 0), ('(?a)x', 0), ('(?u)x', 0), (b'(?L)x', 0)]:
    p = re.compile(pat, fl)
    print(repr(p), p.flags, type(p.flags).__name__)
verbose = re.compile(r'''
    (\d{3})   # area code
    [-\s]?    # separator
    (\d{4})   # number  [with a # in the comment]
    \ x       # escaped space
    [ ]y      # space in a class
''', re.VERBOSE)
print(verbose.match('555-1234 x y'), verbose.groups)
print(re.findall(r'(?x) \d+  # digits', 'a 12 b 345'), re.findall(r'(?x)[ #]', 'a #b'))
print(re.match(r'(?x)a(?-x: b)c', 'a bc'), re.match('(?x)a # comment\n b', 'ab'))
print(re.match('(?im)^abc$', 'x\nABC\n'), re.search('(?s)a.b', 'a\nb'), re.search('(?-s:.)', '\n', re.S))
print(re.findall('(?i:A)a', 'aa Aa aA AA'), re.findall('a(?i)', 'aA') if False else '')
print(re.findall(r'(?a:\w+)', 'héllo'), re.findall(r'\w+', 'héllo', re.ASCII))
print(re.compile('(?i)(?m)a').flags, re.compile('(?ims)a').flags, re.compile('(?x)(?i)a').flags)
print(re.template if False else 'no template')
