import fnmatch
pats = ['*.py', 'a*b*c', '*', '**', '?x?', '[abc]', '[!abc]', '[a-z]', '[z-a]', '[!]', '[]', '[]]', '[!]]', '[a-c-e]',
 'a[', '[a&&b]', '[a~~b]', '[a||b]', '[\\]', '[a\\-z]', 'x*y*z*', '*a*', 'foo.bar', 'a+b(c)', 'sp ace', '[^x]', '[[x]', '[a-]', '[-a]', '[!-a]',
 '[a-b-c]', '[c-a-b]', 'é*ü', '#$%', '{a,b}', '\n*']
for p in pats:
    print(repr(p), repr(fnmatch.translate(p)))
names = ['a.py', 'b.PY', '.hidden', 'abc', 'aXbYc', 'x', '-', ']', '!', 'a&b', 'foo.bar', 'fooxbar', '\n\n', 'é123ü', '[', 'a[']
for p in pats:
    print(repr(p), [n for n in names if fnmatch.fnmatchcase(n, p)], fnmatch.filter(names, p) == [n for n in names if fnmatch.fnmatch(n, p)])
print(fnmatch.fnmatch(b'abc.txt', b'*.txt'), fnmatch.filter([b'x.c', b'y.h'], b'*.c'))
try: fnmatch.fnmatch('a', b'a')
except Exception as e: print(type(e).__name__, e)
try: fnmatch.fnmatchcase(1, 'a')
except Exception as e: print(type(e).__name__, e)
