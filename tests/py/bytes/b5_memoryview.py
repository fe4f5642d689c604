def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
m = memoryview(b'abcdef')
t(lambda: (m[::2].tobytes(), m[1:3].tolist(), len(m[::-1]), m[-1], m.hex(':'), m.readonly, m.nbytes, m.format, m.itemsize, m.ndim, m.shape, m.strides, m.obj, m[::2].contiguous, m[::2].c_contiguous, m == b'abcdef', m[::2] == b'ace', hash(m) == hash(b'abcdef'), list(m[:2]), bytes(m[1:2]), b''.join([m]), m.tobytes('A')))
t(lambda: m[10]); t(lambda: m['a']); t(lambda: m.__setitem__(0, 1)); t(lambda: m[-7]); t(lambda: m[1:4][1:][0]); t(lambda: m[::-1][::2].tobytes()); t(lambda: m.hex()); t(lambda: m[2:].hex("-", 2))
ba = bytearray(b'xyz'); mb = memoryview(ba); mb[0] = 65; mb[1:3] = b'BC'; t(lambda: ba)
def s1(): mb[0] = 256
def s2(): mb[0:2] = b'a'
def s3(): mb[0] = b'a'
def s4(): mb[::2] = memoryview(b'qr'); return ba
def s5(): del mb[0]
for f in [s1, s2, s3, s4, s5]: t(f)
t(lambda: hash(mb)); t(lambda: mb.readonly); t(lambda: mb.obj is ba)
m.release()
t(lambda: len(m)); t(lambda: m[0]); t(lambda: m.tobytes()); t(lambda: m.released); t(lambda: m.release()); t(lambda: repr(m)[:20]); t(lambda: repr(memoryview(b''))[:11])
with memoryview(b'q') as q:
    t(lambda: q[0])
t(lambda: q.released); t(lambda: memoryview('a')); t(lambda: memoryview(1)); t(lambda: memoryview()); t(lambda: memoryview(object=b"z").tobytes())
t(lambda: (memoryview(b'ab') == memoryview(b'ab'), memoryview(b'a') != 1, memoryview(b'ab').tolist(), memoryview(memoryview(b'x')).tobytes(), type(memoryview(b'a')[0:1])))
t(lambda: memoryview(b'a') < memoryview(b'b')); t(lambda: (memoryview(b'abc')[::2][1], memoryview(b'abcdef')[::-2].tobytes()))
t(lambda: str(memoryview(b"hi"), "ascii")); t(lambda: bytearray(memoryview(b"xy"))); t(lambda: b"%s" % memoryview(b"mv")); t(lambda: b"-".join([memoryview(b"a"), b"b"])); t(lambda: int.from_bytes(memoryview(b"\x01\x00"), "big")); t(lambda: memoryview(b"ab")[...].tobytes())
t(lambda: [x for x in memoryview(b"\x01\x02")]); t(lambda: bytes(memoryview(b"abc")[::2])); t(lambda: memoryview(b"abc").tobytes(order="C")); t(lambda: b"abc".find(memoryview(b"c"))); t(lambda: memoryview(bytearray(b"ab")).tobytes())
