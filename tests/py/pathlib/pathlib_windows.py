# PureWindowsPath basics (drives, UNC, case-insensitive comparison)
from pathlib import PureWindowsPath as W, PurePath, Path, WindowsPath


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for s in ['c:/a/b', 'C:\\a\\B.TXT', 'c:', 'c:a', '/a', '\\\\server\\share\\x', '//srv/sh',
          'a/b\\c', '', 'd:/']:
    p = W(s)
    print(repr(s), repr(p), str(p), p.parts, repr(p.drive), repr(p.root), repr(p.anchor),
          repr(p.name), p.is_absolute())
t(lambda: W('c:/x', 'd:y', '/z'))
t(lambda: W('c:/x') / 'C:y')
t(lambda: W('c:/x') / 'd:y')
t(lambda: W('c:/x') / '/y')
t(lambda: W('c:/x').parent)
t(lambda: list(W('c:/x/y').parents))
t(lambda: W('C:/A') == W('c:/a'))
t(lambda: hash(W('C:/A')) == hash(W('c:/a')))
t(lambda: W('c:/a b').as_uri())
t(lambda: W('a').as_uri())
t(lambda: W('c:/a/b.txt').with_suffix('.py'))
t(lambda: W('c:/a/b.txt').with_name('x/y'))
t(lambda: W('c:/a/b.txt').with_suffix('.a\\b'))
t(lambda: W('C:/Users/X').relative_to('c:/users'))
t(lambda: W('c:/a/b.PY').match('*.py'))
t(lambda: W('nul').is_reserved())
t(lambda: W('con.txt').is_reserved())
t(lambda: W('a/b').is_reserved())
t(lambda: PurePath('a').is_reserved())
t(lambda: sorted([W('b'), W('A'), W('c:/x')]))
t(lambda: WindowsPath('a'))
t(lambda: isinstance(Path('a'), WindowsPath))
