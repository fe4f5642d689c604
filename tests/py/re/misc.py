# escape, purge, caching, Pattern identity, types, Scanner.
import copy
import re

print(re.escape('a.b*c?d+e(f)g[h]i{j}k|l^m$n\\o p#q&r~s-t'), re.escape('abc_123'), re.escape('\t\n'))
print(re.escape('héllo wörld!'), re.escape(''), re.escape('/:;"\'@%=,<>'))
print(re.match(re.escape('1+1=2?'), '1+1=2?'))
p1 = re.compile('ab+')
p2 = re.compile('ab+')
print(p1 is p2, p1 == p2, p1 == re.compile('ab+', re.I), hash(p1) == hash(p2), p1 != p2)
re.purge()
p3 = re.compile('ab+')
print(p1 == p3, p1 == 'ab+', re.compile(p1) is p1)
print(copy.copy(p1) is p1, copy.deepcopy(p1) is p1)
m = p1.match('abb')
print(copy.copy(m) is m, copy.deepcopy(m) is m, bool(m))
print(type(p1), type(m), type(p1).__name__, type(m).__name__, re.Pattern, re.Match)
print(isinstance(p1, re.Pattern), isinstance(m, re.Match), re.Pattern[str], re.Match[bytes])
for cls in (re.Pattern, re.Match):
    try:
        cls()
    except TypeError as e:
        print('TypeError', e)
print(sorted(re.__all__))
print(re.error, issubclass(re.error, Exception))
print(p1.pattern, p1.flags, p1.groups, p1.groupindex)
try:
    re.compile('(?P<x>a)').groupindex['x'] = 1
except TypeError as e:
    print('TypeError', e)
s = re.Scanner([(r'\d+', lambda sc, t: ('NUM', int(t))), (r'[a-z]+', lambda sc, t: ('ID', t)),
                (r'\s+', None), (r'[+*=-]', lambda sc, t: ('OP', t))])
print(s.scan('x = 12 + y3 * 4 ?'))
print(re.compile(r'(?P<word>\w+)').sub(lambda m: m['word'][::-1], 'abc def'))
print(re.fullmatch(r'\d+(\.\d+)?', '3.14').group(1), re.fullmatch(r'\d+(\.\d+)?', '3.').__class__)
print(re.findall('[aeiou]', 'education'), re.sub('[aeiou]', '', 'education'))
print(re.search('(?P<year>\\d{4})-(?P<month>\\d\\d)', 'on 2023-07-15').groupdict())
it = re.finditer(r'(\w)(\d)', 'a1 b2 c3')
print([(m.group(1), m.start(2), m.lastindex) for m in it])
print(re.compile('x').search('axbx', pos=2), re.compile('x').match(string='x'))
