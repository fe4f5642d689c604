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

p = argparse.ArgumentParser(prog='mx')
g = p.add_mutually_exclusive_group()
g.add_argument('-a', action='store_true', help='option a')
g.add_argument('-b', action='store_true', help='option b')
g.add_argument('--cc', metavar='C')
p.add_argument('-z')
for args in ([], ['-a'], ['-b'], ['-a', '-b'], ['-b', '-a'], ['-ab'], ['--cc', 'x', '-a'],
             ['-a', '-a'], ['-z', '1', '-b']):
    run(p, args)
print(p.format_help())

q = argparse.ArgumentParser(prog='req')
g = q.add_mutually_exclusive_group(required=True)
g.add_argument('--foo', action='store_true')
g.add_argument('--bar', action='store_false')
g.add_argument('--hidden', help=argparse.SUPPRESS)
for args in ([], ['--foo'], ['--bar'], ['--foo', '--bar']):
    run(q, args)
print(q.format_usage(), end='')

r = argparse.ArgumentParser(prog='posmx')
g = r.add_mutually_exclusive_group()
g.add_argument('--x', type=int, default=3)
g.add_argument('y', nargs='?', default='Y')
for args in ([], ['--x', '3'], ['val'], ['--x', '4', 'val'], ['val', '--x', '4']):
    run(r, args)
print(r.format_usage(), end='')

s = argparse.ArgumentParser(prog='two')
g1 = s.add_mutually_exclusive_group()
g1.add_argument('-p', action='store_true')
g1.add_argument('-q', action='store_true')
g2 = s.add_mutually_exclusive_group(required=True)
g2.add_argument('-r', action='store_true')
g2.add_argument('-s', action='store_true')
s.add_argument('file')
for args in (['-p', '-r', 'f'], ['-pq', 'f'], ['f'], ['-s', '-q', 'f'], ['-rs', 'f']):
    run(s, args)
print(s.format_help())
show('required in mutex', lambda: s.add_mutually_exclusive_group().add_argument('--m', required=True))
single = argparse.ArgumentParser(prog='single')
sg = single.add_mutually_exclusive_group(required=True)
sg.add_argument('--only')
print(single.format_usage(), end='')
run(single, [])
