import base64, binascii, random

def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

for s in [b'', b'f', b'fo', b'foo', b'foob', b'fooba', b'foobar', b'\x00' * 7, b'\xff' * 11, bytearray(b'xyz'), memoryview(b'mv')]:
    print(base64.b32encode(s), base64.b32hexencode(s), base64.b16encode(s), base64.b85encode(s), base64.b85encode(s, pad=True),
          base64.a85encode(s), base64.a85encode(s, pad=True))
for s in [b'MZXW6===', 'MZXW6YTBOI======', b'mzxw6===', b'MZXW6', b'MZXW6YQ=', b'MZXW6YT=', b'MZ======', b'M=======',
          b'========', b'MZXW6!==', b'MZXW6YTB', b'', b'ME======', b'MZX=6===', b'0I======', b'01234567', 5, 'é']:
    t('b32 %r' % (s,), lambda: base64.b32decode(s))
    t('  casefold', lambda: base64.b32decode(s, casefold=True))
    t('  map01 L', lambda: base64.b32decode(s, map01=b'L'))
    t('  hex', lambda: base64.b32hexdecode(s))
    t('  hex casefold', lambda: base64.b32hexdecode(s, casefold=True))
for s in [b'666F6F', '666f6f', b'', b'6', b'6G', 'ABCDEF', b'0a', 'é', b'12 34', None]:
    t('b16 %r' % (s,), lambda: base64.b16decode(s))
    t('  casefold', lambda: base64.b16decode(s, casefold=True))
for s in [b'W^Zp|', b'W^Zp', b'W^', b'W', b'', b'|NsC0', b'~~~~~', b'ab"cd', b'0000000000', 'VPa', b'{{{{{']:
    t('b85 %r' % (s,), lambda: base64.b85decode(s))
for s in [b'AoDT', b'<~AoDT~>', b'z', b'az', b'y', b'AoDTs', b'Ao DT\n', b's8W-"', b's8W-!', b'uuuuu', b'Ao{', b'',
          b'<~AoDT', b'AoDT~>', b'!!!!!']:
    t('a85 %r' % (s,), lambda: base64.a85decode(s))
    t('  adobe', lambda: base64.a85decode(s, adobe=True))
    t('  foldspaces', lambda: base64.a85decode(s, foldspaces=True))
print(base64.a85encode(b'    ', foldspaces=True), base64.a85encode(b'\0' * 8), base64.a85encode(b'\0\0', pad=False))
print(base64.a85encode(b'hello world, this is ascii85', wrapcol=10, adobe=True))
print(base64.a85encode(b'hello world', wrapcol=1, adobe=True), base64.a85encode(b'hello world!', wrapcol=7))
r = random.Random(3)
for n in range(25):
    d = bytes(r.getrandbits(8) for _ in range(r.randrange(0, 30)))
    e32, e32h, e16, e85, ea85 = (base64.b32encode(d), base64.b32hexencode(d), base64.b16encode(d),
                                  base64.b85encode(d), base64.a85encode(d))
    ok = (base64.b32decode(e32) == d and base64.b32hexdecode(e32h) == d and base64.b16decode(e16) == d
          and base64.b85decode(e85) == d and base64.a85decode(ea85) == d)
    print(e32.decode(), e16.decode(), e85.decode(), ea85.decode(), ok)
