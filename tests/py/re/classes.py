# Character classes and escapes.
import re


def show(label, f, *args):
    try:
        r = f(*args)
    except Exception as e:
        r = '%s: %s' % (type(e).__name__, e)
    print(label, repr(r))


s = 'Hello, World! 123 _x-y \t\n é ß Ω 4٣'
for pat in [r'[a-z]+', r'[^a-z]+', r'[A-Za-z0-9_]+', r'[\w]+', r'[\W]+', r'\d+', r'\D+', r'\s+', r'\S+',
            r'\w+', r'\W+', r'[\d\s]+', r'[^\d\s]+', r'[-a]+', r'[a-]+', r'[]a]+', r'[^]a]+', r'[\]]+',
            r'[\\]+', r'[.]+', r'[*+?]+', r'[\x41-\x43]+', r'[\u00e9]+', r'[é-ÿ]+', r'[\n\t]+',
            r'[\-]+', r'[a\-z]+', r'[^\W\d_]+', r'[\s\S]', r'[.-/]']:
    print(pat, re.findall(pat, s))
for pat in [r'\d+', r'\w+', r'\s+', r'[\w]+']:
    print(pat, re.findall(pat, s, re.A), re.findall('(?a)' + pat, s))
print(re.findall(rb'\w+', 'héllo wörld 12'.encode('latin-1')))
print(re.findall(rb'[\x80-\xff]+', 'héllo wörld'.encode('latin-1')))
print(re.findall(rb'\s+', b'a \x1c\x85b\xa0c'), re.findall(r'\s+', 'a \x1c\x85b\xa0c'))
# escapes
for pat in [r'\x41', r'\u0041', r'\U00000041', r'\101', r'\0', r'\012', r'\n', r'\t', r'\a', r'\f', r'\v',
            r'\e', r'\q', r'\x4', r'\xZZ', r'\u12', r'\U0011ffff', r'\400', r'[\400]', r'[\q]', r'[\x4]',
            r'\8', r'[\8]', r'\N{EM DASH}', r'\N{NO SUCH NAME}', r'\N', r'[\N{BULLET}]', '\\', r'[\b]',
            r'\-', r'\#', r'\ ', r'[\A]', r'[\d-z]', r'[a-\d]', r'[z-a]', r'[a-a]', r'[\z]']:
    try:
        p = re.compile(pat)
        print(pat, 'ok', p.findall('A\x00\n\t\x07\x0c\x0b\x08\u2014\u2022-# z8\\'))
    except re.error as e:
        print(pat, 'error:', e, '| pos', e.pos, e.msg)
print(re.findall(rb'\u0041', b'u0041'.replace(b'u', b'u')) if False else 'skip')
try:
    re.compile(rb'\u0041')
except re.error as e:
    print('bytes', e)
try:
    re.compile(b'\\N{EM DASH}')
except re.error as e:
    print('bytes', e)
for pat in ['[', '[a', '[a-', '[^', '[]', '[a-]', '[\\']:
    show('compile %r' % pat, re.compile, pat)
# boundaries
for pat in [r'\bfoo\b', r'\Bfoo', r'foo\B', r'\b', r'\B']:
    print(pat, [m.span() for m in re.finditer(pat, 'foo foobar barfoo foo')])
print(re.search(r'\b', ''), re.search(r'\B', ''), re.findall(r'\b', 'ab'), re.findall(r'\B', 'abc'))
print(re.findall(r'\b\w', 'été ça'), re.findall(r'\b\w', 'été ça', re.A))
