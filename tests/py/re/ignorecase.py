# IGNORECASE (simple case folding) for str and bytes, ASCII mode.
import re

for pat, s in [('abc', 'ABC'), ('ABC', 'abc'), ('[a-z]+', 'HeLLo'), ('[^a-z]+', 'HeLLo123'), ('é', 'É'),
               ('ß', 'ẞ'), ('ſ', 'S'), ('s', 'ſ'), ('k', '\u212a'), ('[k]', '\u212a'), ('[a-z]', '\u212a'),
               ('ı', 'I'), ('i', 'İ'), ('µ', 'Μ'), ('Σ', 'ς'), ('σ', 'Σ'), ('[Σ]', 'ς'), ('1', '1'),
               (r'(a)\1', 'aA'), ('[^A]', 'a'), ('[^a]', 'A'), ('Ω', 'ω'), ('[α-ω]+', 'ΑΒΓ'),
               ('[\\w]', 'É'), ('x*', 'XXx'), ('[A-Z]', 'ı'), ('ǅ', 'ǆ')]:
    print(repr(pat), repr(s), bool(re.match(pat, s, re.I)), bool(re.match(pat, s)),
          bool(re.match(pat, s, re.I | re.A)))
print(re.findall('(?i)hello', 'Hello HELLO hello hElLo'))
print(re.findall(b'(?i)hello', b'Hello HELLO hello'))
print(re.findall(b'(?i)\xe9', b'\xe9\xc9'), re.findall('(?i)\xe9', '\xe9\xc9'), re.findall('(?ai)\xe9', '\xe9\xc9'))
print(re.findall('(?i:a)b', 'ab Ab aB AB'), re.findall('a(?-i:b)', 'ab Ab aB AB', re.I))
print(re.sub('(?i)cat', 'dog', 'Cat cAt CAT cat'))
print(re.split('(?i)x', 'aXbxc'))
print(re.match(r'(?i)(\w+) \1', 'Hey HEY'), re.match(r'(\w+) \1', 'Hey HEY'))
print(re.compile('a', re.I).flags, re.compile('(?i)a').flags, re.compile(b'a', re.I).flags)
print(re.fullmatch('[a-f]+', 'ABCDEF', re.IGNORECASE))
print(re.search('STRASSE', 'straße', re.I), re.search('[ǄǅǆA]', 'ǆ', re.I))
