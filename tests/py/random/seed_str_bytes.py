# Seeding with str, bytes and bytearray (version 2 appends the SHA-512 digest) and version 1.
import random
for s in ['', 'a', 'hello', 'hello world', 'ü€𝄞', 'x' * 200, b'', b'abc', b'\x00\xff' * 70,
          bytearray(b'hello'), bytearray()]:
    random.seed(s)
    print(repr(s)[:40], random.random(), random.getrandbits(40))
random.seed('hello')
a = random.random()
random.seed(b'hello')
print(a == random.random())
random.seed(bytearray(b'hello'))
print(a == random.random())
for s in ['', 'a', 'abc', 'hello world', b'abc', b'\xff\xfe', 'ÿ']:
    random.seed(s, version=1)
    print('v1', repr(s), random.random(), random.randrange(100))
random.seed(b'abc', version=1)
a = random.random()
random.seed('abc', version=1)
print(a == random.random())
try:
    random.seed(bytearray(b'abc'), version=1)
except TypeError as e:
    print('TypeError', e)
r = random.Random('seed me')
print(r.random(), r.randint(1, 6))
