# bytes literals, indexing gives ints, slicing gives bytes, len.
b = b"hello"
print(b, len(b), b[0], b[-1], b[1:3], b[::-1], b[::2], type(b[0]).__name__, type(b[0:1]).__name__)
print(b"", b"\x00\x01\xff", b"\n\t\\", b"'", b'"', b"it's", b'say "x"', b"\x7f\x80")
print(list(b"abc"), [x for x in b"AZ"], sum(b"\x01\x02\x03"))
print(b"abc" == b"abc", b"abc" < b"abd", b"a" != "a", b"ab" + b"cd", b"ab" * 3)
print(b"ell" in b, 104 in b, 200 in b, b"" in b)
print(rb"\n", len(rb"\n"), br"\x00")
try:
    b[10]
except IndexError as e:
    print("IndexError", e)
try:
    b[0] = 1
except TypeError as e:
    print("TypeError", e)
try:
    b"a" + "b"
except TypeError as e:
    print("TypeError", e)
try:
    300 in b
except ValueError as e:
    print("ValueError", e)
