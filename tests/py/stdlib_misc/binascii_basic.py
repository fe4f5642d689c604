import binascii as B
import random
for d,s in [(b'=abc',True),(b'ab=c',True),(b'abc=',True),(b'ab==x',True),(b'ab!c',True),(b'a',False),(b'abcde',False),(b'ab',False),(b'abc',False),(b'ab=',False),(b'a=bc',False),(b'ab==cd',False),(b'abc=d',False),(b'====',True),('é',False),(5,False),(b'YWJj\n',True),(b'ab=c=', False), ('YWJj', False), (bytearray(b'YQ=='), True), (b'=', False), (b'', True), (b'Y Q = =', False), (b'YQ===', True), (b'YQ==\n', False)]:
    try: print(d,s,B.a2b_base64(d, strict_mode=s))
    except Exception as e: print(d,s,type(e).__name__, e)
for f in [B.b2a_base64, B.hexlify, B.crc32, B.a2b_hex]:
    try: f('abc')
    except Exception as e: print(f.__name__, type(e).__name__, e)
for d in ['abc', 'zz', b'0G', 'é0', '0a0B', bytearray(b'ff'), ' 0', '']:
    try: print(B.unhexlify(d))
    except Exception as e: print(type(e).__name__, e)
print(B.hexlify(b'abcdef', '-'), B.hexlify(b'abcdef', b':', 2), B.hexlify(b'abcde', ':', -2), B.b2a_hex(b'\x01\xff', ' ', 1))
print(B.hexlify(b'abcde', ':', 2), B.hexlify(b'abcde', ':', 10), B.hexlify(b'', ':'), B.hexlify(b'ab', ':', 0))
for a in [('',), ('ab',), (1,)]:
    try: print(B.hexlify(b'abc', *a))
    except Exception as e: print(type(e).__name__, e)
print(B.Error.__mro__, B.Incomplete.__mro__, B.Error.__module__)
print(B.crc32(b'hello'), B.crc32(b'hello', 5), B.crc32(b''), B.crc32(b'x', -1), B.crc_hqx(b'hello', 0), B.crc_hqx(b'hello', 0x1234))
r = random.Random(5)
for n in range(0, 40):
    d = bytes(r.getrandbits(8) for _ in range(n))
    e = B.b2a_base64(d)
    print(e, B.b2a_base64(d, newline=False) == e[:-1], B.a2b_base64(e) == d, B.crc32(d), B.crc_hqx(d, 7), B.hexlify(d, '.', 3))
print(B.crc32(b'a' * 1000, B.crc32(b'b')))
try: B.a2b_base64(memoryview(b'YQ'))
except B.Error as e: print('mv', e)
print(B.a2b_base64(memoryview(b'YQ==')), B.b2a_base64(memoryview(b'ab')), B.crc32(memoryview(b'ab')), B.hexlify(bytearray(b'\x00\x10')))
for f in [B.hexlify, B.unhexlify, B.b2a_hex, B.a2b_hex, B.crc32, B.a2b_base64, B.b2a_base64]: print(f.__name__)
