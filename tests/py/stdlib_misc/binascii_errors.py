import binascii, base64

def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e, isinstance(e, ValueError))

for d in [b'YWJjZA==', b'YWJjZA=', b'YWJjZA', b'YWJjZ', b'Y', b'YW', b'YWJ', b'====', b'YW==YW==', b'Y!W@J#j$',
          b'YWJj\nZGVm\n', b'\x80\x81YWJj', b'YWJjZA==\x00', b'Y=WJ', b'YW=J', b'YWJ=j']:
    t('a2b %r' % d, lambda: binascii.a2b_base64(d))
    t('  strict', lambda: binascii.a2b_base64(d, strict_mode=True))
    t('  b64decode validate', lambda: base64.b64decode(d, validate=True))
t('b2a str', lambda: binascii.b2a_base64('x'))
t('b2a int', lambda: binascii.b2a_base64(1))
t('b2a newline', lambda: binascii.b2a_base64(b'xyz', newline=False))
t('a2b list', lambda: binascii.a2b_base64([1]))
t('a2b nonascii', lambda: binascii.a2b_base64('Y\u00ffWJj'))
t('a2b str', lambda: binascii.a2b_base64('YWJj'))
t('unhex odd', lambda: binascii.unhexlify(b'abc'))
t('unhex bad', lambda: binascii.unhexlify(b'zz'))
t('unhex space', lambda: binascii.unhexlify('a b '))
t('unhex int', lambda: binascii.unhexlify(12))
t('hex str', lambda: binascii.hexlify('ab'))
t('hex sep long', lambda: binascii.hexlify(b'ab', '::'))
t('hex sep int', lambda: binascii.hexlify(b'ab', 1))
t('crc str', lambda: binascii.crc32('abc'))
t('crc big', lambda: binascii.crc32(b'abc', 2**32 + 5))
t('crc neg', lambda: binascii.crc32(b'abc', -5))
t('hqx', lambda: binascii.crc_hqx(b'123456789', 0xFFFF))
t('b16 odd', lambda: base64.b16decode(b'ABC'))
t('b16 lower', lambda: base64.b16decode(b'ab'))
t('b32 pad', lambda: base64.b32decode(b'MZXW6==='[:7]))
t('b85 bad', lambda: base64.b85decode(b'ab"d'))
t('b85 overflow', lambda: base64.b85decode(b'~~~~~'))
t('b64 str nonascii', lambda: base64.b64decode('\u00e9'))
t('b64 obj', lambda: base64.b64decode(object()))
print(issubclass(binascii.Error, ValueError), issubclass(binascii.Incomplete, Exception), binascii.Error.__name__)
