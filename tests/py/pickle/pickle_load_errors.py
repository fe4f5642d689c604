# Unpickling errors: truncated and corrupt data, bad opcodes, missing globals, memo misses.
import io
import pickle


def show(label, data, **kw):
    try:
        r = pickle.loads(data, **kw)
        print(label, 'OK', repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)


cases = [b'', b'\x80\x04', b'\x80\x09N.', b'\x80\x06N.', b'\xff', b'z', b"'", b'\\', b'\x00',
         b'N', b'h\x05.', b'g7\n.', b'j\x00\x01\x00\x00.', b'e.', b'(N', b'0.', b'1.', b'.',
         b'2.', b'a.', b's.', b'R.', b'b.', b'cbuiltins\nnope\n.', b'cnosuchmod\nx\n.',
         b'\x80\x04\x8c\x08builtins\x8c\x03a.b\x93.', b'\x80\x02cbuiltins\nint.real\n.',
         b'I12x\n.', b'Lx\n.', b'F1.x\n.', b'K', b'J\x01\x02', b'X\x05\x00\x00\x00ab',
         b'\x80\x04\x95\x05\x00\x00\x00\x00\x00\x00\x00N.',
         b'\x80\x04\x8c\x03abc.', b'\x80\x04\x8c\x03abc', b'S"abc\n.', b"S'abc\"\n.", b'I1',
         b'\x82\x05.', b'\x82\x00.', b'(I1\nd.', b'}(K\x01u.', b'Pabc\n.', b'K\x01K\x02\x93.',
         b'\x97.', b'(K\x01\x81.', b'N)\x81.', b'p-1\nN.', b'T\xff\xff\xff\xffab.',
         b'N\x85\x8c\x01xb.', b'}(\x8c\x01xK\x01t\x85b.', b'\x80\x04)}\x92.', b'I01\n.',
         b'I00\n.', b'I1\nI2\n\x86.', b'(I1\nl.', b'(I1\nt.', b'(1.', b'(0.', b'N2\x86.']
for i, data in enumerate(cases):
    show('%2d %r' % (i, data[:20]), data)
show('str input', 'abc')
show('buffers list', b'\x80\x05\x97.', buffers=[b'xy'])
show('buffers empty', b'\x80\x05\x97.', buffers=[])
show('buffers None', b'\x80\x05\x97.', buffers=None)
show('encoding bytes', b'U\x03abc.', encoding='bytes')
show('encoding latin1', b'U\x02\xe9x.', encoding='latin1')
show('encoding ascii', b'U\x02\xe9x.')
show('errors ignore', b'U\x02\xe9x.', errors='ignore')
show('fix_imports off', b'c__builtin__\nlen\n.', fix_imports=False)
show('fix_imports on', b'c__builtin__\nlen\n.')
show('proto 3 no mapping', b'\x80\x03c__builtin__\nlen\n.')
try:
    pickle.Unpickler(5)
except TypeError as e:
    print('TypeError', e)
try:
    pickle.load(io.BytesIO(b'\x80\x04\x8c\x03ab'))
except pickle.UnpicklingError as e:
    print('file truncated:', e)
try:
    pickle.load(io.BytesIO(b''))
except EOFError as e:
    print('file empty:', e)
