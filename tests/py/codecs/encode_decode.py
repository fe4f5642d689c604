# codecs.encode / codecs.decode over the built-in codecs
import codecs

text = 'Aé€\U0001F600z'
for enc in ['utf-8', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be',
            'utf-8-sig', 'unicode_escape', 'raw_unicode_escape']:
    b = codecs.encode(text, enc)
    print(enc, b, codecs.decode(b, enc) == text)

for enc in ['latin-1', 'ascii', 'cp1252', 'cp437', 'iso8859-15']:
    for errors in ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace',
                   'namereplace']:
        try:
            print(enc, errors, codecs.encode(text, enc, errors))
        except UnicodeEncodeError as e:
            print(enc, errors, type(e).__name__, e)

data = b'a\xe9\x80\xff\xc3'
for enc in ['utf-8', 'ascii', 'latin-1', 'cp1252', 'cp437', 'utf-16-le']:
    for errors in ['strict', 'ignore', 'replace', 'backslashreplace', 'surrogateescape']:
        try:
            print(enc, errors, ascii(codecs.decode(data, enc, errors)))
        except UnicodeDecodeError as e:
            print(enc, errors, type(e).__name__, e)

# defaults
print(codecs.encode('x'), codecs.decode(b'x'), codecs.encode(obj='é', encoding='latin-1'))
print(codecs.decode(bytearray(b'abc'), 'ascii'), codecs.decode(memoryview(b'abc'), 'utf-8'))

# surrogates
print(codecs.encode('a\udc80', 'utf-8', 'surrogateescape'))
print(codecs.encode('a\ud800', 'utf-8', 'surrogatepass'), codecs.decode(b'a\xed\xa0\x80', 'utf-8', 'surrogatepass') == 'a\ud800')
print(codecs.encode('\ud800', 'utf-16-le', 'surrogatepass'), codecs.encode('\ud800', 'utf-32-be', 'surrogatepass'))
try:
    codecs.encode('a\ud800', 'utf-8')
except UnicodeEncodeError as e:
    print(type(e).__name__, e)

# bytes-to-bytes and str-to-str codecs
print(codecs.encode(b'\x00\xffab', 'hex'), codecs.decode(b'00ff6162', 'hex'), codecs.decode('6162', 'hex'))
print(codecs.encode(b'hello world', 'base64'), codecs.decode(b'aGVsbG8gd29ybGQ=\n', 'base64'))
print(codecs.encode('Hello, World!', 'rot13'), codecs.decode('Uryyb', 'rot-13'))
print(codecs.decode(codecs.encode(b'abc' * 10, 'zlib'), 'zlib'))

# wrong types and unknown names
cases = [
    (codecs.encode, ('abc', 'hex')),
    (codecs.decode, ('abc', 'utf-8')),
    (codecs.encode, (b'abc', 'utf-8')),
    (codecs.encode, (b'abc', 'latin-1')),
    (codecs.decode, (b'zz', 'hex')),
    (codecs.encode, ('abc', 'nope')),
    (codecs.decode, (b'abc', 'nope')),
    (codecs.encode, ('abc', 'ascii', 'nohandler')),
    (codecs.encode, ('abé', 'ascii', 'nohandler')),
]
for f, args in cases:
    try:
        print(f(*args))
    except Exception as e:
        print(f.__name__, args, type(e).__name__, e)

# str.encode / bytes.decode agree for the text codecs
for enc in ['utf-8', 'latin-1', 'cp1252', 'utf-16', 'unicode_escape']:
    s = 'x\xe9\n'
    print(enc, s.encode(enc) == codecs.encode(s, enc), codecs.decode(s.encode(enc), enc) == s)
