# The namereplace error handler of str.encode (\N{NAME}, else backslash escapes)
for s in ['€ café', 'a\x80b', '日本', '\U0001F600x', '\ue000', 'ok']:
    for enc in ['ascii', 'latin-1', 'cp1252', 'cp437']:
        print(repr(s), enc, s.encode(enc, 'namereplace'))
import codecs
print(codecs.lookup_error('namereplace')(UnicodeEncodeError('ascii', 'é€', 0, 2, 'x')))
