# codecs.lookup: normalized names, CodecInfo, search functions
import codecs

for n in ['utf8', 'UTF-8', 'u8', 'utf_8', 'Utf 8', 'latin-1', 'latin1', 'L1', 'iso-8859-1',
          'ascii', 'US-ASCII', '646', 'utf-16', 'UTF16', 'utf_16le', 'UTF-16-BE', 'utf-32',
          'utf_32_le', 'utf-32-be', 'utf-8-sig', 'UTF_8_SIG', 'cp1252', 'windows-1252',
          'cp437', 'IBM437', 'iso8859-15', 'latin9', 'unicode_escape', 'raw-unicode-escape',
          'hex', 'hex_codec', 'base64', 'base_64', 'rot13', 'rot_13', 'zlib', 'zip']:
    i = codecs.lookup(n)
    print(repr(n), i.name, i._is_text_encoding, len(i), type(i).__name__,
          isinstance(i, tuple), i[0] is i.encode, i[1] is i.decode,
          i[2] is i.streamreader, i[3] is i.streamwriter)

for bad in ['foo', 'utf-9', '', 'utf 8 9']:
    try:
        codecs.lookup(bad)
    except LookupError as e:
        print(type(e).__name__, e)
try:
    codecs.lookup(1)
except TypeError as e:
    print('TypeError')

i = codecs.lookup('utf-8')
print(i is codecs.lookup('UTF8'))
r = repr(i)
print(r.startswith('<codecs.CodecInfo object for encoding utf-8 at 0x'), r.endswith('>'))
print(i.incrementalencoder.__name__, i.incrementaldecoder.__name__,
      i.streamreader.__name__, i.streamwriter.__name__)
print(codecs.lookup('latin-1').incrementaldecoder.__module__)
print(codecs.getencoder('utf-8')('é€'), codecs.getdecoder('latin-1')(b'\xe9'))
print(codecs.getencoder('utf-16-be')('ab'), codecs.getdecoder('cp1252')(b'\x80\x99'))
print(codecs.getreader('ascii').__name__, codecs.getwriter('ascii').__name__)

# a custom codec through a search function
def enc(s, errors='strict'):
    return (s[::-1].encode('ascii'), len(s))

def dec(b, errors='strict'):
    return (bytes(b).decode('ascii')[::-1], len(b))

seen = []

def search(name):
    seen.append(name)
    if name == 'my_rev':
        return codecs.CodecInfo(enc, dec, name='my-rev')
    if name == 'bad_codec':
        return (1, 2, 3)
    return None

codecs.register(search)
info = codecs.lookup('My-Rev')
print(info.name, info.incrementalencoder, info.streamreader, info._is_text_encoding)
print(codecs.encode('abc', 'my rev'), codecs.decode(b'xyz', 'MY_REV'))
print('abc'.encode('utf-8'))
try:
    codecs.lookup('bad codec')
except TypeError as e:
    print(type(e).__name__, e)
try:
    codecs.lookup('nothing-here')
except LookupError as e:
    print(type(e).__name__, e)
print(seen)
codecs.unregister(search)
codecs.unregister(search)
try:
    codecs.lookup('my_rev')
except LookupError as e:
    print(type(e).__name__, e)
try:
    codecs.register(42)
except TypeError as e:
    print(type(e).__name__, e)

# CodecInfo built by hand
ci = codecs.CodecInfo(enc, dec, None, None, name='x', _is_text_encoding=False)
print(ci.name, ci._is_text_encoding, tuple(ci) == (enc, dec, None, None))
print(codecs.CodecInfo(enc, dec).name)
