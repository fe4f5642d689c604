# Indexing and slicing strings by code point with non-ASCII text.
s = "héllo wörld"
print(len(s), s[1], s[7], s[-1], s[-5], s[1:4], s[::-1], s[::2], s[7:], s[:-6])
c = "中文字符串"
print(len(c), c[0], c[-1], c[1:3], c[::-1], c[::2])
e = "a😀b🎉c"
print(len(e), e[1], e[3], e[-2], e[1:4], e[::-1])
mixed = "x" + "é" * 3 + "中" + "😀"
print(len(mixed), mixed[4], mixed[5], mixed[-1:], mixed[2:5])
print([ch for ch in "añ中😀"])
print("é" in s, "wö" in s, "中文" in c, "😀b" in e, "z" in s)
print(s.find("w"), c.find("字"), e.find("🎉"), e.index("c"))
print(s.upper(), c * 2, e.count("😀"))
print(ord("é"), ord("中"), ord("😀"), chr(233), chr(20013), chr(128512))
try:
    c[5]
except IndexError as err:
    print("IndexError", err)
try:
    "abc"[-4]
except IndexError as err:
    print("IndexError", err)
