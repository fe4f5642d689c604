# posixpath: normpath, abspath, isabs, relpath, commonprefix, commonpath, normcase
import os
import os.path as p


def t(f, *a):
    try:
        print(f.__name__, a, '->', repr(f(*a)))
    except Exception as e:
        print(f.__name__, a, type(e).__name__, '|', e)


for s in ['', '.', '..', '/', '//', '///', '////x', 'a/b/../c', 'a/./b', '/../x', '../../a',
          'a/../../b', 'a//b/', '/a/b/../../..', 'a/b/c/../../d/.', './', '//a/../b', b'a/../b',
          b'', b'//x/']:
    t(p.normpath, s)
for s in ['', '/', 'a', '/a', '//a', b'/x', b'x']:
    t(p.isabs, s)
cwd = os.getcwd()
print(p.abspath('x') == p.join(cwd, 'x'), p.abspath('.') == cwd, p.abspath('/a/../b'))
print(p.abspath(b'/a/./b'), p.abspath('a/..') == cwd, type(p.abspath(b'x')).__name__)
for args in [('/a/b/c', '/a'), ('/a', '/a/b/c'), ('/a/b', '/a/b'), ('/a/x', '/a/y/z'),
             ('/', '/a/b'), ('a/b', 'a'), ('/x/y', '/'), (b'/a/b', b'/a')]:
    t(p.relpath, *args)
print(p.relpath(p.join(cwd, 'q/r')), p.relpath(cwd))
# start=None means the current directory, whose depth depends on where the tests run
print(p.relpath('/a/b', None) == p.relpath('/a/b', cwd), p.relpath('/a/b', None).endswith('../a/b'))
t(p.relpath, '')
t(p.relpath, 'a', b'b')
t(p.relpath, 1)
for arg in [[], ['abc', 'abd', 'ab'], ['/usr/lib', '/usr/local'], ['x'], ['', 'a'],
            [[1, 2, 3], [1, 2, 4]], ('interspace', 'interstate'), [b'ab', b'ac']]:
    t(p.commonprefix, arg)
for arg in [['/usr/lib', '/usr/local'], ['/usr/lib/', '/usr/lib'], ['a/b', 'a/c'], ['/a'],
            ['a/./b', 'a/b/c'], [], ['/a', 'b'], [b'/x/y', b'/x/z'], ['a', b'b'], ['/', '/a'],
            ['', '']]:
    t(p.commonpath, arg)
print(p.normcase('AbC/D'), p.normcase(b'X'))
t(p.normcase, 1)
