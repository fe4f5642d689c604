# bytes patterns and bytes-like subjects.
import re

print(re.match(b'ab+', b'abbbc'), re.search(rb'\d+', b'abc 123'), re.findall(rb'\w+', b'one two\xe9'))
print(re.sub(rb'(\w+)=(\w+)', rb'\2=\1', b'a=1 b=2'), re.split(rb'\s*,\s*', b'a , b,c'))
m = re.search(rb'(?P<key>\w+): (?P<val>.*)', b'header: value here')
print(m.group('key'), m.groupdict(), m.span('val'), m.expand(rb'\g<val>/\1'))
print(re.findall(rb'[\x00-\x1f]', b'a\tb\nc\x01'), re.findall(rb'.', b'\xff\x00'))
print(re.match(b'(?i)ABC', b'abc'), re.match(b'(?i)\xe9', b'\xc9'), re.match(b'(?L)a', b'a'))
print(re.findall(b'a', bytearray(b'banana')), re.search(b'n(a)', bytearray(b'banana')))
print(re.sub(b'a', b'o', bytearray(b'banana')), re.split(b'n', bytearray(b'banana')))
m = re.search(b'nan', bytearray(b'banana'))
print(m.group(), type(m.group()).__name__, m.string)
print(re.escape(b'a.b*c\xff'), re.escape(b''), re.compile(rb'\d').pattern, re.compile(rb'\d').flags)
print(re.match(rb'\x41\101\n', b'AA\n'), re.findall(b'[^a]', b'abc'), re.fullmatch(b'', b''))
for pat in [b'\\u0041', b'\\U00000041', b'\\N{DASH}', b'[\\u0041]']:
    try:
        re.compile(pat)
        print(pat, 'ok')
    except re.error as e:
        print(pat, e)
