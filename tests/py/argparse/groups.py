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

p = argparse.ArgumentParser(prog='grp', description='Group demo.')
p.add_argument('--top', help='a top-level option')
g = p.add_argument_group('input', 'Options that control where the input comes from and how '
                         'it is decoded; this description is long enough to wrap.')
g.add_argument('--src', metavar='PATH', help='source path')
g.add_argument('--enc', default='utf-8', help='encoding (default: %(default)s)')
g.add_argument('files', nargs='*', help='input files')
h = p.add_argument_group('output')
h.add_argument('-o', '--output', help='where the result goes, which is a rather long help '
               'text that must be wrapped onto several lines by the formatter')
h.add_argument('--very-long-option-name-here', help='help starts on the next line')
e = p.add_argument_group('empty group')
n = p.add_argument_group(description='untitled group description')
n.add_argument('--untitled', action='store_true')
print(p.format_help())
run(p, ['--src', 'a', 'x', 'y', '-o', 'out'])
print([grp.title for grp in p._action_groups])

parent = argparse.ArgumentParser(add_help=False)
parent.add_argument('--parent-opt', type=int, default=1)
pg = parent.add_argument_group('shared')
pg.add_argument('--shared')
pm = parent.add_mutually_exclusive_group()
pm.add_argument('--m1', action='store_true')
pm.add_argument('--m2', action='store_true')
parent.set_defaults(from_parent=True)
child = argparse.ArgumentParser(prog='child', parents=[parent])
child.add_argument('arg')
print(child.format_help())
run(child, ['--parent-opt', '5', 'A', '--shared', 's'])
run(child, ['--m1', '--m2', 'A'])
child2 = argparse.ArgumentParser(prog='child2', parents=[parent], add_help=False)
run(child2, ['--parent-opt', 'x'])
print(child2.format_help())

c = argparse.ArgumentParser(prog='conf', conflict_handler='resolve')
c.add_argument('-f', '--foo', help='old foo')
c.add_argument('--foo', help='new foo')
c.add_argument('-x', help='old x')
c.add_argument('-x', help='new x')
print(c.format_help())
d = argparse.ArgumentParser(prog='err')
d.add_argument('-f', '--foo')
show('conflict', lambda: d.add_argument('--foo'))
show('conflict2', lambda: d.add_argument('-f', '--foo'))
show('bad handler', lambda: argparse.ArgumentParser(conflict_handler='nope'))
show('bad option', lambda: d.add_argument('-g', 'h'))
show('no dest', lambda: d.add_argument('--'))
