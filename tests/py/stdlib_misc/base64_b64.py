import base64, binascii, random

def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

for s in [b'', b'f', b'fo', b'foo', b'foob', b'fooba', b'foobar', b'\x00', b'\xff\xfe\xfd', bytes(range(256)),
          bytearray(b'hello'), memoryview(b'view'), b'\xfb\xff\xbf']:
    e = base64.b64encode(s)
    print(e, base64.standard_b64encode(s), base64.urlsafe_b64encode(s), base64.b64encode(s, altchars=b'*!'),
          base64.b64decode(e) == bytes(s), base64.urlsafe_b64decode(base64.urlsafe_b64encode(s)) == bytes(s))
for s in ['Zm9v', b'Zm9vYg==', 'Zm9vYg', b'Zm9vYmFy', b'Zm9v\nYmFy', b'Zm 9v', b'Zm9v!', b'====', b'Z', b'Zm=9',
          b'Zm9vYg=', b'Zm9vYg===', b'Zm9vYg==Zm9v', b'', '-_-_', b'+/+/', 'Zm9v\u00e9', 3, None, [1],
          bytearray(b'YWI='), memoryview(b'YWI=')]:
    t('dec %r' % (s if not isinstance(s, memoryview) else 'mv',), lambda: base64.b64decode(s))
    t('  validate', lambda: base64.b64decode(s, validate=True))
    t('  urlsafe', lambda: base64.urlsafe_b64decode(s))
    t('  std', lambda: base64.standard_b64decode(s))
t('altchars', lambda: base64.b64decode(b'a*b!', altchars=b'*!'))
t('altchars str', lambda: base64.b64decode('a*b!', altchars='*!'))
t('altchars validate', lambda: base64.b64decode(b'a*b!', altchars=b'*!', validate=True))
t('altchars bad', lambda: base64.b64encode(b'x', altchars=b'*'))
t('encode str', lambda: base64.b64encode('abc'))
t('encode int', lambda: base64.b64encode(5))
t('urlsafe enc str', lambda: base64.urlsafe_b64encode('abc'))

long = bytes(range(200)) * 2
eb = base64.encodebytes(long)
print(eb.count(b'\n'), [len(x) for x in eb.split(b'\n')], base64.decodebytes(eb) == long)
print(base64.encodebytes(b''), base64.encodebytes(b'abc'), base64.decodebytes(b'YWJj\n'), base64.encodebytes(bytearray(b'z')))
t('encodebytes str', lambda: base64.encodebytes('abc'))
t('decodebytes str', lambda: base64.decodebytes('YWJj'))
t('encodebytes int', lambda: base64.encodebytes(3))
import io
src = io.BytesIO(long)
dst = io.BytesIO()
base64.encode(src, dst)
print(dst.getvalue() == eb)
back = io.BytesIO()
base64.decode(io.BytesIO(eb), back)
print(back.getvalue() == long)
r = random.Random(11)
for n in range(30):
    d = bytes(r.getrandbits(8) for _ in range(r.randrange(0, 60)))
    e = base64.b64encode(d)
    assert base64.b64decode(e, validate=True) == d
    print(e.decode(), base64.urlsafe_b64encode(d).decode())
print(base64.__all__)
