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

p = argparse.ArgumentParser(prog='prog', description='A test program that does many things '
                            'and has a long description to wrap around.', epilog='Bye.')
p.add_argument('integers', metavar='N', type=int, nargs='+', help='an integer for the accumulator')
p.add_argument('--sum', dest='accumulate', action='store_const', const=sum, default=max,
               help='sum the integers (default: find the max)')
p.add_argument('-v', '--verbose', action='count', default=0)
p.add_argument('--name', default='bob', help='name (default: %(default)s)')
p.add_argument('--color', choices=['red', 'green'], help='pick %(choices)s')
p.add_argument('-x', type=float)
p.add_argument('--flag', action=argparse.BooleanOptionalAction, default=True, help='flag it')
for args in (['1', '2', '3'], ['1', '2', '3', '--sum'], ['-h'], [], ['a'],
             ['1', '--color', 'blue'], ['1', '-vvv', '--name=joe', '-x3.5'],
             ['1', '--na', 'joe', '--no-flag'], ['1', '--', '-5'], ['-5', '-x', '-2.5'],
             ['1', '--bogus', '2'], ['1', '-x'], ['1', '--f'], ['1', '-x', 'abc'],
             ['1', '--verbose', '-v', '--flag'], ['1', '--color=red', '2'],
             ['1', '--sum=3'], ['1', '-vx', '2'], ['1', '-vq'], ['--help', '1']):
    run(p, args)
r = p.parse_args(['4', '9', '2'])
print(r.accumulate(r.integers), r.verbose, r.name, r.flag)
print(p.parse_args(['4', '9', '--sum']).accumulate([4, 9]))
print(p.format_usage(), end='')
print(repr(p))
print(p.add_argument('--zzz'))
print(p.add_argument('pos', nargs='?', default='d'))
print(p.get_default('name'), p.get_default('nothing'))
p.set_defaults(name='alice', extra=42)
print(p.get_default('name'), p.get_default('extra'))
run(p, ['7'])
run(p, ['7', 'p1'])
show('parse_known_args', lambda: p.parse_known_args(['1', '--what', 'p', 'q', '-z']))
