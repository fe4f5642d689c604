# codecs.lookup_error / register_error and the built-in handlers
import codecs

names = ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'namereplace',
         'surrogateescape', 'surrogatepass']
excs = [
    1,
    UnicodeEncodeError('ascii', 'a\xe9\u20ac\udc80\U0001F600b', 1, 5, 'boom'),
    UnicodeEncodeError('utf-8', 'a\ud800\udfffb', 1, 3, 'surrogates'),
    UnicodeEncodeError('latin-1', 'a\udcff\udc80', 1, 3, 'esc'),
    UnicodeDecodeError('utf-8', b'a\xff\x80b', 1, 3, 'bad'),
    UnicodeDecodeError('utf-8', b'a\xed\xa0\x80', 1, 2, 'sur'),
    UnicodeDecodeError('utf-16-le', b'\x00\xd8', 0, 2, 'sur16'),
    UnicodeDecodeError('ascii', b'a\x41', 1, 2, 'low'),
    UnicodeTranslateError('a\xe9b', 1, 2, 'tr'),
]
for n in names:
    h = codecs.lookup_error(n)
    print(n, h.__name__)
    for exc in excs:
        try:
            print('   ', h(exc))
        except Exception as e:
            print('   ', type(e).__name__, e)

print(codecs.strict_errors is codecs.lookup_error('strict'),
      codecs.replace_errors is codecs.lookup_error('replace'))
for bad in ['nope', '']:
    try:
        codecs.lookup_error(bad)
    except LookupError as e:
        print(type(e).__name__, e)
try:
    codecs.register_error('x', 'not callable')
except TypeError as e:
    print(type(e).__name__, e)

# a custom handler used by codecs.encode / codecs.decode
calls = []

def star(exc):
    calls.append((type(exc).__name__, exc.encoding, exc.start, exc.end))
    if isinstance(exc, UnicodeEncodeError):
        return ('*' * (exc.end - exc.start), exc.end)
    return ('<%d>' % exc.object[exc.start], exc.start + 1)

codecs.register_error('test.star', star)
print(codecs.lookup_error('test.star') is star)
print(codecs.encode('ab\xe9c\u20ac\u20acd', 'ascii', 'test.star'))
print(codecs.encode('ab\xe9c\u20ac', 'latin-1', 'test.star'))
print(codecs.decode(b'a\xff\xfeb\x80', 'utf-8', 'test.star'))
print(codecs.decode(b'a\xffb', 'ascii', 'test.star'))
print(calls)

def skip_back(exc):
    return ('[', -1)

codecs.register_error('test.back', skip_back)
print(codecs.encode('ab\xe9c', 'ascii', 'test.back'))

def bad_result(exc):
    return 42

codecs.register_error('test.bad', bad_result)
for args in [('a\xe9', 'ascii'), ]:
    try:
        codecs.encode(*args, 'test.bad')
    except TypeError as e:
        print(type(e).__name__, e)
try:
    codecs.decode(b'a\xff', 'ascii', 'test.bad')
except TypeError as e:
    print(type(e).__name__, e)

def out_of_range(exc):
    return ('', 100)

codecs.register_error('test.range', out_of_range)
try:
    codecs.encode('a\xe9', 'ascii', 'test.range')
except IndexError as e:
    print(type(e).__name__, e)

def return_bytes(exc):
    return (b'\x01\x02', exc.end)

codecs.register_error('test.bytes', return_bytes)
print(codecs.encode('a\xe9b', 'ascii', 'test.bytes'))

# namereplace on characters without a name
print(codecs.encode('\x00\u0378\xe9', 'ascii', 'namereplace'))
print(codecs.encode('é€', 'cp437', 'namereplace'))
