def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


for s in [b"hello world hello", bytearray(b"hello world hello")]:
    for sub in [b"hello", b"o", b"", b"zz", 111, bytearray(b"l"), b"hello world hello!"]:
        for rng in [(), (1,), (-5,), (100,), (2, 5), (0, -1), (5, 2), (None, 3), (-100, 100)]:
            t(lambda: (s.find(sub, *rng), s.rfind(sub, *rng), s.count(sub, *rng)))
    t(lambda: s.index(b"zz")); t(lambda: s.rindex(256)); t(lambda: s.find("o")); t(lambda: s.find(-1)); t(lambda: s.find(1.5)); t(lambda: s.find([97])); t(lambda: s.index(b"o", 5)); t(lambda: s.rindex(111, 0, 5))
    t(lambda: s.count(b"", 4)); t(lambda: s.find(b"", 17)); t(lambda: s.find(b"", 18)); t(lambda: s.count()); t(lambda: s.find(memoryview(b"w")) if False else s.find(bytearray(b"w")))
