import os, sys, io
os.environ['COLUMNS'] = '80'
import argparse


def run(p, args, method='parse_args'):
    out, err = io.StringIO(), io.StringIO()
    so, se = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = out, err
    try:
        res = repr(getattr(p, method)(args))
    except SystemExit as e:
        res = 'exit %r' % (e.code,)
    finally:
        sys.stdout, sys.stderr = so, se
    print(args, '->', res)
    if out.getvalue():
        print('OUT:')
        print(out.getvalue(), end='')
    if err.getvalue():
        print('ERR:')
        print(err.getvalue(), end='')


def show(label, f):
    try:
        print(label, '->', f())
    except Exception as e:
        print(label, '->', type(e).__name__, e)

p = argparse.ArgumentParser(prog='lay', description='%(prog)s does things.  It   has   spaces.\n\n\n\nAnd paragraphs.',
                            epilog='See %(prog)s docs.')
p.add_argument('-p', '--point', nargs=2, metavar=('X', 'Y'), type=int, help='a point')
p.add_argument('--ints', nargs='*', metavar=('FIRST', 'MORE'))
p.add_argument('--an-extremely-long-option-name', metavar='SOMETHING_LONG', help='long name')
p.add_argument('--secret', help=argparse.SUPPRESS)
p.add_argument('--empty-help', help='')
p.add_argument('--percent', help='100%% sure, default %(default)r, dest %(dest)s, prog %(prog)s')
p.add_argument('--num-choice', type=int, choices=[1, 2, 3], help='one of %(choices)s')
p.add_argument('--hyphen-dest', help='word-breaking-with-hyphens-in-a-long-help-text-that-must-be-split somewhere else')
p.add_argument('--unicode', help='héllo wörld — ünïcode text')
p.add_argument('--longword', help='x' * 90)
p.add_argument('name', metavar='NAME', help='a name')
p.add_argument('opt_pos', nargs='?', help='optional positional')
p.add_argument('choice_pos', choices=['up', 'down'], nargs='?')
print(p.format_help())
out = io.StringIO()
p.print_usage(out)
p.print_help(out)
print(len(out.getvalue()), out.getvalue().count('\n'))
so = sys.stdout
sys.stdout = out = io.StringIO()
p.print_usage()
sys.stdout = so
print(repr(out.getvalue()))

u = argparse.ArgumentParser(prog='usage', usage='%(prog)s [-q] thing\n  more usage')
u.add_argument('-q', action='store_true')
print(u.format_help())
run(u, ['--x'])
s = argparse.ArgumentParser(prog='supp', usage=argparse.SUPPRESS, description='no usage here')
s.add_argument('--a', help='A')
print(s.format_help())
run(s, ['--b'])

sub = argparse.ArgumentParser(prog='subs')
sp = sub.add_subparsers(help='commands', metavar='{one,two}')
sp.add_parser('one', help='the first command, with a help text long enough to wrap onto a second line')
sp.add_parser('two', help='second', aliases=['2', 'deux'])
sp.add_parser('three')
print(sub.format_help())
sub2 = argparse.ArgumentParser(prog='subs2')
sp2 = sub2.add_subparsers(title='Commands', dest='cmd')
sp2.add_parser('alpha', help='first letter')
sp2.add_parser('beta-with-a-very-long-command-name', help='second letter')
print(sub2.format_help())

v = argparse.ArgumentParser(prog='ver')
v.add_argument('--version', action='version', version='%(prog)s 2.0\nCopyright   line')
run(v, ['--version'])
n = argparse.ArgumentParser(prog='nohelp', add_help=False)
n.add_argument('x')
print(n.format_help())
run(n, ['-h'])
d = argparse.ArgumentParser(prog='dash-dest')
d.add_argument('--with-dash', '-w', type=int)
d.add_argument('-s', '--short-later', action='store_true')
d.add_argument('--dest', dest='custom', metavar='M')
print(d.format_help())
print(d.parse_args(['-w', '1', '--short-l', '--dest', 'q']))
