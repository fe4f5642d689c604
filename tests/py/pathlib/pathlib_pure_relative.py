# relative_to / is_relative_to / match / comparisons / hashing / sorting
from pathlib import PurePosixPath as P, PureWindowsPath as W


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: P('a/b/c').relative_to('a'))
t(lambda: P('a/b/c').relative_to('a', 'b'))
t(lambda: P('a/b/c').relative_to(P('a/b/c')))
t(lambda: P('a/b').relative_to('c'))
t(lambda: P('a/b').relative_to('a/b/c'))
t(lambda: P('/a/b').relative_to('a'))
t(lambda: P('a/b').relative_to('/a'))
t(lambda: P('/a/b').relative_to('/'))
t(lambda: P('/a/b').relative_to('/a/'))
t(lambda: P('a/b').relative_to(''))
t(lambda: P('/a/b').relative_to(''))
t(lambda: P('a/b').relative_to())
t(lambda: P('ab/c').relative_to('a'))
t(lambda: P('a/b').relative_to(1))
t(lambda: P('a/b').is_relative_to('a'))
t(lambda: P('a/b').is_relative_to('b'))
t(lambda: P('/a/b').is_relative_to('/a', 'b'))
t(lambda: P('a/b').is_relative_to())
for path, pat in [('a/b.py', '*.py'), ('a/b.py', 'b.py'), ('a/b.py', 'a/*.py'), ('/a/b.py', '/*.py'),
                  ('/a/b.py', '/a/*.py'), ('a/b.py', '/a/b.py'), ('a/b.py', '*/*/*.py'),
                  ('a/b.py', '[ab]/?.p[!x]'), ('a/b.PY', '*.py'), ('a/.hid', '*'),
                  ('b.py', 'a/b.py'), ('a/b/c', 'b/*'), ('a/b/c', '**/c'), ('x', '*x*')]:
    t(lambda: (path, pat, P(path).match(pat)))
t(lambda: P('a').match(''))
t(lambda: P('a') == P('a/.'))
t(lambda: P('a') == P('A'))
t(lambda: P('a') == 'a')
t(lambda: P('a') != 'a')
t(lambda: P('a') == W('a'))
t(lambda: P('//a') == P('/a'))
t(lambda: P('a') < P('b'))
t(lambda: P('a/b') < P('a.b'))
t(lambda: P('a') <= P('a'))
t(lambda: P('b') > P('a/z'))
t(lambda: P('a') >= P('b'))
t(lambda: P('a') < 'b')
t(lambda: P('a') < W('b'))
t(lambda: 'b' > P('a'))
t(lambda: sorted([P('b'), P('/z'), P('a/c'), P('a'), P('/a'), P('A'), P('a-b'), P('a/b')]))
t(lambda: hash(P('a/b')) == hash(P('a//b/')))
t(lambda: len({P('a'), P('a/'), P('./a'), P('b')}))
t(lambda: {P('x'): 1}[P('x/.')])
t(lambda: max(P('a/b'), P('a/c'), P('a')))
