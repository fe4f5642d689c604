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

p = argparse.ArgumentParser(prog='act')
p.add_argument('-t', action='store_true')
p.add_argument('-f', action='store_false')
p.add_argument('-c', action='store_const', const='K')
p.add_argument('-a', '--add', action='append')
p.add_argument('--ac', action='append_const', const=1, dest='consts')
p.add_argument('--ac2', action='append_const', const=2, dest='consts')
p.add_argument('-e', '--ext', action='extend', nargs='+')
p.add_argument('-n', action='count')
p.add_argument('--version', action='version', version='%(prog)s 1.2.3')
p.add_argument('--default-list', action='append', default=['x'])
for args in ([], ['-t', '-f', '-c'], ['-tfc'], ['-a', '1', '--add', '2', '-a3'],
             ['--ac', '--ac2', '--ac'], ['-e', '1', '2', '-e', '3'], ['-nnn', '-n'],
             ['--version'], ['--default-list', 'y'], ['-t=1'], ['-tx'], ['--ext']):
    run(p, args)
print(p.format_help())


class Upper(argparse.Action):
    def __init__(self, option_strings, dest, **kwargs):
        super().__init__(option_strings, dest, **kwargs)

    def __call__(self, parser, namespace, values, option_string=None):
        print('  called with', repr(values), repr(option_string))
        setattr(namespace, self.dest, values.upper())


q = argparse.ArgumentParser(prog='custom')
q.add_argument('--up', action=Upper, help='upper-cased')
q.add_argument('word', action=Upper)
run(q, ['--up', 'abc', 'def'])
run(q, ['xyz'])
show('unknown action', lambda: argparse.ArgumentParser().add_argument('--z', action='bogus'))
show('not callable type', lambda: argparse.ArgumentParser().add_argument('--z', type='int'))
show('FileType class', lambda: argparse.ArgumentParser().add_argument('--z', type=argparse.FileType))
print(argparse.FileType('w'), argparse.FileType('rb', 10, encoding='utf-8', errors='strict'))

b = argparse.ArgumentParser(prog='bool')
b.add_argument('--feature', action=argparse.BooleanOptionalAction, help='enable it')
b.add_argument('--other', action=argparse.BooleanOptionalAction, default=False)
for args in ([], ['--feature'], ['--no-feature', '--other'], ['--no-f'], ['-h']):
    run(b, args)

v = argparse.ArgumentParser(prog='ver')
v.version = 'fallback 0.1'
v.add_argument('-V', action='version')
run(v, ['-V'])
print(v.parse_args([]))
