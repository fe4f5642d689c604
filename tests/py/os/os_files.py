# remove / unlink / rename / replace and their errors (two file names)
import os

base = '/tmp/slotpy-os-files-%d' % os.getpid()
os.mkdir(base)
os.chdir(base)


def t(f, *a, **k):
    try:
        print('ok', repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, '|', e, '|', getattr(e, 'errno', None),
              repr(getattr(e, 'filename', None)), repr(getattr(e, 'filename2', None)))


def write(name, text):
    with open(name, 'w') as f:
        f.write(text)


def read(name):
    with open(name) as f:
        return f.read()


try:
    write('a', 'AAA')
    write('b', 'BB')
    t(os.rename, 'a', 'c')
    print(sorted(os.listdir()), read('c'))
    t(os.rename, 'a', 'c')
    t(os.rename, 'c', 'b')
    print(sorted(os.listdir()), read('b'))
    write('x', 'X')
    t(os.replace, 'x', 'b')
    print(sorted(os.listdir()), read('b'))
    t(os.replace, 'nope', 'b')
    t(os.rename, b'b', b'bb')
    t(os.rename, b'bb', 'b')
    t(os.rename, 1, 'b')
    t(os.rename, 'bb', None)
    t(os.rename, 'bb')
    os.mkdir('d')
    t(os.rename, 'bb', 'd')
    t(os.rename, 'd', 'bb')
    t(os.rename, 'bb', 'no/such')
    t(os.remove, 'bb')
    t(os.remove, 'bb')
    t(os.unlink, 'd')
    t(os.remove, 'd')
    t(os.rmdir, 'd')
    write('u', '')
    t(os.unlink, 'u')
    t(os.unlink, b'u')
    t(os.remove, 7)
    t(os.remove, 'a\0')
    t(os.remove)
    print(os.listdir())
    write('r1', '1')
    t(os.renames, 'r1', 'n1/n2/r2')
    print(sorted(os.listdir()), os.listdir('n1'), read('n1/n2/r2'))
    t(os.renames, 'n1/n2/r2', 'r3')
    print(sorted(os.listdir()))
    os.remove('r3')
finally:
    os.chdir('/')
    for n in os.listdir(base):
        p = os.path.join(base, n)
        if os.path.isdir(p):
            os.rmdir(p)
        else:
            os.remove(p)
    os.rmdir(base)
print(os.path.exists(base))
