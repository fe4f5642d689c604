# linecache: lines of files by number, the cache, and files that change
import linecache
import os

name = 'linecache_test_%d.txt' % os.getpid()
with open(name, 'w') as f:
    f.write('first\nsecond\n\nlast without newline')
try:
    for n in (0, 1, 2, 3, 4, 5, -1):
        print(n, repr(linecache.getline(name, n)))
    print(linecache.getlines(name))
    print(name in linecache.cache, len(linecache.cache[name]), linecache.cache[name][2][0])
    with open(name, 'w') as f:
        f.write('changed and longer\n')
    print(repr(linecache.getline(name, 1)))      # still cached
    linecache.checkcache(name)
    print(repr(linecache.getline(name, 1)))      # read again
    linecache.clearcache()
    print(linecache.cache)
    print(repr(linecache.getline('<string>', 1)), linecache.getlines('no/such/file.py'))
    print(repr(linecache.getline(__file__, 1)))
    os.remove(name)
    linecache.checkcache()
    print(name in linecache.cache, repr(linecache.getline(name, 1)))
finally:
    if os.path.exists(name):
        os.remove(name)
