from urllib.parse import (quote, quote_plus, unquote, unquote_plus, quote_from_bytes,
                          unquote_to_bytes, urlencode)

for s in ["abc def", "a/b c", "~user_name-1.2", "100%", "a+b=c&d", "é€😀", "", "/?#[]@!$&'()*+,;=",
          "\x00\x7f", "tab\there"]:
    print(repr(s), quote(s), quote(s, safe=""), quote(s, safe="/+ ="), quote_plus(s),
          quote_plus(s, safe="/"), quote_plus(s, "+"))
print(quote("é", encoding="latin-1"), quote("é", "", "latin-1"))
print(quote("é€", encoding="ascii", errors="replace"), quote("é€", encoding="ascii", errors="ignore"))
try:
    quote("é", encoding="ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError", e)
print(quote(b"a b\xff/"), quote(b"a b", safe=b" "), quote_plus(b"a b+c"), quote(bytearray(b"x y")))
print(quote("aé", safe="é"))
for bad in [(b"x", "/", "utf-8", None), (b"x", "/", None, "strict")]:
    try:
        quote(*bad)
    except TypeError as e:
        print("TypeError", e)
try:
    quote_from_bytes("str")
except TypeError as e:
    print("TypeError", e)
try:
    quote(123)
except TypeError as e:
    print("TypeError", e)
print(quote_from_bytes(b"a&b", safe="&é"), quote_from_bytes(b""), quote_from_bytes(b"abc"))

for s in ["abc%20def", "%41%42%43", "%e2%82%ac", "%E2%82%AC", "%zz%4", "%", "%%", "a+b",
          "%ff%fe", "100%", "é%C3%A9", "", "%2", "%G1", "x%2fy"]:
    print(repr(s), repr(unquote(s)), repr(unquote_plus(s)), unquote_to_bytes(s))
print(unquote("%e9", encoding="latin-1"), unquote("%ff", errors="ignore"), unquote("%ff", errors="strict") if False else "")
try:
    unquote("%ff", errors="strict")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e)
print(unquote(b"a%20b"), unquote_to_bytes(b"a%20b"), unquote_to_bytes(""))
try:
    unquote(None)
except Exception as e:
    print(type(e).__name__, e)
try:
    unquote_to_bytes(None)
except Exception as e:
    print(type(e).__name__, e)

print(urlencode({"a": 1, "b": "x y", "c": "é&="}))
print(urlencode([("k", "v"), ("k", "w"), ("sp ace", "+")]))
print(urlencode({"l": [1, 2, 3], "s": "str", "b": b"by tes", "n": None}, doseq=True))
print(urlencode({"l": [1, 2, 3]}))
print(urlencode({"l": (b"a", "b c")}, doseq=True))
print(urlencode({"x": 5}, doseq=True))
print(urlencode({"p": "a/b c"}, safe="/"))
print(urlencode({"p": "a/b c"}, quote_via=quote))
print(urlencode({"p": "é"}, encoding="latin-1"))
print(urlencode({b"k": b"v w"}))
print(urlencode([]), urlencode({}))
for bad in ["abc", [1, 2], 5, ["ab"]]:
    try:
        urlencode(bad)
    except TypeError as e:
        print("TypeError", e, type(e.__cause__).__name__)
