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

p = argparse.ArgumentParser(prog='noexit', exit_on_error=False)
p.add_argument('--n', type=int)
p.add_argument('--c', choices=[1, 2, 3], type=int)
p.add_argument('req')
for args in (['--n', 'x', 'r'], ['--c', '5', 'r'], ['--n'], ['--c=2', 'r']):
    try:
        print(args, '->', p.parse_args(args))
    except argparse.ArgumentError as e:
        print(args, '-> ArgumentError', e, '|', e.argument_name, '|', e.message)
run(p, [])
run(p, ['r', 'extra'])


def positive(text):
    value = int(text)
    if value <= 0:
        raise argparse.ArgumentTypeError('%r is not a positive int' % text)
    return value


def other_error(text):
    raise KeyError(text)


class Level:
    def __init__(self, text):
        if text not in ('lo', 'hi'):
            raise ValueError(text)
        self.text = text

    def __repr__(self):
        return 'Level(%s)' % self.text


q = argparse.ArgumentParser(prog='types')
q.add_argument('--pos', type=positive)
q.add_argument('--lvl', type=Level)
q.add_argument('--f', type=float)
q.add_argument('--cx', type=complex)
q.add_argument('--lam', type=lambda s: int(s, 16))
q.add_argument('--ch', choices='abc')
q.add_argument('--rng', type=int, choices=range(1, 4))
q.add_argument('--str-default', type=int, default='10')
q.add_argument('--bad-default', type=int, default='zz')
for args in (['--pos', '3'], ['--pos', '-3'], ['--pos', 'q'], ['--lvl', 'hi'], ['--lvl', 'mid'],
             ['--f', 'nan'], ['--f', '1e'], ['--cx', '1+2j'], ['--lam', 'ff'], ['--lam', 'zz'],
             ['--ch', 'b'], ['--ch', 'd'], ['--rng', '3'], ['--rng', '4'], ['--bad-default', '1']):
    run(q, args)
run(q, [])
r = argparse.ArgumentParser(prog='keyerr')
r.add_argument('--k', type=other_error)
try:
    r.parse_args(['--k', 'v'])
except KeyError as e:
    print('KeyError propagated', e)


class MyParser(argparse.ArgumentParser):
    def error(self, message):
        raise RuntimeError('custom: ' + message)


m = MyParser(prog='mine')
m.add_argument('x', type=int)
for args in ([], ['a'], ['1', '2']):
    try:
        print(m.parse_args(args))
    except RuntimeError as e:
        print('RuntimeError', e)

e = argparse.ArgumentParser(prog='exiter')
err = io.StringIO()
sys.stderr = err
try:
    e.exit(3, 'bye\n')
except SystemExit as ex:
    print('exit code', ex.code)
try:
    e.exit()
except SystemExit as ex:
    print('exit code', ex.code)
try:
    e.error('something bad')
except SystemExit as ex:
    print('exit code', ex.code)
sys.stderr = sys.__stderr__
print(repr(err.getvalue()))
print(str(argparse.ArgumentError(None, 'plain message')))
a = argparse.ArgumentParser().add_argument('--opt', '-o')
print(str(argparse.ArgumentError(a, 'with action')))
print(isinstance(argparse.ArgumentError(None, 'x'), Exception), issubclass(argparse.ArgumentTypeError, Exception))
