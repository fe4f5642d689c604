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

DESC = '''This description
    keeps its    layout
        when raw.

Second paragraph.'''
HELP = '''line one
  line two indented
line three'''


def build(cls):
    p = argparse.ArgumentParser(prog='fmt', formatter_class=cls, description=DESC,
                                epilog='epilog   with   spaces\nand newline')
    p.add_argument('--raw', type=str, help=HELP)
    p.add_argument('--num', type=int, default=42, help='a number')
    p.add_argument('--nohelp', type=float, default=1.5)
    p.add_argument('--sup', type=str, default=argparse.SUPPRESS, help='suppressed default')
    p.add_argument('--pct', type=int, default=7, help='percent %% and %(default)s and %(type)s')
    p.add_argument('--flag', action='store_true', help='a flag')
    p.add_argument('--none', type=str, help='default none')
    p.add_argument('items', nargs='*', type=str, default=['a'], help='the items')
    p.add_argument('one', type=int, help='single')
    p.add_argument('maybe', nargs='?', type=str, default='m')
    return p


for cls in (argparse.HelpFormatter, argparse.RawDescriptionHelpFormatter,
            argparse.RawTextHelpFormatter, argparse.ArgumentDefaultsHelpFormatter,
            argparse.MetavarTypeHelpFormatter):
    print('=====', cls.__name__)
    print(build(cls).format_help())


class Combined(argparse.ArgumentDefaultsHelpFormatter, argparse.RawDescriptionHelpFormatter):
    pass


print(build(Combined).format_help())


class Narrow(argparse.HelpFormatter):
    def __init__(self, prog):
        super().__init__(prog, max_help_position=10, width=40)


print(build(Narrow).format_help())


class Wide(argparse.HelpFormatter):
    def __init__(self, prog):
        super().__init__(prog, indent_increment=4, max_help_position=40, width=100)


print(build(Wide).format_help())
f = argparse.HelpFormatter('x', width=30)
f.add_usage(None, [], [])
f.add_text('some text that is going to be wrapped at thirty columns exactly')
f.start_section('section')
f.add_text('inside')
f.end_section()
print(repr(f.format_help()))
