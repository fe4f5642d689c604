import glob, os

base = os.path.join(os.environ.get('TMPDIR', '/tmp'), 'slotpy_glob_rec_%d' % os.getpid())
def touch(p):
    with open(os.path.join(base, p), 'w') as f:
        f.write('')
os.makedirs(base)
try:
    for d in ['src', 'src/pkg', 'src/pkg/.cache', 'src/.git', 'src/.git/objects', 'docs', 'docs/img', 'empty']:
        os.mkdir(os.path.join(base, d))
    for f in ['setup.py', 'src/app.py', 'src/pkg/__init__.py', 'src/pkg/mod.py', 'src/pkg/.cache/c.py',
              'src/.git/HEAD', 'src/.git/objects/ab', 'docs/index.rst', 'docs/img/logo.png', '.env']:
        touch(f)
    os.symlink('setup.py', os.path.join(base, 'link.py'))
    os.symlink('missing-target', os.path.join(base, 'broken.py'))
    os.symlink('docs', os.path.join(base, 'docslink'))
    def g(p, **kw):
        return sorted(glob.glob(p, root_dir=base, **kw))
    for p in ['**', '**/', '**/*.py', 'src/**', 'src/**/', 'src/**/*.py', '**/pkg/*', '**/.git/**', '**/.*',
              '*.py', '*', '.*', 'src/*/', 'src/.*/', 'docs*/*', 'docs*/**/*.png', '*/**/*.py', '**/**/*.py',
              'src/**/**', 'empty/**', 'empty/*', 'nope/**', '**/*.rst', 'src/pkg/**/*.py', 'broken.py', 'link.py',
              '[bl]*.py', 'docslink/', 'docslink/*']:
        print(repr(p))
        print('  plain ', g(p))
        print('  rec   ', g(p, recursive=True))
        print('  hidden', g(p, recursive=True, include_hidden=True))
    print(sorted(glob.glob(b'**/*.py', root_dir=os.fsencode(base), recursive=True)))
    it = glob.iglob('**/*.rst', root_dir=base, recursive=True)
    print(next(it), list(it))
    print(sorted(glob.glob1(base, '*.py')), glob.glob0(base, 'setup.py'), glob.glob0(base, 'zz'), glob.glob0(base + '/docs', ''))
finally:
    for root, dirs, files in os.walk(base, topdown=False):
        for f in files:
            os.unlink(os.path.join(root, f))
        for d in dirs:
            p = os.path.join(root, d)
            if os.path.islink(p):
                os.unlink(p)
            else:
                os.rmdir(p)
    os.rmdir(base)
print(os.path.exists(base))
