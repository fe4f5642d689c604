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

ns = argparse.Namespace(a=1, b='x')
print(ns, repr(ns), str(ns))
print(ns == argparse.Namespace(a=1, b='x'), ns == argparse.Namespace(a=1), ns != argparse.Namespace(b='x', a=1))
print(ns == 5, ns != 5)
print('a' in ns, 'z' in ns)
print(vars(ns))
ns.c = [1, 2]
print(ns, ns.c)
del ns.a
print(ns)
print(argparse.Namespace())
print(argparse.Namespace(**{'not-ident': 1, 'ok': 2, '1x': 3}))

p = argparse.ArgumentParser(prog='ns')
p.add_argument('--x', default=5)
p.add_argument('--y', action='append')
p.add_argument('--z', default=argparse.SUPPRESS)
existing = argparse.Namespace(x='kept', y=['pre'], other=True)
res = p.parse_args(['--y', 'new'], namespace=existing)
print(res, res is existing)
print(p.parse_args([]))
print(p.parse_args(['--z', '1']))


class Custom:
    pass


c = p.parse_args(['--x', '9'], namespace=Custom())
print(type(c).__name__, c.x, c.y, hasattr(c, 'z'))
p.set_defaults(x='setdef', w='new')
print(p.parse_args([]))
q = argparse.ArgumentParser(prog='argdef', argument_default=argparse.SUPPRESS)
q.add_argument('--a')
q.add_argument('--b', default=None)
q.add_argument('c', nargs='?')
print(q.parse_args([]), q.parse_args(['--a', '1', 'C']))
r = argparse.ArgumentParser(prog='argdef2', argument_default=0)
r.add_argument('--a')
r.add_argument('--b', action='count')
print(r.parse_args([]), r.parse_args(['--bb'[:3]]))
print(argparse.SUPPRESS, argparse.OPTIONAL, argparse.ZERO_OR_MORE, argparse.ONE_OR_MORE,
      argparse.PARSER, argparse.REMAINDER)
print(sorted(argparse.__all__))
