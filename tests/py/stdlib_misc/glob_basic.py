import glob, os

base = os.path.join(os.environ.get('TMPDIR', '/tmp'), 'slotpy_glob_basic_%d' % os.getpid())
os.makedirs(base)
def touch(p):
    with open(os.path.join(base, p), 'w') as f:
        f.write('x')
try:
    for d in ['a', 'a/b', 'a/b/c', 'a/.hid', 'd', '.hdir', 'x[1]']:
        os.mkdir(os.path.join(base, d))
    for f in ['f1.txt', 'f2.txt', 'g.py', '.hidden.txt', 'a/in_a.txt', 'a/b/in_b.py', 'a/b/c/deep.txt',
              'a/.hid/secret.txt', 'd/z.txt', '.hdir/h.txt', 'x[1]/q.txt', 'star*.txt']:
        touch(f)
    old = os.getcwd()
    os.chdir(base)
    try:
        pats = ['*', '*.txt', '?.py', 'f[12].txt', 'f[!1].txt', '*/', '*/*.txt', 'a/*', 'a/*/*', '.*', '.h*', 'nope*',
                'f1.txt', 'missing.txt', 'a/', 'f1.txt/', 'a/b/', '**', '**/*.txt', '**/', 'a/**', 'a/**/*.py', '*/**/*.txt',
                'x[1]/*', glob.escape('x[1]') + '/*', glob.escape('star*.txt'), '[.]*', '', 'a//b']
        for p in pats:
            print(repr(p), sorted(glob.glob(p)))
            print('  rec', sorted(glob.glob(p, recursive=True)))
            print('  hid', sorted(glob.glob(p, recursive=True, include_hidden=True)))
        print(sorted(glob.iglob('*.txt')))
        print(type(glob.iglob('*')).__name__)
        print(sorted(glob.glob(b'*.py')), sorted(glob.glob(b'**', recursive=True))[:3])
    finally:
        os.chdir(old)
    # root_dir
    print(sorted(glob.glob('*.txt', root_dir=base)))
    print(sorted(glob.glob('**/*.py', root_dir=base, recursive=True)))
    print(sorted(glob.glob('a/b', root_dir=base)), glob.glob('zz', root_dir=base))
    n = len(base)
    print(sorted(p[n:] for p in glob.glob(os.path.join(base, '*', '*.txt'))))
    print(sorted(p[n:] for p in glob.glob(os.path.join(base, '**'), recursive=True)))
    print(sorted(p[n:] for p in glob.glob(glob.escape(base) + '/[fg]*')))
finally:
    for root, dirs, files in os.walk(base, topdown=False):
        for f in files:
            os.unlink(os.path.join(root, f))
        for d in dirs:
            os.rmdir(os.path.join(root, d))
    os.rmdir(base)
print(os.path.exists(base))
