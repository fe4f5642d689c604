# ord/chr round trips across ASCII, Latin-1, BMP and astral planes.
for ch in ["A", "z", "0", " ", "\n", "\t", "\x00", "é", "ÿ", "Ā", "中", "\uffff", "😀", "\U0010ffff"]:
    print(repr(ch), ord(ch), chr(ord(ch)) == ch)
print([chr(i) for i in range(65, 75)])
print("".join(chr(ord(c) + 1) for c in "HAL"))
try:
    chr(0x110000)
except ValueError as e:
    print("ValueError", e)
try:
    chr(-1)
except ValueError as e:
    print("ValueError", e)
try:
    ord("")
except TypeError as e:
    print("TypeError", e)
try:
    ord(65)
except TypeError as e:
    print("TypeError", e)
