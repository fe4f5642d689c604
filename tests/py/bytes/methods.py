# Common bytes methods mirroring str methods.
b = b"  Hello, World  "
print(b.strip(), b.lstrip(), b.rstrip(), b.lower(), b.upper(), b.strip().swapcase())
print(b.split(), b.strip().split(b", "), b",".join([b"a", b"b", b"c"]), b"a-b-c".split(b"-", 1))
print(b.find(b"World"), b.find(b"zz"), b.count(b"l"), b.replace(b"l", b"L"), b.index(b"o"))
print(b.strip().startswith(b"Hell"), b.strip().endswith(b"ld"), b"abc".isalpha(), b"123".isdigit(), b"  ".isspace())
print(b"%" in b"100%", b"abc".center(7, b"*"), b"7".zfill(3), b"a b".title(), b"x".ljust(3, b"."))
print(b"hello"[1:].upper(), b"line1\nline2".splitlines(), b"k=v".partition(b"="))
try:
    b",".join([b"a", "b"])
except TypeError as e:
    print("TypeError", e)
