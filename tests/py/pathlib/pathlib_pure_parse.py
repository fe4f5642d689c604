# PurePosixPath parsing: normalisation, parts, drive/root/anchor, str/repr, joining
from pathlib import PurePath, PurePosixPath, PureWindowsPath, Path
import os

for s in ['', '.', '/', '//', '///', '////a', 'a/b', '/a/b/', '//a/b', 'a/./b/../c', 'a//b',
          './a', 'a/.', '~/x', '..', '/..', 'a b/c\td']:
    p = PurePosixPath(s)
    print(repr(s), repr(p), str(p), p.parts, repr(p.drive), repr(p.root), repr(p.anchor),
          p.is_absolute())
print(PurePosixPath('a', 'b', 'c'))
print(PurePosixPath('a', '/b', 'c'))
print(PurePosixPath('/a', '', 'b', ''))
print(PurePosixPath())
print(PurePosixPath(PurePosixPath('x'), 'y', PurePosixPath('/z/w'), 'v'))
print(PurePosixPath('a') / 'b' / PurePosixPath('c'))
print(PurePosixPath('a') / '/abs')
print('x' / PurePosixPath('a'))
print('/x' / PurePosixPath('a'))
print(PurePosixPath('a').joinpath('b', 'c/d', PurePosixPath('e')))
print(PurePosixPath('a').joinpath())


class P:
    def __fspath__(self):
        return 'from/fspath'


print(PurePosixPath(P()), PurePosixPath('a') / P())
for bad in (1, b'bytes', None, ['a']):
    try:
        PurePosixPath(bad)
    except TypeError as e:
        print('TypeError', e)
for op in (lambda: PurePosixPath('a') / 1, lambda: 1 / PurePosixPath('a'),
           lambda: PurePosixPath('a') / b'b'):
    try:
        op()
    except TypeError as e:
        print('TypeError', e)
print(type(PurePath('a')).__name__, type(Path('a')).__name__, type(PurePath()).__name__)
print(os.fspath(PurePosixPath('a/b')), bytes(PurePosixPath('/a/b')), str(PurePosixPath('a/b/')))
print(repr(PurePosixPath("it's")), repr(PurePosixPath('q"uote')))
print(isinstance(PurePosixPath('a'), os.PathLike), isinstance(Path('a'), PurePath))
print(PurePosixPath('/a/b').as_posix(), PureWindowsPath('c:\\a\\b').as_posix())
print(PurePosixPath('/a b/c%d/é').as_uri(), PurePosixPath('//host/x').as_uri())
try:
    PurePosixPath('rel').as_uri()
except ValueError as e:
    print('ValueError', e)
