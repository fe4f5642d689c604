# StreamReader / StreamWriter / StreamReaderWriter / codecs.open / EncodedFile
import codecs
import io
import os
import shutil
import tempfile

buf = io.BytesIO()
w = codecs.getwriter('utf-16-le')(buf)
w.write('hé')
w.writelines(['l', 'lo\n', '€'])
print(buf.getvalue(), w.errors, w.getvalue() == buf.getvalue())

r = codecs.getreader('utf-16-le')(io.BytesIO(buf.getvalue()))
print(ascii(r.read()))

data = 'line one\nligne deux é\r\nthird € line\nlast'.encode('utf-8')
r = codecs.getreader('utf-8')(io.BytesIO(data))
print(ascii(r.readline()), ascii(r.readline()))
print([ascii(x) for x in r.readlines()])
r = codecs.getreader('utf-8')(io.BytesIO(data))
print([ascii(x) for x in r])
r = codecs.getreader('utf-8')(io.BytesIO(data))
print(ascii(r.read(5)), ascii(r.read(3)), ascii(r.readline(keepends=False)), ascii(r.read()))
r = codecs.getreader('utf-8')(io.BytesIO(b'a\xffb'), 'replace')
print(ascii(r.read()))
r = codecs.getreader('utf-8')(io.BytesIO(b'a\xffb'))
try:
    r.read()
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
r = codecs.getreader('utf-8')(io.BytesIO(b'abc'))
r.read()
r.seek(0)
print(r.read(), r.tell())

d = tempfile.mkdtemp()
try:
    p = os.path.join(d, 'f.txt')
    with codecs.open(p, 'w', encoding='utf-16') as f:
        print(type(f).__name__, f.encoding)
        f.write('hello\n')
        f.write('wörld €\n')
    with open(p, 'rb') as f:
        print(f.read())
    with codecs.open(p, 'r', 'utf-16') as f:
        print(ascii(f.readline()), ascii(f.read()))
    with codecs.open(p, 'rb') as f:
        print(type(f).__name__, len(f.read()))
    with codecs.open(p, encoding='latin-1', mode='w') as f:
        f.write('é\n')
    with codecs.open(p, encoding='latin-1') as f:
        print([ascii(x) for x in f])
    with open(p, 'rb') as f:
        print(f.read())
    try:
        codecs.open(p, 'r', encoding='nope')
    except LookupError as e:
        print(type(e).__name__, e)
    # EncodedFile: utf-8 data in, latin-1 on disk
    raw = io.BytesIO()
    ef = codecs.EncodedFile(raw, 'utf-8', 'latin-1')
    ef.write('é€'.encode('utf-8')[:2])
    print(raw.getvalue(), ef.data_encoding, ef.file_encoding)
    ef = codecs.EncodedFile(io.BytesIO(b'caf\xe9\n'), 'utf-8', 'latin-1')
    print(ef.read())
finally:
    shutil.rmtree(d)
print(os.path.exists(d))

# StreamReaderWriter over an in-memory stream
bio = io.BytesIO()
srw = codecs.StreamReaderWriter(bio, codecs.getreader('ascii'), codecs.getwriter('ascii'))
srw.write('abc')
srw.seek(0)
print(srw.read(), srw.encoding)
try:
    srw.write('é')
except UnicodeEncodeError as e:
    print(type(e).__name__, e)

class Up(codecs.StreamWriter):
    def encode(self, s, errors='strict'):
        return (s.upper().encode('ascii', errors), len(s))

b = io.BytesIO()
Up(b).write('shout')
print(b.getvalue())
