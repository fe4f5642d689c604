from urllib.parse import (urlparse, urlsplit, urlunparse, urlunsplit, urldefrag,
                          SplitResult, ParseResult, DefragResult, SplitResultBytes)

urls = [
    "http://www.python.org/doc/?q=1#frag",
    "https://user:pw@Example.COM:8080/a/b;p?x=1&y=2#top",
    "ftp://ftp.example.org/pub/file.txt",
    "file:///etc/passwd",
    "mailto:someone@example.com",
    "//netloc/only/path",
    "/just/a/path?q",
    "relative/path#f",
    "path;params?query#frag",
    "http://[::1]:80/x",
    "http://[fe80::822a:a8ff:fe49:470c%tESt]:1234/keys",
    "HTTP://HOST/Path",
    "  http://lead.space/",
    "http://a\tb\nc.com/p\rq",
    "scheme:",
    "x:y:z",
    "1http://no.scheme/",
    "http://host?q#f",
    "http://host#f?q",
    "tel:+1-201-555-0123;ext=1",
    "sip:alice@atlanta.com;transport=tcp",
    "http://user@host",
    "http://:@host:",
    "http://u:p:q@h@x:12",
    "",
    "http:///path",
    "git+ssh://git@github.com/x.git",
    "data:text/plain;base64,SGVsbG8=",
]
for u in urls:
    s = urlsplit(u)
    p = urlparse(u)
    print(repr(u))
    print("  ", s)
    print("  ", p)
    print("   user=%r pw=%r host=%r" % (s.username, s.password, s.hostname))
    try:
        print("   port=%r" % (s.port,))
    except ValueError as e:
        print("   port error:", e)
    print("   unsplit=%r unparse=%r" % (urlunsplit(s), urlunparse(p)))
    print("   geturl=%r %r" % (s.geturl(), p.geturl()))

print(urlsplit("path", scheme="http"))
print(urlparse("//h/p", "https"))
print(urlsplit("http://h/p#f", allow_fragments=False))
print(urlparse("http://h/p?q#f", allow_fragments=False))

for bad in ["http://h:abc/", "http://h:99999/", "http://h:-1/", "http://h:٣/",
            "http://h:  80/", "http://h:0/", "http://h:65535"]:
    try:
        print(bad, urlsplit(bad).port)
    except ValueError as e:
        print(bad, "ValueError", e)

for bad in ["http://[::1/", "http://::1]/", "http://[1.2.3.4]/", "http://[v1.x]/",
            "http://[vz.x]/", "http://[zzz]/", "http://a[::1]/", "http://[::1]x/",
            "http://[2001:db8::1]:8080/", "http://[::ffff:1.2.3.4]/"]:
    try:
        r = urlsplit(bad)
        print(bad, "ok", r.hostname, r.port)
    except ValueError as e:
        print(bad, "ValueError", e)

# bytes
b = urlsplit(b"http://User:Pw@Host.com:81/p?q#f")
print(b, type(b).__name__)
print(b.hostname, b.port, b.username, b.password)
print(b.decode())
print(urlsplit("http://h/p").encode())
print(urlparse(b"http://h/p;x?y#z"))
print(urlunsplit((b"http", b"h", b"/p", b"", b"")))
print(urlunparse((b"http", b"h", b"/p", b"a", b"q", b"f")))
print(urldefrag(b"http://h/p#frag"))
try:
    urlsplit(b"http://h", "http")
except TypeError as e:
    print("TypeError", e)
try:
    urlunsplit(("http", b"h", "/", "", ""))
except TypeError as e:
    print("TypeError", e)

# defrag
for u in ["http://h/p?q#f", "http://h/p", "http://h/p#", "rel#x", "#only"]:
    d = urldefrag(u)
    print(repr(u), d, d.url, d.fragment, d.geturl())
print(DefragResult("a", "b").encode())

# unsplit edge cases
print(urlunsplit(("http", "", "path", "", "")))
print(urlunsplit(("", "", "//x", "", "")))
print(urlunsplit(("mailto", "", "a@b", "q", "f")))
print(urlunsplit(["https", "h", "noslash", "", ""]))
print(urlunparse(("http", "h", "/p", "", "", "")))
r = urlsplit("http://h/p?q")
print(r._replace(query="z").geturl(), r._fields, r[1], len(r))
print(SplitResult("a", "b", "c", "d", "e"))
print(isinstance(r, tuple), type(r).__name__, ParseResult._fields)
print(SplitResultBytes(b"a", b"b", b"c", b"d", b"e").geturl())
