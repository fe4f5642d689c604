# makedirs + walk (top-down, bottom-up, pruning, onerror) + removedirs
import os

base = '/tmp/slotpy-os-walk-%d' % os.getpid()
os.mkdir(base)
os.chdir(base)


def show(gen):
    for top, dirs, files in gen:
        print(top, sorted(dirs), sorted(files))


try:
    os.makedirs('t/a/b/c')
    os.makedirs('t/a/d')
    os.makedirs('t/e')
    for f in ['t/f1', 't/a/f2', 't/a/b/f3', 't/e/f4', 't/e/f5']:
        open(f, 'w').close()
    # directory order from the file system is arbitrary: sort in place while walking
    for top, dirs, files in os.walk('t'):
        dirs.sort()
        print(top, dirs, sorted(files))
    print('--- bottom-up')
    out = list(os.walk('t', topdown=False))
    print(sorted(x[0] for x in out))
    print(out[-1][0], sorted(out[-1][1]), sorted(out[-1][2]))
    pos = {x[0]: i for i, x in enumerate(out)}
    print(pos['t/a/b/c'] < pos['t/a/b'] < pos['t/a'] < pos['t'], pos['t/e'] < pos['t'])
    print('--- pruned')
    for top, dirs, files in os.walk('t'):
        dirs[:] = sorted(d for d in dirs if d != 'a')
        print(top, dirs, sorted(files))
    print('--- bytes')
    for top, dirs, files in os.walk(b't/e'):
        print(top, dirs, sorted(files))
    print('--- missing')
    print(list(os.walk('missing')))
    errors = []
    print(list(os.walk('missing', onerror=errors.append)))
    print([(type(e).__name__, e.filename) for e in errors])
    print(list(os.walk('t/f1')))
    print('--- symlink')
    os.symlink('a', 't/link')
    print(sorted(x[0] for x in os.walk('t')))
    print(sorted(x[0] for x in os.walk('t', followlinks=True)))
    os.remove('t/link')
    print('--- removedirs')
    for top, dirs, files in os.walk('t', topdown=False):
        for f in files:
            os.remove(os.path.join(top, f))
    os.removedirs('t/a/b/c')
    print(sorted(x[0] for x in os.walk('t')))
finally:
    os.chdir('/')
    for top, dirs, files in os.walk(base, topdown=False):
        for f in files:
            os.remove(os.path.join(top, f))
        for d in dirs:
            os.rmdir(os.path.join(top, d))
    os.rmdir(base)
print(os.path.exists(base))
