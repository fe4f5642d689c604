import urllib.parse as up
from urllib.parse import (urlsplit, urlparse, SplitResult, ParseResult, DefragResult,
                          SplitResultBytes, ParseResultBytes, DefragResultBytes)

for cls in (SplitResult, ParseResult, DefragResult, SplitResultBytes, ParseResultBytes, DefragResultBytes):
    print(cls.__name__, cls._fields, cls.__mro__[1].__name__, issubclass(cls, tuple))
r = urlparse("https://Us%20er:p%40ss@[2001:DB8::1]:8443/p;a?b=c#d")
print(r.username, r.password, r.hostname, r.port, r.netloc)
e = r.encode()
print(type(e).__name__, e, e.hostname, e.port, e.username, e.password)
print(type(e.decode()).__name__, e.decode() == r)
print(r.encode("utf-8", "strict") == e)
u = urlsplit("http://üser@hôst.example/päth")
print(u.hostname, u.username, u.encode("utf-8"))
try:
    u.encode()
except UnicodeEncodeError as ex:
    print("UnicodeEncodeError", ex.reason)
d = up.urldefrag("http://x/y#z")
print(d.encode(), d.encode().decode(), d.encode().geturl(), type(d.encode()).__name__)
print(SplitResult._make(["a", "b", "c", "d", "e"]), r._asdict())
print(SplitResult("http", "h:80", "/", "", "").port, SplitResult("", "", "", "", "").hostname)
print(SplitResultBytes(b"http", b"H:80", b"/", b"", b"").hostname, SplitResultBytes(b"http", b"h:0x1", b"", b"", b"").netloc)
try:
    SplitResultBytes(b"http", b"h:0x1", b"", b"", b"").port
except ValueError as ex:
    print("ValueError", ex)
for netloc in ["h", "h:", "user@h", "user:@h", ":pw@h", "a@b@c", "[::1]", "[::1]:", "[::1]:8",
               "[FE80::1%Eth0]:1", "HOST:00080", "u:p@H:1", "@", "", "[]", "h:+80", "h: 80"]:
    s = SplitResult("http", netloc, "", "", "")
    try:
        port = s.port
    except ValueError as ex:
        port = "ValueError: %s" % ex
    print(repr(netloc), s.username, s.password, s.hostname, port)
print(SplitResult[str] if hasattr(SplitResult, "__class_getitem__") else None)
print(up.unwrap("<URL:http://a/b>"), up.unwrap("  <http://c>  "), up.unwrap("URL:x"))
print(up.uses_netloc[:5], "rtsps" in up.uses_relative, up.scheme_chars[-4:], up.non_hierarchical[:3])
print(up.urlsplit("HTTPS://EXAMPLE.com:443").geturl(), up.urlparse("Git+SSH://h/r").scheme)
for u in ["http://h/a b", "http://h/ä", "http://h/%zz", "ht!tp://x", "-http://x", "http:80", "localhost:8080",
          "path:with:colons", "c:\\windows\\path", "a1+b-c.d://x"]:
    print(repr(u), urlsplit(u))
