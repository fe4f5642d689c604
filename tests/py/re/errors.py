# re.error messages, positions, line/column information, other exceptions.
import re

cases = ['(', '(a', 'a)', ')', '*', '+a', '?', 'a**', 'a*+*', 'a{2}{3}', 'a??+', '{1}', 'x{2,1}', '(?', '(?P',
         '(?P<', '(?P<a', '(?P<a>', '(?<', '(?<=a', '(?#abc', '(?#abc)x', '[a', '[z-a]', r'\q', r'\\', '\\',
         'a\\', r'\1', r'(a)\2', r'(a\1)', r'(?P=x)', r'(?(1)a|b|c)', r'(?(x)a)', r'(?(0)a)', r'(?(-1)a)',
         r'(?(1a)b)', r'(?(2)a)(b)', r'(?(3)a)(b)', '(?i', '(?i-', '(?i-i:a)', '(?-i)', '(?L)', '(?u)',
         '(?au)', '(?-a:x)', '(?z)', '(?i)(?m)x', 'x(?i)', '(?x) a (?i)', '(?t:x)', '(?-t:x)', '(?iq)',
         '(?i-q:x)', '(?i-:x)', '(?i1)', '(?<=a+)b', '(?<!a|bc)d', '(?<=a|b)c', r'(a)(?<=\1)', '(?<=(a))\\1',
         '(?<=(?P<n>a)(?P=n))', 'a{99999999999}', 'a{1,99999999999}', '(?>', '(?P<a>a)(?P<a>b)',
         '(?P<a-b>x)', '(?P=1)', '((((((((((a))))))))))\\11', 'ab\ncd(', 'ab\n\ncd)', '[\\d-a]', '(?<a)']
for pat in cases:
    try:
        re.compile(pat)
        print(repr(pat), 'compiled')
    except re.error as e:
        print(repr(pat), '->', e, '|', repr(e.msg), e.pos, e.lineno, e.colno, e.pattern == pat)
    except Exception as e:
        print(repr(pat), '->', type(e).__name__, e)
for pat in [b'(', b'\\q', b'[\xe9-a]', b'(?u)', b'\\\xe9']:
    try:
        re.compile(pat)
        print(pat, 'compiled')
    except re.error as e:
        print(pat, '->', e, e.pos)
for args in [('a', 'a', re.L), (b'a', b'a', re.U), ('a', 'a', re.A | re.U), (b'a', b'a', re.A | re.L)]:
    try:
        re.match(*args)
    except Exception as e:
        print(type(e).__name__, e)
for f, args in [(re.compile, (5,)), (re.match, (['a'], 'a')), (re.compile, (re.compile('a'), re.I)),
                (re.match, ('a', 5)), (re.match, ('a', b'a')), (re.match, (b'a', 'a')),
                (re.search, ('a', None)), (re.findall, ('a', 1.5))]:
    try:
        print(f(*args))
    except Exception as e:
        print(type(e).__name__, e)
e = re.error('plain message')
print(e, e.msg, e.pattern, e.pos, e.lineno, e.colno, isinstance(e, Exception), re.error.__name__, re.error.__module__)
e = re.error('msg', 'abc', 1)
print(e, e.lineno, e.colno, e.args)
e = re.error('msg', b'a\nbc', 3)
print(e, e.lineno, e.colno)
