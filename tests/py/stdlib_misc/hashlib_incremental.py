import hashlib, random

rng = random.Random(9)
data = bytes(rng.getrandbits(8) for _ in range(3000))
for name in sorted(['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512']):
    ref = hashlib.new(name, data).hexdigest()
    for trial in range(4):
        h = hashlib.new(name)
        pos = 0
        snapshots = []
        while pos < len(data):
            k = rng.choice([0, 1, 3, 17, 63, 64, 65, 127, 128, 129, 500])
            h.update(data[pos:pos + k])
            pos += k
            if rng.random() < 0.1:
                snapshots.append((pos, h.copy()))
        ok = h.hexdigest() == ref
        snaps_ok = all(c.hexdigest() == hashlib.new(name, data[:p]).hexdigest() for p, c in snapshots)
        print(name, trial, ok, snaps_ok)
    print(name, ref)
    h = hashlib.new(name, b'abc')
    d1 = h.digest()
    d2 = h.digest()
    h.update(b'def')
    print(name, d1 == d2, h.hexdigest() == hashlib.new(name, b'abcdef').hexdigest(), h.digest_size, h.block_size, h.name)
# message lengths around padding boundaries
for name in ('md5', 'sha256', 'sha512'):
    print(name, [hashlib.new(name, b'\xaa' * n).hexdigest()[:8] for n in range(50, 140, 7)])
print(hashlib.md5(b'a' * 1000000).hexdigest() if False else hashlib.sha1(b'a' * 20000).hexdigest())
