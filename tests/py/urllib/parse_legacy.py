import warnings
import urllib.parse as up

warnings.simplefilter("ignore", DeprecationWarning)
print(up.splittype("HTTP://x/y"), up.splittype("noscheme"), up.splittype("a:b:c"))
print(up.splithost("//host:80/path"), up.splithost("//h?q"), up.splithost("nohost"), up.splithost("//h#f"))
print(up.splituser("user:pw@host"), up.splituser("a@b@c"), up.splituser("host"))
print(up.splitpasswd("user:pw"), up.splitpasswd("user"), up.splitpasswd("u:p:q"))
print(up.splitport("host:80"), up.splitport("host:"), up.splitport("host"), up.splitport("h:8x"), up.splitport("[::1]:9"))
print(up.splitnport("host:80"), up.splitnport("host"), up.splitnport("host", 443), up.splitnport("h:x"), up.splitnport("h:"))
print(up.splitquery("/p?a=1?b"), up.splitquery("/p"), up.splittag("/p#a#b"), up.splittag("/p"))
print(up.splitattr("/p;a=1;b"), up.splitvalue("a=1=2"), up.splitvalue("a"))
print(up.to_bytes("http://x"), up.unwrap("<URL: http://y >"))
try:
    up.to_bytes("é")
except UnicodeError as e:
    print("UnicodeError", e)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    up.splittype("a:b")
    up.splitnport("h:1")
    up.to_bytes("x")
    Q = up.Quoter
    for x in w:
        print(x.category.__name__, x.message)
q = Q("/")
print(q[32], q[47], q[97], sorted(q.items()))
try:
    up.nosuchname
except AttributeError as e:
    print("AttributeError", e)
print(up.__all__)
