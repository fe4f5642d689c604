def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
tests = [b'\\x4', b'\\x4g', b'\\u12', b'\\U00110000', b'\\N{BULLET}', b'\\N{NOPE}', b'\\N', b'\\N{', b'\\N{}', b'\\N{latin small letter a}', b'\\q', b'a\\', b'\\777', b'\\8', b'\xe9\\n', b'\\0\\12\\a\\b\\f\\v\\\'\\"', b'x\\\ny', b'\\x41\\u20ac\\U0001F600', b'\\\\u20ac']
for b in tests:
    for err in ['strict', 'replace', 'ignore', 'backslashreplace']:
        t(lambda: b.decode('unicode_escape', err))
for b in [b'\\u20ac', b'\\\\u20ac', b'\\\\\\u20ac', b'\\u12', b'\\U00110000', b'\\x41', b'\xe9\\n', b'\\', b'\\\\', b'a\\Ub', b'\\U0001F600']:
    for err in ['strict', 'replace', 'backslashreplace']:
        t(lambda: b.decode('raw_unicode_escape', err))
for s in ['\ud800\x00\x7f\'"\\\t\n\r', '\ud800\x00\xff\u0100\U0001F600', 'plain', '\x1f\x80\xa0']:
    t(lambda: s.encode('unicode_escape')); t(lambda: s.encode('raw_unicode_escape')); t(lambda: s.encode('unicode-escape').decode('unicode-escape') == s); t(lambda: s.encode('raw-unicode-escape').decode('raw_unicode_escape') == s)
for enc in ['cp1252', 'iso8859-15', 'latin9', 'cp437', 'windows-1252', 'utf-8-sig', 'UTF_8_SIG']:
    for b in [b'\x81', b'a\x80\x8d', b'\x9d\x9e', bytes(range(128, 256)), b'\xef\xbb\xbfab', b'\xef\xbb\xbf\xff', b'\xa4\xbe']:
        for err in ['strict', 'replace', 'backslashreplace', 'ignore', 'surrogateescape']:
            t(lambda: b.decode(enc, err))
    for s in ['\u20ac\u0100\u0101x', '\x81', '\x80', '\u2591\xe9', '\udc81', 'abc', '\ud800', '\u0178\u0152']:
        for err in ['strict', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'ignore', 'surrogateescape']:
            t(lambda: s.encode(enc, err))
for enc in ['hex', 'base64', 'rot13', 'zlib', 'rot-13']:
    t(lambda: 'a'.encode(enc)); t(lambda: b'a'.decode(enc))
t(lambda: str(b'\x80', 'cp1252')); t(lambda: bytearray(b'\\t').decode('unicode_escape')); t(lambda: bytes('\u20ac', 'cp1252')); t(lambda: bytearray('\u20ac', 'iso8859_15'))
