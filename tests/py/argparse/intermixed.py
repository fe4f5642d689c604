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

p = argparse.ArgumentParser(prog='mix')
p.add_argument('--foo')
p.add_argument('-v', action='store_true')
p.add_argument('cmd')
p.add_argument('rest', nargs='*', type=int)
for args in (['doit', '1', '--foo', 'bar', '2', '3'], ['doit', '-v', '1', '2'], ['-v'],
             ['doit', '1', '--foo'], ['doit', 'x']):
    run(p, args, 'parse_args')
    run(p, args, 'parse_intermixed_args')
print(p.parse_known_intermixed_args(['a', '1', '--zz', '2']))
q = argparse.ArgumentParser(prog='bad')
q.add_argument('r', nargs=argparse.REMAINDER)
try:
    q.parse_intermixed_args([])
except TypeError as e:
    print('TypeError', e)
print(p.usage)


path = '/tmp/slotpy_argparse_%d.txt' % os.getpid()
inner = path + '.inner'
with open(path, 'w') as fh:
    fh.write('--foo\nfromfile\ncmdx\n@' + inner + '\n')
with open(inner, 'w') as fh:
    fh.write('7\n8\n')
f = argparse.ArgumentParser(prog='ff', fromfile_prefix_chars='@')
f.add_argument('--foo')
f.add_argument('cmd')
f.add_argument('rest', nargs='*', type=int)
print(f.parse_args(['@' + path, '9']))
print(f.parse_args(['-v'[:0] or 'c', '@' + inner]))
run(f, ['@/nonexistent/dir/args.txt'])


class SplitParser(argparse.ArgumentParser):
    def convert_arg_line_to_args(self, line):
        return line.split()


with open(path, 'w') as fh:
    fh.write('--foo a b\n 1 2 \n')
g = SplitParser(prog='split', fromfile_prefix_chars='@+')
g.add_argument('--foo')
g.add_argument('xs', nargs='*')
print(g.parse_args(['+' + path, 'z']))
os.remove(path)
os.remove(inner)
