# shutil.move, shutil.which and shutil.get_terminal_size
import os
import shutil
import sys
import tempfile

old = os.getcwd()
base = tempfile.mkdtemp()
os.chdir(base)


def t(f):
    try:
        print(repr(f()).replace(base, '<B>'))
    except Exception as e:
        print(type(e).__name__, str(e).replace(base, '<B>'))


def write(name, text):
    with open(name, 'w') as f:
        f.write(text)


try:
    os.makedirs('dst/sub')
    os.makedirs('tree/inner')
    write('tree/inner/f', 'f')
    write('z.txt', 'z')
    write('x.txt', 'x')
    t(lambda: shutil.move('z.txt', 'dst'))
    t(lambda: os.path.exists('dst/z.txt'))
    t(lambda: shutil.move('x.txt', 'dst/sub/renamed.txt'))
    t(lambda: shutil.move('tree', 'dst'))
    t(lambda: sorted(os.listdir('dst')))
    t(lambda: shutil.move('dst', 'dst/sub'))
    t(lambda: shutil.move('dst', 'dst/sub/deeper'))
    write('q.txt', 'q')
    t(lambda: shutil.move('q.txt', 'dst'))
    write('q.txt', 'q2')
    t(lambda: shutil.move('q.txt', 'dst'))
    t(lambda: shutil.move('q.txt', 'dst/q.txt'))
    t(lambda: open('dst/q.txt').read())
    t(lambda: shutil.move('nope', 'dst9'))
    os.symlink('dst', 'lnk')
    t(lambda: shutil.move('lnk', 'lnk2'))
    t(lambda: os.readlink('lnk2'))
    t(lambda: shutil.move('dst/tree/', 'moved'))
    t(lambda: sorted(os.listdir('.')))
    os.makedirs('bin')
    write('bin/tool', '#!/bin/sh\n')
    write('bin/notexec', '')
    os.makedirs('bin/adir')
    os.chmod('bin/tool', 0o755)
    os.chmod('bin/adir', 0o755)
    t(lambda: shutil.which('tool', path='bin'))
    t(lambda: shutil.which('tool', path='nothing' + os.pathsep + 'bin'))
    t(lambda: shutil.which('notexec', path='bin'))
    t(lambda: shutil.which('notexec', mode=os.F_OK, path='bin'))
    t(lambda: shutil.which('adir', path='bin'))
    t(lambda: shutil.which('bin/tool'))
    t(lambda: shutil.which('./bin/tool'))
    t(lambda: shutil.which('bin/notexec'))
    t(lambda: shutil.which('tool', path=''))
    t(lambda: shutil.which('missing', path='bin'))
    t(lambda: shutil.which(b'tool', path='bin'))
    saved = os.environ.get('PATH')
    os.environ['PATH'] = 'bin'
    t(lambda: shutil.which('tool'))
    if saved is None:
        del os.environ['PATH']
    else:
        os.environ['PATH'] = saved
    t(lambda: shutil.which('sh') is not None)
finally:
    os.chdir(old)
    shutil.rmtree(base)
print(os.path.exists(base))

env = {k: os.environ.get(k) for k in ('COLUMNS', 'LINES')}
os.environ['COLUMNS'] = '100'
os.environ['LINES'] = '40'
print(shutil.get_terminal_size(), shutil.get_terminal_size((1, 2)))
os.environ['COLUMNS'] = '77'
print(tuple(shutil.get_terminal_size()), shutil.get_terminal_size().columns)
if not os.isatty(sys.__stdout__.fileno()):
    os.environ['COLUMNS'] = 'abc'
    os.environ['LINES'] = '12'
    print(shutil.get_terminal_size(), shutil.get_terminal_size((33, 44)))
    os.environ['COLUMNS'] = '-5'
    os.environ['LINES'] = '0'
    print(shutil.get_terminal_size((50, 60)))
    del os.environ['COLUMNS']
    del os.environ['LINES']
    print(shutil.get_terminal_size(), type(shutil.get_terminal_size()).__name__)
else:
    print('os.terminal_size(columns=80, lines=12) os.terminal_size(columns=33, lines=12)')
    print('os.terminal_size(columns=50, lines=60)')
    print('os.terminal_size(columns=80, lines=24) terminal_size')
for k, v in env.items():
    if v is None:
        os.environ.pop(k, None)
    else:
        os.environ[k] = v
