# Byte-exact pickles of atomic values for every protocol.
import pickle

values = [None, True, False, 0, 1, -1, 127, 128, 255, 256, 65535, 65536, -65536, -128, -129,
          -256, -32768, 2**31 - 1, -2**31, 2**31, -2**31 - 1, 2**32, 2**63 - 1, 2**63, -2**63,
          -2**63 - 1, 2**64, 10**30, -10**30, 2**2040, -(2**2040), 2**2100 + 12345, -(2**2100),
          -(2**2047), -(2**2048), 0.0, -0.0, 1.5, -2.25, 1e300, 1e-300, 5e-324, 0.1, 1 / 3,
          123456789.0, float('inf'), float('-inf'), 1 + 2j, -0.5j, complex(1e300, -1.5)]

for v in values:
    print(repr(v))
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        data = pickle.dumps(v, proto)
        back = pickle.loads(data)
        print(' ', proto, data, type(back).__name__, back == v)

nan = pickle.loads(pickle.dumps(float('nan')))
print(nan != nan, pickle.dumps(float('nan'), 0), pickle.dumps(float('nan'), 2))
print(pickle.dumps(True) == pickle.dumps(True, pickle.DEFAULT_PROTOCOL))
print(pickle.dumps(12345, -1))
print(pickle.encode_long(0), pickle.encode_long(255), pickle.encode_long(-256),
      pickle.encode_long(-128), pickle.encode_long(127), pickle.encode_long(2**64))
print(pickle.decode_long(b''), pickle.decode_long(b'\xff'), pickle.decode_long(b'\xff\x00'),
      pickle.decode_long(b'\x00\x80'))
