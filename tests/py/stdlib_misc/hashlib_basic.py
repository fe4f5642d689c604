import hashlib, io

def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

names = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512']
inputs = [b'', b'abc', b'a' * 55, b'a' * 56, b'a' * 63, b'a' * 64, b'a' * 65, b'a' * 111, b'a' * 112, b'a' * 127,
          b'a' * 128, b'a' * 129, bytes(range(256)) * 3, b'The quick brown fox jumps over the lazy dog',
          bytearray(b'bytearray input'), memoryview(b'memoryview input')]
for n in names:
    ctor = getattr(hashlib, n)
    for d in inputs:
        h = ctor(d)
        print(n, len(d), h.hexdigest(), h.name, h.digest_size, h.block_size)
    h = ctor()
    print(n, 'digest', h.digest(), len(h.digest()) == h.digest_size)

for n in names:
    h = hashlib.new(n)
    parts = [b'x' * k for k in (1, 10, 63, 64, 65, 127, 128, 200)]
    for p in parts:
        h.update(p)
    c = h.copy()
    c.update(b'more')
    whole = hashlib.new(n, b''.join(parts))
    print(n, h.hexdigest() == whole.hexdigest(), c.hexdigest() == hashlib.new(n, b''.join(parts) + b'more').hexdigest(),
          h.hexdigest() == h.hexdigest(), h.digest().hex() == h.hexdigest())
    h.update(b'')
    print(n, h.hexdigest()[:16], c.hexdigest()[:16], type(h.hexdigest()).__name__, type(h.digest()).__name__)

print(hashlib.sha256(string=b'abc').hexdigest(), hashlib.md5(b'abc', usedforsecurity=False).hexdigest())
print(hashlib.new('SHA256', b'abc').hexdigest(), hashlib.new('sha1', data=b'abc').hexdigest(), hashlib.new('md5').name)
t('str', lambda: hashlib.sha256('abc'))
t('int', lambda: hashlib.md5(5))
t('update str', lambda: hashlib.sha1().update('x'))
t('update none', lambda: hashlib.sha1().update(None))
t('update list', lambda: hashlib.sha512().update([1]))
t('new bad', lambda: hashlib.new('nope'))
t('new int', lambda: hashlib.new(5))
t('new str data', lambda: hashlib.new('md5', 'x'))
want = {'md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512'}
print(want <= hashlib.algorithms_guaranteed, want <= hashlib.algorithms_available,
      type(hashlib.algorithms_guaranteed).__name__)
print(hashlib.file_digest(io.BytesIO(b'file contents'), 'sha256').hexdigest())
print(hashlib.file_digest(io.BytesIO(b'file contents'), hashlib.md5).hexdigest())
big = bytes(i * 7 % 251 for i in range(20000))
for n in names:
    print(n, hashlib.new(n, big).hexdigest())
