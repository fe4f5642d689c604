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

p = argparse.ArgumentParser(prog='git')
p.add_argument('--verbose', action='store_true')
sub = p.add_subparsers(dest='command', help='sub-command help')
c = sub.add_parser('commit', help='record changes', aliases=['ci'])
c.add_argument('-m', '--message', required=True)
c.add_argument('--amend', action='store_true')
c.set_defaults(func='do_commit')
s = sub.add_parser('status', help='show status')
s.add_argument('paths', nargs='*')
s.set_defaults(func='do_status')
sub.add_parser('hidden')
for args in ([], ['commit', '-m', 'msg'], ['ci', '-m', 'x', '--amend'], ['--verbose', 'status', 'a', 'b'],
             ['status', '--verbose'], ['commit'], ['push'], ['commit', '-h'], ['-h'],
             ['status', '--bogus'], ['hidden']):
    run(p, args)
show('known', lambda: p.parse_known_args(['status', 'x', '--zz']))
print(sub)

q = argparse.ArgumentParser(prog='tool')
qs = q.add_subparsers(title='commands', description='available commands', dest='cmd',
                      required=True, metavar='COMMAND')
a = qs.add_parser('add', help='add numbers')
a.add_argument('x', type=int)
a.add_argument('y', type=int)
qs.add_parser('list', help='list things', aliases=['ls', 'l'])
for args in ([], ['add', '1', '2'], ['add', '1'], ['ls'], ['-h'], ['add', '-h'], ['nope']):
    run(q, args)
show('dup parser', lambda: qs.add_parser('add'))
show('dup alias', lambda: qs.add_parser('new', aliases=['ls']))

r = argparse.ArgumentParser(prog='r')
r.add_argument('pos')
rs = r.add_subparsers()
x = rs.add_parser('x')
x.add_argument('--xx', default=1)
run(r, ['P', 'x', '--xx', '2'])
run(r, ['P'])
run(r, ['-h'])
run(x, ['-h'])
run(r, ['P', 'y'])
err = io.StringIO()
sys.stderr = err
try:
    r.add_subparsers()
except SystemExit as e:
    print('second subparsers: exit', e.code)
finally:
    sys.stderr = sys.__stderr__
print(err.getvalue(), end='')

d = argparse.ArgumentParser(prog='defaults')
d.add_argument('--level', default='top')
ds = d.add_subparsers(dest='which')
one = ds.add_parser('one')
one.set_defaults(level='sub-level')
run(d, ['one'])
run(d, ['--level', 'cli', 'one'])
run(d, [])

top = argparse.ArgumentParser(prog='top')
ts = top.add_subparsers(required=True)
remote = ts.add_parser('remote', description='Manage remotes.')
rs = remote.add_subparsers(dest='remote_cmd', required=True)
radd = rs.add_parser('add', help='add a remote', formatter_class=argparse.ArgumentDefaultsHelpFormatter)
radd.add_argument('name')
radd.add_argument('--fetch', action='store_true', help='fetch after adding')
rs.add_parser('rm', aliases=['remove'], help='remove a remote').add_argument('name')
ts.add_parser('log').add_argument('-n', type=int, default=10)
for args in ([], ['remote'], ['remote', 'add', 'origin', '--fetch'], ['remote', 'remove', 'x'],
             ['remote', 'add', '-h'], ['remote', '-h'], ['log', '-n', '3'], ['log', '-n', 'x'],
             ['remote', 'add'], ['lo']):
    run(top, args)
