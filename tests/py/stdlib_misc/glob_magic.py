import glob
for s in ['abc', 'a*c', 'a?c', 'a[b]c', 'a]b', '', '**', 'x/y/z', '{a,b}', b'a*', b'abc', b'[']:
    print(repr(s), glob.has_magic(s))
for s in ['abc', 'a*c', 'a?b[c]d', '[[]', '*?[', 'dir/*.txt', '', b'a*b?c[', b'plain', '~/x*', 'a]b']:
    print(repr(s), repr(glob.escape(s)))
print(glob.glob(''), glob.glob('', recursive=True))
print(glob.glob('/nonexistent_dir_xyz/*'), glob.glob('/nonexistent_dir_xyz/**', recursive=True))
print(glob.glob('/'), glob.glob('//'))
print(glob.glob('/nonexistent_dir_xyz/'))
print('tmp' in [p.strip('/') for p in glob.glob('/t*')])
print(glob.glob0('/', 'nonexistent_xyz'), glob.glob1('/nonexistent_xyz', '*'))
try:
    glob.glob(1)
except Exception as e:
    print(type(e).__name__, e)
print(sorted(glob.__all__))
