# bytes and bytearray concatenate any bytes-like object (arrays, memoryviews)
from array import array
print(b'ab' + array('B', b'cd'), b'ab' + memoryview(b'xy'), bytearray(b'q') + memoryview(b'r'))
ba = bytearray(b'1'); ba += array('B', b'23'); ba += memoryview(b'4'); print(ba)
for bad in [lambda: b'a' + 'x', lambda: b'a' + 1, lambda: memoryview(b'a') + b'b']:
    try: bad()
    except TypeError as e: print(e)
