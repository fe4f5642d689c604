# Backreferences, repeats of groups, nested quantifiers and empty loops.
import re

for pat, s in [(r'(\w)\1', 'hello aabb'), (r'(?P<c>\w)(?P=c)', 'hello aabb'), (r'(a|b)\1+', 'abbb aaa'),
               (r'(\w+)\s+\1', 'the the cat'), (r'(a)?\1', 'b'), (r'(a)|\1', 'b'), (r'(a*)\1', 'aaaa'),
               (r'(?:(a)|b)\1', 'aa ba'), (r'((a)b)\2', 'aba'), (r'(.)(.)\2\1', 'abba xyyx'),
               (r'(\d+)-\1', '12-12 12-13'), (r'(a+)+b', 'aaab'), (r'(a*)*b', 'aab'), (r'(a*)+b', 'b'),
               (r'(a|)*b', 'aab'), (r'(?:a?)*?b', 'ab'), (r'(a?){3}', 'aa'), (r'(a?){3,}', 'aa'),
               (r'(ab){2}', 'ababab'), (r'(ab){2,}?', 'ababab'), (r'(ab){1,2}?c', 'ababc'), (r'(?:a|b){0}x', 'x'),
               (r'(a){0}', 'a'), (r'((a)|b)+', 'ab'), (r'(a|ab)(c|bcd)(d*)', 'abcd'), (r'(?:x(y)?)+', 'xyx'),
               (r'(a*?)(a*)', 'aaa'), (r'(a+?)(a*?)$', 'aaa'), (r'(.*?),', 'a,b,'), (r'(.*),', 'a,b,'),
               (r'<(.+?)>', '<a><b>'), (r'<(.+)>', '<a><b>'), (r'a{2,3}?', 'aaaa'), (r'(?:ab)*?ab', 'abab'),
               (r'(a|b)*?b', 'aab'), (r'(\w+?)(\d+)', 'abc123'), (r'x*?y', 'xxxy'), (r'[ab]*?c', 'ababc'),
               (r'(?:(?:a*)*)*b', 'aab'), (r'(?:()|a)*b', 'aab'), (r'(a*)*?b', 'aab'), (r'(a??)(a)', 'a')]:
    print(pat, repr(s), re.findall(pat, s), [(m.span(), m.groups()) for m in re.finditer(pat, s)][:4])
print(re.match(r'(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)\11', 'abcdefghijkk'))
print(re.match(r'(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)\10', 'abcdefghijj'))
print(re.match(r'(a)\01', 'a\x01'), re.match(r'(a)\1\0', 'aa\x00'))
print(re.fullmatch(r'(\w+)(?:,\1)*', 'ab,ab,ab'), re.fullmatch(r'(\w+)(?:,\1)*', 'ab,ab,abc'))
print(re.match(r'(?i)(a+)\1', 'aaAA'), re.match(r'(?P<x>a)(?P<y>(?P=x)b)', 'aab').groupdict())
