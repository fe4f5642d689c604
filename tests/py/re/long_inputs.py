# Long subjects: no C stack overflow, linear-time simple repeats.
import re

s = 'ab' * 100000
m = re.match('(a|b)*', s)
print(m.span(), m.group(1))
print(re.match('(?:a|b)*c', s))
print(len(re.match('.*', 'x' * 1000000).group()))
print(re.fullmatch('(ab)+', s).span(), re.fullmatch('(?:ab)+?', s).span())
print(re.match(r'(\w)*', 'z' * 50000).group(1))
print(len(re.findall('a', s)), len(re.split('b', s)), re.subn('a', '', s)[1])
print(re.search('x', 'y' * 500000 + 'x').span())
print(re.search(r'\d{3}-\d{4}', 'a' * 200000 + ' 555-1234').group())
big = ('word ' * 50000).strip()
print(len(big.split()), len(re.findall(r'\w+', big)), re.sub(r'\s+', '', big)[:20])
print(re.match('(a*)*b', 'a' * 12), re.match('(?:a+)+$', 'a' * 40000).span())
print(re.match('((a)|b)+', 'ab' * 30000).groups())
print(re.match(r'(?:(\w+)\s*)*', 'hello ' * 20000).group(1))
print(re.search('(?<=a)b', 'a' * 100000 + 'b').span())
print(re.match('(x)(?:y\\1)*', 'x' + 'yx' * 30000).end())
print(re.match('.*?z', 'a' * 200000 + 'z').end(), re.match('(?:.)*?z', 'a' * 100000 + 'z').end())
print(re.match('[a-z]*+x', 'a' * 100000), re.match('(?>a*)a', 'a' * 100000))
u = '\u20ac' * 100000 + 'x'
print(re.search('x', u).span(), len(re.findall('\u20ac+', u)[0]), re.match('\\W*', u).end())
