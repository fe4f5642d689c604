# low-level codec functions, BOM constants and helpers
import codecs

for n in ['BOM', 'BOM_BE', 'BOM_LE', 'BOM_UTF8', 'BOM_UTF16', 'BOM_UTF16_LE', 'BOM_UTF16_BE',
          'BOM_UTF32', 'BOM_UTF32_LE', 'BOM_UTF32_BE', 'BOM32_LE', 'BOM32_BE', 'BOM64_LE',
          'BOM64_BE']:
    print(n, getattr(codecs, n))

print(codecs.utf_8_encode('aé'), codecs.utf_8_decode(b'a\xc3\xa9'))
print(codecs.utf_8_decode(b'a\xe2\x82'), codecs.utf_8_decode(b'a\xe2\x82', 'replace', True))
try:
    codecs.utf_8_decode(b'a\xe2\x82', 'strict', True)
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print(codecs.utf_16_encode('ab'), codecs.utf_16_decode(b'\xff\xfea\x00b'), codecs.utf_16_decode(b'\xfe\xff\x00a', 'strict', True))
print(codecs.utf_16_ex_decode(b'\xfe\xff\x00a'), codecs.utf_16_ex_decode(b'a\x00'), codecs.utf_16_ex_decode(b'\x00a', 'strict', 1))
print(codecs.utf_16_le_encode('a'), codecs.utf_16_be_decode(b'\x00a\x00'))
print(codecs.utf_32_encode('a'), codecs.utf_32_decode(b'\xff\xfe\x00\x00a\x00\x00\x00'), codecs.utf_32_ex_decode(b'\x00\x00\xfe\xff\x00\x00\x00a'))
print(codecs.utf_32_le_decode(b'a\x00\x00\x00b'), codecs.utf_32_be_encode('a'))
print(codecs.latin_1_encode('é'), codecs.latin_1_decode(b'\xe9'), codecs.ascii_encode('ab'), codecs.ascii_decode(b'ab'))
print(codecs.ascii_encode('aé', 'replace'), codecs.latin_1_encode('€', 'xmlcharrefreplace'))
print(codecs.unicode_escape_encode('a\n\xe9'), codecs.unicode_escape_decode(b'\\u20ac\\n'))
print(codecs.raw_unicode_escape_encode('a\n\u20ac'), codecs.raw_unicode_escape_decode(b'\\u20ac\\n'))
print(codecs.charmap_decode(b'\x00\x01', 'strict', 'ab'), codecs.charmap_encode('ab', 'strict', {97: 1, 98: 2}))
print(codecs.charmap_decode(b'\xe9'), codecs.charmap_encode('é'))

cases = [
    (codecs.latin_1_encode, (b'abc',)),
    (codecs.utf_8_encode, (1,)),
    (codecs.utf_8_decode, ('abc',)),
    (codecs.ascii_decode, (5,)),
    (codecs.ascii_encode, ('é',)),
    (codecs.charmap_decode, (b'\x05', 'strict', 'ab')),
]
for f, args in cases:
    try:
        print(f(*args))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)

print(codecs.make_identity_dict(range(3)))
print(codecs.make_encoding_map({1: 97, 2: 98, 3: 97}))
print(codecs.utf_8_encode.__name__, codecs.encode.__module__ if False else '')

# the stateless Codec interface
class Rev(codecs.Codec):
    def encode(self, s, errors='strict'):
        return (s[::-1].encode(), len(s))

print(Rev().encode('abc'))
try:
    codecs.Codec().encode('x')
except NotImplementedError:
    print('NotImplementedError')
