def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


def show(f):
    try:
        f()
    except UnicodeError as e:
        print(type(e).__name__, "|", e, "|", e.encoding, repr(e.object), e.start, e.end, e.reason, len(e.args))
show(lambda: "a\xe9\u20ac".encode("ascii"))
show(lambda: "a\xe9\u20ac\u20ac".encode("ascii"))
show(lambda: "ab\u20ac\u20acc".encode("latin-1"))
show(lambda: "a\udc80".encode("utf-8"))
show(lambda: "a\udc80\udc81".encode("utf-8"))
show(lambda: "\U0001F600".encode("latin-1"))
show(lambda: b"a\xff".decode("utf-8"))
show(lambda: b"a\xe2\x82".decode("utf-8"))
show(lambda: b"\xe2\x82a".decode("utf-8"))
show(lambda: b"a\x80\x81".decode("ascii"))
show(lambda: b"\xed\xa0\x80".decode("utf-8"))
show(lambda: b"a".decode("utf-16"))
show(lambda: b"\x00\xd8".decode("utf-16-le"))
show(lambda: "\ud800".encode("utf-16"))
try:
    "\xe9".encode("ascii")
except UnicodeEncodeError as e:
    print(isinstance(e, ValueError), isinstance(e, UnicodeError), e.args)
