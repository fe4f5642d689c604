# posixpath questions to the file system: exists, isfile, isdir, islink, getsize, realpath...
import os
import os.path as p

base = '/tmp/slotpy-os-pathfs-%d' % os.getpid()
os.mkdir(base)
os.chdir(base)
try:
    with open('file.txt', 'w') as f:
        f.write('12345')
    os.mkdir('dir')
    os.symlink('file.txt', 'flink')
    os.symlink('dir', 'dlink')
    os.symlink('nowhere', 'broken')
    os.symlink('loop2', 'loop1')
    os.symlink('loop1', 'loop2')
    for name in ['file.txt', 'dir', 'flink', 'dlink', 'broken', 'missing', '', 'file.txt/x',
                 b'file.txt', 'a\0b', 'loop1']:
        print(repr(name), p.exists(name), p.lexists(name), p.isfile(name), p.isdir(name),
              p.islink(name))
    print(p.exists(1.5) if False else 'skip', p.exists(0) in (True, False))
    print(p.getsize('file.txt'), p.getsize('flink'), p.getsize('dir') > 0)
    try:
        p.getsize('missing')
    except OSError as e:
        print(type(e).__name__, e)
    print(p.realpath('flink') == p.join(os.getcwd(), 'file.txt'))
    print(p.realpath('dlink/../file.txt') == p.join(os.getcwd(), 'file.txt'))
    print(p.relpath(p.realpath('broken')), p.relpath(p.realpath('dir/./x/..')))
    print(p.relpath(p.realpath('loop1')))
    print(p.realpath('/'), p.realpath('//'), p.realpath(b'/.'))
    print(p.samefile('flink', 'file.txt'), p.samefile('dir', 'file.txt'), p.samefile('dlink', 'dir'))
    print(p.ismount('/'), p.ismount('dir'), p.ismount('missing'))
    print(type(p.getmtime('file.txt')).__name__, type(p.getatime('file.txt')).__name__,
          type(p.getctime('file.txt')).__name__)
    print(p.samestat(os.stat('dir'), os.stat('dlink')))
finally:
    os.chdir('/')
    for n in ['file.txt', 'flink', 'dlink', 'broken', 'loop1', 'loop2']:
        os.remove(p.join(base, n))
    os.rmdir(p.join(base, 'dir'))
    os.rmdir(base)
print(p.exists(base))
