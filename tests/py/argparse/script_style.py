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

sys.argv = ['/some/dir/mytool.py', '--count', '3', 'input.txt', '-vv']
p = argparse.ArgumentParser(description='Process a file.')
print(p.prog)
p.add_argument('path')
p.add_argument('-c', '--count', type=int, default=1)
p.add_argument('-v', '--verbose', action='count', default=0)
args = p.parse_args()
print(args)
print(args.path, args.count, args.verbose)
ns, extra = p.parse_known_args()
print(ns, extra)
sys.argv = ['mytool', 'x', '--unknown']
run(p, None)
sys.argv = ['prog-from-argv']
print(argparse.ArgumentParser().prog, argparse.ArgumentParser().format_usage(), end='')


def cmd_add(a):
    return a.x + a.y


def cmd_neg(a):
    return -a.x


calc = argparse.ArgumentParser(prog='calc', description='Tiny calculator.')
calc.add_argument('--precision', type=int, default=2, help='digits (default: %(default)s)')
subs = calc.add_subparsers(dest='op', required=True)
add = subs.add_parser('add', help='add two numbers')
add.add_argument('x', type=float)
add.add_argument('y', type=float)
add.set_defaults(func=cmd_add)
neg = subs.add_parser('neg', help='negate')
neg.add_argument('x', type=float)
neg.set_defaults(func=cmd_neg)
for argv in (['add', '1.5', '2.25'], ['--precision', '0', 'neg', '-4'], ['neg', '--', '-4'],
             ['neg', '-x']):
    sys.stderr = sys.stdout
    try:
        a = calc.parse_args(argv)
        print(argv, '%.*f' % (a.precision, a.func(a)))
    except SystemExit as e:
        print(argv, 'exit', e.code)
    finally:
        sys.stderr = sys.__stderr__
run(calc, ['-h'])
run(calc, ['add', '-h'])

grep = argparse.ArgumentParser(prog='grep', formatter_class=argparse.ArgumentDefaultsHelpFormatter)
grep.add_argument('pattern')
grep.add_argument('files', nargs='*', default=['-'])
grep.add_argument('-i', '--ignore-case', action='store_true', help='ignore case')
grep.add_argument('-n', '--max-count', type=int, metavar='NUM', help='stop after NUM matches')
grep.add_argument('-C', '--context', type=int, default=0, help='lines of context')
grep.add_argument('--color', choices=['never', 'always', 'auto'], default='auto', help='colorize')
grep.add_argument('-e', '--regexp', action='append', dest='patterns', help='extra pattern')
for argv in (['foo'], ['-i', 'foo', 'a.txt', 'b.txt'], ['-C2', '-n', '5', 'x'],
             ['--color', 'sometimes', 'x'], ['-e', 'a', '-e', 'b', 'x', '--ignore'],
             ['-in3', 'pat'], ['--max=4', 'x'], ['--co', 'x']):
    run(grep, argv)
print(grep.format_help())
