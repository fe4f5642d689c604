import fnmatch, re

names = ['README.md', 'readme.MD', 'main.py', 'main.pyc', 'test_main.py', '.gitignore', 'data.json', 'a', 'ab', 'abc',
         'x.tar.gz', 'dir/file.py', 'dir/sub/f.py', 'weird[name].txt', 'q?.txt', 'star*', 'back\\slash', 'new\nline',
         'caf\u00e9.txt', 'UPPER.PY', '', '-dash', '!bang', '^caret', 'a-b', 'a]b']
patterns = ['*', '*.py', '*.py[co]', 'test_*', '.*', '?', '??', '???', '*.*.*', 'dir/*', 'dir/*.py', '*/*.py',
            '[abc]*', '[!.]*', '[a-c]', 'weird[[]name].txt', 'q[?].txt', 'star[*]', 'back\\slash', 'new*',
            'caf?.txt', '*.PY', 'README.*', '', '[-]*', '[!-]*', '[!!]*', '[^]*', 'a[-]b', 'a[]]b', '[]-a]*',
            '*[!.txt]', '*a*b*', '[a-][!b-]*']
for p in patterns:
    print(repr(p), [n for n in names if fnmatch.fnmatchcase(n, p)])
    print('  filter', fnmatch.filter(names, p))
    print('  fnmatch', [n for n in names if fnmatch.fnmatch(n, p)] == fnmatch.filter(names, p))
print(fnmatch.fnmatch('FILE.TXT', '*.txt'), fnmatch.fnmatchcase('FILE.TXT', '*.txt'))
print(fnmatch.fnmatch(b'data.bin', b'*.bin'), fnmatch.fnmatchcase(b'DATA.BIN', b'*.bin'), fnmatch.filter([b'a.c', b'b.h', b'c.c'], b'*.c'))
print(fnmatch.fnmatchcase(b'\xff\xfe.x', b'*.x'), fnmatch.fnmatchcase('a' * 1000 + 'b', '*a*a*a*a*c'))
print(fnmatch.filter(iter(['x1', 'y2', 'x3']), 'x?'), fnmatch.filter([], '*'))
for p in ['*.py', '[a-z]?', 'lit']:
    rx = re.compile(fnmatch.translate(p))
    print(p, bool(rx.match('m.py')), bool(rx.match('ab')), bool(rx.match('lit')))
for bad in [(1, '*'), ('a', 1), ('a', None), (b'a', 'a'), ('a', b'a')]:
    try:
        print(fnmatch.fnmatchcase(*bad))
    except Exception as e:
        print(type(e).__name__)
try:
    fnmatch.translate(5)
except TypeError as e:
    print('TypeError', e)
print(fnmatch.__all__)
