# Lookahead, lookbehind, conditionals, atomic groups and possessive quantifiers.
import re

for pat, s in [(r'foo(?=bar)', 'foobaz foobar'), (r'foo(?!bar)', 'foobar foobaz'), (r'(?<=\$)\d+', 'cost $42 or 7'),
               (r'(?<!\$)\b\d+', 'cost $42 or 7'), (r'(?<=ab|cd)x', 'abx cdx efx'), (r'(?<=(a))b', 'ab'),
               (r'(?=(\w+))\w', 'abc'), (r'(?!(a))\w', 'ab'), (r'\w+(?<!s)\b', 'cats dog birds fox'),
               (r'q(?=u)', 'quit qat'), (r'(?<![a-z])\d', 'a1 2 b3'),
               (r'x(?=y)(?=yz)', 'xy xyz'), (r'(?<=\bthe )\w+', 'the cat and the dog'), (r'(?<=a{2})b', 'aab ab'),
               (r'(?<=\d{3})-', '123-45-'), (r'(?<=(?:ab){2})c', 'ababc abc')]:
    print(pat, repr(s), re.findall(pat, s), [m.span() for m in re.finditer(pat, s)])
m = re.search(r'(?=(a+))a*b\1', 'baaabac')
print(m, m.groups())
m = re.match(r'(?!(a)b)\w+', 'ac')
print(m, m.groups())
# conditionals
for pat, s in [(r'(<)?(\w+@\w+(?:\.\w+)+)(?(1)>|$)', '<user@host.com>'),
               (r'(<)?(\w+@\w+(?:\.\w+)+)(?(1)>|$)', 'user@host.com'),
               (r'(<)?(\w+@\w+(?:\.\w+)+)(?(1)>|$)', '<user@host.com'),
               (r'(?P<q>")?\w+(?(q)")', '"quoted"'), (r'(?P<q>")?\w+(?(q)")', 'bare'),
               (r'(a)?(?(1)b)c', 'abc'), (r'(a)?(?(1)b)c', 'c'), (r'(a)?(?(1)b|d)c', 'dc')]:
    m = re.match(pat, s)
    print(pat, repr(s), m and m.group(), m and m.groups())
# atomic and possessive
for pat, s in [(r'(?>a+)b', 'aaab'), (r'(?>a+)a', 'aaa'), (r'a++b', 'aab'), (r'a++a', 'aa'), (r'a*+', 'aaa'),
               (r'a?+a', 'a'), (r'a{1,2}+a', 'aaa'), (r'(?:ab)++c', 'ababc'), (r'(?:ab)*+ab', 'abab'),
               (r'(?>(a)|ab)c', 'abc'), (r'(?>x|xy)z', 'xyz'), (r'(?>(\w+))\s', 'hey you'),
               (r'"(?>[^"\\]+|\\.)*"', '"a\\"b" x'), (r'[a-z]*+\d', 'abc1'), (r'.*+x', 'abcx')]:
    m = re.match(pat, s)
    print(pat, repr(s), m and m.group(), m and m.groups())
print(re.sub(r'(?<=\d)(?=(\d{3})+$)', ',', '1234567'))
print(re.findall(r'(?<=-)\w+', 'a-b-cd'), re.split(r'(?<=[.!?]) ', 'Hi. How are you? Fine!'))
