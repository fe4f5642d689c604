import inspect
import json
import os
import sys


def simple(a, b):
    """Add things.

    More text here.
        indented
    """
    return a + b


@staticmethod
def decorated(
        x,
        y):  # comment on header
    # comment inside
    if x:
        return '''multi
line string
'''
    return y
    # trailing comment at body indent
# comment at column 0


def one_liner(): return 1


square = lambda v: v * v  # noqa


class Outer:
    """Outer doc."""
    attr = 1

    class Inner:
        def method(self):
            return 42

    def meth(self):
        def nested():
            return (1,
                    2)
        return nested


def factory():
    class Local:
        pass
    return Local


def show_lines(obj):
    try:
        lines, lnum = inspect.getsourcelines(obj)
        print('start', lnum, 'count', len(lines))
        print(''.join(lines), end='---\n')
    except Exception as e:
        print(type(e).__name__, e)


for obj in (simple, decorated, one_liner, square, Outer, Outer.Inner, Outer.Inner.method,
            Outer.meth, Outer().meth, Outer().meth(), factory()):
    show_lines(obj)

print(inspect.getsource(simple) == ''.join(inspect.getsourcelines(simple)[0]))
lines, lnum = inspect.findsource(simple)
print(lnum, lines[lnum], end='')
print(inspect.getdoc(simple))
print(repr(simple.__doc__.splitlines()[1]))
print(inspect.getdoc(Outer), inspect.getdoc(Outer.Inner), inspect.getdoc(1) is not None)
print(repr(inspect.cleandoc('  first\n    second\n      third\n\n')))
print(repr(inspect.cleandoc('\n\n  x\n\ty\n')))
print(repr(inspect.cleandoc('')), repr(inspect.cleandoc('one')))
print(inspect.indentsize('    x'), inspect.indentsize('\tx'), inspect.indentsize('x'))


class Base:
    def m(self):
        """Base doc."""


class Derived(Base):
    def m(self):
        pass


print(inspect.getdoc(Derived.m), inspect.getdoc(Derived().m))
print(inspect.getcomments(decorated))


# A comment for f2
# second line
def f2():
    pass


print(repr(inspect.getcomments(f2)))

for obj in (len, int, sys, 1, None, os.path.join(os.sep, 'x')):
    for fn in (inspect.getfile, inspect.getsourcefile, inspect.getsource):
        try:
            r = fn(obj)
            print(fn.__name__, 'ok', type(r).__name__)
        except Exception as e:
            print(fn.__name__, type(e).__name__, e)
print(os.path.basename(inspect.getfile(simple)), os.path.basename(inspect.getsourcefile(Outer)))
print(inspect.getmodule(simple).__name__, inspect.getmodule(Outer.Inner).__name__, inspect.getmodule(json.dumps).__name__)
print(inspect.getmodule(json) is json, inspect.getmodule(1))
print(inspect.getmodulename('/a/b/c.py'), inspect.getmodulename('x.txt'))
code = compile('def q():\n    return 5\n', '<string-src>', 'exec')
ns = {}
exec(code, ns)
show_lines(ns['q'])
