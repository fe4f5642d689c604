# str.encode / bytes.decode call error handlers registered with codecs.register_error
import codecs
def upper_q(e):
    if isinstance(e, UnicodeEncodeError):
        return ('<' + ','.join(str(ord(c)) for c in e.object[e.start:e.end]) + '>', e.end)
    return ('?' * (e.end - e.start), e.end)
codecs.register_error('myq', upper_q)
print('aéb€c'.encode('ascii', 'myq'), 'aéb'.encode('latin-1', 'myq'), b'a\xffb\xfe'.decode('utf-8', 'myq'))
codecs.register_error('tobytes', lambda e: (b'[B]', e.end))
print('xé'.encode('ascii', 'tobytes'))
codecs.register_error('skip2', lambda e: ('', e.end + 1))
print('éab'.encode('ascii', 'skip2'), b'\xffxyz'.decode('ascii', 'skip2'))
codecs.register_error('back', lambda e: ('', -1))   # a negative position counts from the end
print('éabc'.encode('ascii', 'back'))
for bad in [lambda e: 5, lambda e: ('x', 'y'), lambda e: ('é', e.end), lambda e: ('', 99), lambda e: (b'x', e.end)]:
    codecs.register_error('bad', bad)
    for f in [lambda: 'aé'.encode('ascii', 'bad'), lambda: b'a\xff'.decode('utf-8', 'bad')]:
        try:
            print(f())
        except Exception as ex:
            print(type(ex).__name__, ex)
try:
    'é'.encode('ascii', 'nosuch')
except LookupError as e:
    print('LookupError', e)
