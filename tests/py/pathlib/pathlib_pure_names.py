# name / suffix / suffixes / stem / parent / parents and with_name / with_stem / with_suffix
from pathlib import PurePosixPath as P

for s in ['a/b.txt', 'a.tar.gz', '.bashrc', '.a.b', 'a.', 'a..b', 'x/..', '/', '', 'a/b/',
          'dir.d/file', '/a/b.c.', 'noext', '..', '...', 'a.b/']:
    p = P(s)
    print(repr(s), repr(p.name), repr(p.suffix), p.suffixes, repr(p.stem), p.parent)
p = P('/usr/lib/python3/x.py')
print(list(p.parents), len(p.parents))
print(p.parents[0], p.parents[2], p.parents[-1], p.parents[-2])
print(p.parents[1:3], p.parents[::-2], p.parents[5:])
print(P('a/b/c').parents[:], list(P('').parents), list(P('/').parents))
for i in (4, -5, 10):
    try:
        p.parents[i]
    except IndexError as e:
        print('IndexError', e)
try:
    p.parents['x']
except TypeError as e:
    print('TypeError')
print(p.parents, P('/usr') in p.parents, P('usr') in p.parents)
print(list(reversed(P('a/b/c').parents)), P('a/b/c').parents.index(P('a')),
      P('a/b/c').parents.count(P('.')))
print(P('/').parent, P('.').parent, P('a').parent, P('..').parent, P('/a').parent.parent)
print(P('a/b.txt').with_name('c.py'), P('a/b').with_name('.hidden'), P('/x').with_name('y'))
for bad in ['', 'x/y', '/abs', '.', 'a/']:
    try:
        print(P('a/b').with_name(bad))
    except ValueError as e:
        print('ValueError', e)
for s in ['/', '', '.', '..']:
    try:
        print(P(s).with_name('x'))
    except ValueError as e:
        print('ValueError', e)
print(P('a/b.txt').with_stem('c'), P('a/b.tar.gz').with_stem('q'), P('a/.rc').with_stem('x'))
try:
    P('/').with_stem('x')
except ValueError as e:
    print('ValueError', e)
print(P('a/b.txt').with_suffix('.py'), P('a/b.txt').with_suffix(''), P('a/b').with_suffix('.c'))
print(P('a/b.tar.gz').with_suffix('.bz2'), P('a/.rc').with_suffix('.x'), P('a.').with_suffix('.y'))
for bad in ['py', '.', './x', '/x', 'a.b']:
    try:
        print(P('a/b').with_suffix(bad))
    except ValueError as e:
        print('ValueError', e)
for s in ['', '/']:
    try:
        print(P(s).with_suffix('.x'))
    except ValueError as e:
        print('ValueError', e)
try:
    P('a').with_suffix(None)
except TypeError as e:
    print('TypeError')
