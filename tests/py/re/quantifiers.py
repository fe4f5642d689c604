# Quantifier forms and boundaries.
import re

for pat in ['a*', 'a+', 'a?', 'a*?', 'a+?', 'a??', 'a{2}', 'a{2,}', 'a{,2}', 'a{2,3}', 'a{2,3}?', 'a{0}', 'a{0,0}',
            'a{1,1}', 'a{3,}?', 'a*+', 'a++', 'a?+', 'a{1,2}+', '(?:ab)*', '(?:ab){2}', '(?:ab){1,}?', '[ab]{2,3}',
            '.{3}', '(a){2,3}', '(a)*?b', 'a{ 2}', 'a{2 }', 'a{,}', 'a{1,2', 'x{1000}', 'a{0,1000}']:
    for s in ['', 'a', 'aa', 'aaa', 'aaaa', 'abab', 'aab']:
        m = re.match(pat, s)
        print(repr(pat), repr(s), m and m.span(), re.findall(pat, s) if len(pat) < 12 else '')
print(re.fullmatch('x{1000}', 'x' * 1000).span(), re.fullmatch('x{1000}', 'x' * 999))
print(re.match('(?:x|y){2,4}?z', 'xyxz'), re.match('(?:x|y){2,4}z', 'xyxyxz'))
for pat in ['a{4294967295}', 'a{3,2}', 'a{2}{2}', '{', 'a{', 'a{1', 'a{1,', '{1,2}', 'a|*', '(*)', '(?:)*', '^*', '$+', r'\b?', r'\A*']:
    try:
        p = re.compile(pat)
        print(repr(pat), 'ok', p.findall('a{1,2}aa'))
    except Exception as e:
        print(repr(pat), type(e).__name__, e)
