# A small URL-handling program: normalise, rewrite query strings, build links.
from urllib.parse import urlsplit, urlunsplit, parse_qsl, urlencode, quote, unquote, urljoin

def normalize(url):
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").rstrip(".")
    port = parts.port
    if (scheme, port) in (("http", 80), ("https", 443)):
        port = None
    netloc = host if port is None else "%s:%d" % (host, port)
    if parts.username:
        netloc = parts.username + "@" + netloc
    path = quote(unquote(parts.path), safe="/%") or "/"
    query = urlencode(sorted(parse_qsl(parts.query, keep_blank_values=True)))
    return urlunsplit((scheme, netloc, path, query, ""))

for u in ["HTTP://Example.COM:80/a%20b/../c?z=1&a=2&a=1#frag",
          "https://user@host.:443/?b=&a",
          "http://h:8080",
          "http://h/ä ö?q=ü",
          "https://h/p?x=1;y=2"]:
    print(u, "=>", normalize(u))

def add_params(url, **params):
    s = urlsplit(url)
    q = parse_qsl(s.query)
    q.extend(sorted(params.items()))
    return s._replace(query=urlencode(q)).geturl()

print(add_params("http://h/search?q=python", page=2, lang="en us"))
print(add_params("http://h/", tags="a&b"))

site = "https://docs.example.org/3/library/index.html"
links = ["urllib.parse.html", "../tutorial/", "/2/", "#top", "?v=1", "//cdn.example.org/x.js",
         "mailto:me@example.org", "./", "../../../../../up"]
for l in links:
    print("%-28s %s" % (l, urljoin(site, l)))
table = {}
for l in links:
    key = urlsplit(urljoin(site, l)).netloc or "(none)"
    table.setdefault(key, []).append(l)
for k in sorted(table):
    print(k, len(table[k]))
