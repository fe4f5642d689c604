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


def make(prog, n_opts=8, with_pos=True):
    p = argparse.ArgumentParser(prog=prog)
    for i in range(n_opts):
        p.add_argument('--option-%d' % i, metavar='VALUE%d' % i,
                       help='help for option %d, which is fairly wordy so that it wraps' % i)
    if with_pos:
        p.add_argument('source', help='source file')
        p.add_argument('destinations', nargs='+', help='destination files')
    return p


for cols in ('80', '60', '40', '120', '20', 'junk', '0'):
    os.environ['COLUMNS'] = cols
    print('===== COLUMNS', cols)
    print(make('wrap').format_help())

os.environ['COLUMNS'] = '60'
print(make('a-really-long-program-name-that-takes-most-of-the-line').format_usage())
print(make('a-really-long-program-name-that-takes-most-of-the-line', 1).format_usage())
print(make('a-really-long-program-name-that-takes-most-of-the-line', 0).format_usage())
print(make('medium', 8, False).format_usage())
print(make('medium', 0, True).format_usage())
p = argparse.ArgumentParser(prog='grouped')
g = p.add_mutually_exclusive_group()
for i in range(6):
    g.add_argument('--choice-%d' % i, action='store_true')
p.add_argument('--after', nargs=2, metavar=('X', 'Y'))
p.add_argument('-s', nargs='*', metavar='S')
p.add_argument('positional', nargs='?')
print(p.format_usage())
run(p, ['--choice-1', '--choice-2'])
del os.environ['COLUMNS']
print(make('nocols', 3).format_help())
print(argparse.ArgumentParser(prog='plain', usage='%(prog)s [options] FILE ... a custom usage').format_help())
print(argparse.ArgumentParser(prog='nothing', add_help=False).format_help())
