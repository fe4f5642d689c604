# textwrap.dedent and textwrap.indent.
import textwrap


def show(s):
    print(repr(s), '->', repr(textwrap.dedent(s)))


show('')
show('hello')
show('  hello\n  world')
show('    hello\n  world\n')
show('  hello\n    world\n')
show('\thello\n\tworld')
show('\thello\n  world')
show('  \thello\n  \t  world\n  x')
show('  a\n\n  b\n')
show('  a\n    \n  b\n')
show('  a\n \t \n  b')
show('    \n  a\n')
show('   ')
show('\n\n\n')
show('  a\r\n  b\r\n')
show('  a\n  \r\n  b')
show(' a\n  b\n   c')
show('\t\ta\n\t b')
show('x\n  y')
print(textwrap.dedent('''\
    def f():
        return 1

    print(f())
    '''))

print(repr(textwrap.indent('a\nb\n\nc\n', '> ')))
print(repr(textwrap.indent('a\n  \nb', '+')))
print(repr(textwrap.indent('a\n  \nb', '+', lambda line: True)))
print(repr(textwrap.indent('a\r\nb\rc\n', '|')))
print(repr(textwrap.indent('', '>>')))
print(repr(textwrap.indent('one\ntwo', '', None)))
print(repr(textwrap.indent('keep\nskip\nkeep', '# ', lambda l: l.startswith('keep'))))
print(repr(textwrap.indent('x\x0by\x0cz\x1cw\u2028v', '-')))
try:
    textwrap.indent(None, '>')
except Exception as e:
    print(type(e).__name__, e)
try:
    textwrap.dedent(5)
except Exception as e:
    print(type(e).__name__)
