# incremental encoders / decoders, iterencode / iterdecode
import codecs

def feed(enc, chunks, errors='strict'):
    d = codecs.getincrementaldecoder(enc)(errors)
    out = []
    try:
        for c in chunks:
            out.append(d.decode(c))
        out.append(d.decode(b'', final=True))
    except UnicodeDecodeError as e:
        out.append('%s: %s' % (type(e).__name__, e))
    print(enc, errors, [ascii(x) for x in out])

euro8 = '€'.encode('utf-8')
feed('utf-8', [b'a', euro8[:1], euro8[1:2], euro8[2:], b'b'])
feed('utf-8', [b'\xf0\x9f', b'\x98', b'\x80!'])
feed('utf-8', [b'a\xe2\x82'])
feed('utf-8', [b'a\xe2\x82'], 'replace')
feed('utf-8', [b'a\xff', b'b'])
feed('utf-8', [b'a\xff', b'b'], 'replace')
feed('utf-8', [b'\xe2', b'x'], 'replace')
feed('utf-8-sig', [b'\xef', b'\xbb', b'\xbfabc', b'\xef\xbb\xbf'])
feed('utf-8-sig', [b'\xef', b'x'], 'replace')
feed('utf-8-sig', [b'no bom'])
data16 = 'h€\U0001F600'.encode('utf-16')
feed('utf-16', [data16[i:i + 1] for i in range(len(data16))])
feed('utf-16', ['hi'.encode('utf-16-be')[:0] + b'\xfe\xff\x00h', b'\x00i'])
try:
    feed('utf-16', [b'h\x00', b'i\x00'])
except UnicodeError as e:
    print(type(e).__name__, e)
try:
    feed('utf-32', [b'h\x00\x00', b'\x00'])
except UnicodeError as e:
    print(type(e).__name__, e)
feed('utf-16', [b'h'], 'replace')
feed('utf-16-le', [b'a\x00=', b'\xd8', b'\x00\xde'])
feed('utf-16-le', [b'a\x00b'])
feed('utf-16-be', [b'\x00a\xd8\x3d\xde', b'\x00'])
data32 = 'x\U0001F600'.encode('utf-32')
feed('utf-32', [data32[:3], data32[3:6], data32[6:]])
feed('utf-32-le', [b'a\x00\x00', b'\x00b'])
feed('latin-1', [b'\xe9', b'\xff'])
feed('ascii', [b'ab', b'\x80'])
feed('ascii', [b'ab', b'\x80'], 'ignore')
feed('cp1252', [b'\x80\x81'], 'replace')

d = codecs.getincrementaldecoder('utf-8')()
print(ascii(d.decode(b'\xe2\x82')), d.getstate())
d.reset()
print(ascii(d.decode(b'\xac')) if False else d.getstate())
d.setstate((b'\xe2', 0))
print(d.decode(b'\x82\xac'))

e = codecs.getincrementalencoder('utf-16')()
print(e.encode('a'), e.encode('b'), e.getstate())
e.reset()
print(e.encode('c'), e.encode('', final=True))
e = codecs.getincrementalencoder('utf-8-sig')()
print(e.encode('a'), e.encode('b'))
e = codecs.getincrementalencoder('utf-32-be')()
print(e.encode('a'), e.encode('b'))
e = codecs.getincrementalencoder('ascii')('replace')
print(e.errors, e.encode('aé'), e.getstate())
e = codecs.getincrementalencoder('hex')()
print(e.encode(b'\x01\x02'))
d = codecs.getincrementaldecoder('hex')()
print(d.decode(b'0102'))

print(list(codecs.iterdecode([b'\xe2', b'\x82\xac', b'x', b''], 'utf-8')))
print(list(codecs.iterencode(['a', 'b', ''], 'utf-16')))
print(list(codecs.iterencode(['é', 'x'], 'latin-1')))
print(list(codecs.iterdecode(iter([b'\xff\xfe', b'a\x00']), 'utf-16')))
try:
    list(codecs.iterdecode([b'\xe2'], 'utf-8'))
except UnicodeDecodeError as e:
    print(type(e).__name__, e)

# BufferedIncrementalDecoder subclass
class Upper(codecs.BufferedIncrementalDecoder):
    def _buffer_decode(self, input, errors, final):
        n = len(input) if final else len(input) // 2 * 2
        return (input[:n].decode('ascii').upper(), n)

u = Upper()
print(repr(u.decode(b'abc')), u.getstate(), repr(u.decode(b'd')), repr(u.decode(b'e', True)))
print(issubclass(codecs.getincrementaldecoder('utf-8'), codecs.IncrementalDecoder),
      issubclass(codecs.getincrementalencoder('utf-8'), codecs.IncrementalEncoder))
