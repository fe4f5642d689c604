from urllib.parse import urljoin

base = "http://a/b/c/d;p?q"
rel = ["g:h", "g", "./g", "g/", "/g", "//g", "?y", "g?y", "#s", "g#s", "g?y#s",
       ";x", "g;x", "g;x?y#s", "", ".", "./", "..", "../", "../g", "../..", "../../",
       "../../g", "../../../g", "../../../../g", "/./g", "/../g", "g.", ".g", "g..",
       "..g", "./../g", "./g/.", "g/./h", "g/../h", "g;x=1/./y", "g;x=1/../y",
       "g?y/./x", "g?y/../x", "g#s/./x", "g#s/../x", "http:g", "http:", "https:g",
       "//x/y/../z", "a//b", "a/./././b", "../a/../b/.."]
for r in rel:
    print(repr(r), "->", repr(urljoin(base, r)))

bases = ["http://a/b/c/d", "http://a/b/c/", "http://a", "http://a/", "file:///tmp/x",
         "ftp://f/dir/", "mailto:a@b", "svn+ssh://h/repo/trunk/", "", "//h/p", "rel/path",
         "http://a/b/c/d;p?q#f", "ws://host/a/b"]
for b in bases:
    for r in ["x", "../y", "/z", "?q", "#f", "", "//other/p", "https://o/", "..", "."]:
        print(repr(b), repr(r), "->", repr(urljoin(b, r)))

print(urljoin("http://a/b#f", "#g", allow_fragments=False))
print(urljoin(b"http://a/b/c", b"../d"))
print(urljoin(b"http://a/b/c", b""))
print(urljoin("", b"x"))
try:
    urljoin("http://a/", b"x")
except TypeError as e:
    print("TypeError", e)
