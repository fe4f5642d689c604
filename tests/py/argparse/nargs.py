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

p = argparse.ArgumentParser(prog='nargs')
p.add_argument('--two', nargs=2, metavar=('A', 'B'))
p.add_argument('--opt', nargs='?', const='C', default='D')
p.add_argument('--star', nargs='*')
p.add_argument('--plus', nargs='+', type=int)
p.add_argument('--one', nargs=1)
p.add_argument('first')
p.add_argument('rest', nargs='*', default=['none'])
for args in (['f'], ['f', 'a', 'b'], ['--two', 'x', 'y', 'f'], ['--two', 'x'],
             ['--opt', 'f'], ['f', '--opt'], ['f', '--opt', 'v'], ['--opt=v', 'f'],
             ['--star', 'f'], ['f', '--star'], ['f', '--star', '1', '2', '--one', 'z'],
             ['--plus', 'f'], ['f', '--plus'], ['f', '--plus', '1', '2'], ['f', '--plus', 'q'],
             ['--one', 'q', 'f'], ['--one'], ['f', '--', 'x', '--opt'], ['--', '--opt'],
             ['f', '-', 'x'], ['f', '--two', 'a', '--opt'], []):
    run(p, args)
print(p.format_help())

q = argparse.ArgumentParser(prog='pos')
q.add_argument('a')
q.add_argument('b', nargs='?', default='B')
q.add_argument('c', nargs=2)
q.add_argument('d', nargs='*')
for args in (['1', '2', '3'], ['1', '2', '3', '4'], ['1', '2', '3', '4', '5', '6'], ['1'],
             ['1', '2'], ['1', '--', '2', '3']):
    run(q, args)
print(q.format_usage(), end='')

r = argparse.ArgumentParser(prog='rem')
r.add_argument('--verbose', action='store_true')
r.add_argument('cmd')
r.add_argument('args', nargs=argparse.REMAINDER)
for args in (['ls', '-l', '--verbose', 'x'], ['--verbose', 'ls'], ['ls'], ['ls', '--', 'x']):
    run(r, args)
print(r.format_help())

s = argparse.ArgumentParser(prog='plus')
s.add_argument('xs', nargs='+')
s.add_argument('y')
for args in (['1'], ['1', '2'], ['1', '2', '3'], ['1', '-h'][:1]):
    run(s, args)
t = argparse.ArgumentParser(prog='opt')
t.add_argument('x', nargs='?', type=int, default='5')
t.add_argument('y', nargs='*', type=int)
for args in ([], ['1'], ['1', '2', '3'], ['a']):
    run(t, args)
u = argparse.ArgumentParser(prog='three')
u.add_argument('--n3', nargs=3, type=int)
for args in (['--n3', '1', '2'], ['--n3', '1', '2', '3'], ['--n3=1']):
    run(u, args)
show('nargs=0 store', lambda: argparse.ArgumentParser().add_argument('--z', nargs=0))
show('const without ?', lambda: argparse.ArgumentParser().add_argument('--z', const=1))
show('bad metavar tuple', lambda: argparse.ArgumentParser().add_argument('--z', nargs=3, metavar=('a', 'b')))
show('bad nargs', lambda: argparse.ArgumentParser().add_argument('--z', nargs='x'))
show('required positional', lambda: argparse.ArgumentParser().add_argument('z', required=True))
show('dest twice', lambda: argparse.ArgumentParser().add_argument('z', dest='q'))
