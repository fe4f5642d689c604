# mkdir / rmdir and their errors, in a private temporary directory
import os

base = '/tmp/slotpy-os-mkdir-%d' % os.getpid()
os.mkdir(base)
os.chdir(base)


def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print('ok', repr(r))
    except Exception as e:
        print(type(e).__name__, '|', e, '|', getattr(e, 'errno', None), repr(getattr(e, 'filename', None)))


try:
    t(os.mkdir, 'd1')
    print(os.path.isdir('d1'), os.path.exists('d1'), sorted(os.listdir('.')))
    t(os.mkdir, 'd1')
    t(os.mkdir, b'd2')
    t(os.mkdir, 'd3', 0o755)
    t(os.mkdir, 'd4', mode=0o700)
    print(oct(os.stat('d4').st_mode & 0o777))
    t(os.mkdir, 'no/such/dir')
    t(os.mkdir, '')
    t(os.mkdir, 1.5)
    t(os.mkdir, None)
    t(os.mkdir, 'x', 'y')
    t(os.mkdir, 'a\0b')
    t(os.mkdir)
    print(sorted(os.listdir('.')))
    with open('d1/file', 'w') as f:
        f.write('x')
    t(os.rmdir, 'd1')
    os.remove('d1/file')
    t(os.rmdir, 'd1')
    t(os.rmdir, 'd1')
    t(os.rmdir, b'd2')
    t(os.rmdir, 'd3')
    t(os.rmdir, 'd4')
    with open('plain', 'w') as f:
        pass
    t(os.rmdir, 'plain')
    t(os.mkdir, 'plain')
    t(os.mkdir, 'plain/sub')
    os.remove('plain')
    t(os.rmdir, 1)
    print(sorted(os.listdir('.')))
finally:
    os.chdir('/')
    for root, dirs, files in os.walk(base, topdown=False):
        for n in files:
            os.remove(os.path.join(root, n))
        for n in dirs:
            os.rmdir(os.path.join(root, n))
    os.rmdir(base)
print(os.path.exists(base))
