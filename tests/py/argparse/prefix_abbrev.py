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

p = argparse.ArgumentParser(prog='pfx', prefix_chars='-+')
p.add_argument('+f', action='store_true')
p.add_argument('++bar')
p.add_argument('-x', type=int)
for args in (['+f'], ['++bar', 'v'], ['++b=v'], ['-x', '-1'], ['+f', '-x3'], ['++baz']):
    run(p, args)
print(p.format_help())
q = argparse.ArgumentParser(prog='plus', prefix_chars='+')
q.add_argument('+a')
print(q.format_help())
run(q, ['+a', 'v'])
run(q, ['-a'])

a = argparse.ArgumentParser(prog='abbr')
a.add_argument('--foobar')
a.add_argument('--foonly')
a.add_argument('--zeta', type=int)
for args in (['--foob', '1'], ['--foo', '1'], ['--fo=1'], ['--z', '3'], ['--zeta=4'], ['--foonly=x=y'],
             ['--ze', '1', '--foob=2']):
    run(a, args)
n = argparse.ArgumentParser(prog='noabbr', allow_abbrev=False)
n.add_argument('--foobar')
n.add_argument('-v', action='store_true')
n.add_argument('-q', action='store_true')
for args in (['--foob', '1'], ['--foobar', '1'], ['-vq'], ['--foobar=2']):
    run(n, args)

neg = argparse.ArgumentParser(prog='neg')
neg.add_argument('-x', type=float)
neg.add_argument('nums', nargs='*', type=float)
for args in (['-1', '-2.5', '-.5'], ['-x', '-3', '-4'], ['-x', '-1e3'], ['-1x'], ['-', '5'],
             ['-x-2'], ['-x=-2']):
    run(neg, args)
neg2 = argparse.ArgumentParser(prog='neg2')
neg2.add_argument('-1', dest='one', action='store_true')
neg2.add_argument('rest', nargs='*')
for args in (['-1'], ['-2'], ['x', '-1'], ['--', '-2'], ['-5 6']):
    run(neg2, args)

s = argparse.ArgumentParser(prog='single')
s.add_argument('-foo', type=int)
s.add_argument('-f', action='store_true')
s.add_argument('-b', '--bar')
for args in (['-foo', '3'], ['-fo', '3'], ['-f'], ['-foo=4'], ['-bVAL'], ['-b=V'], ['-fb', 'Q'],
             ['-fbQ'], ['--ba', 'z'], ['-fx']):
    run(s, args)
