# String concatenation, repetition and comparisons.
a, b = "foo", "bar"
print(a + b, a * 3, 3 * b, a * 0, repr(a * -1), (a + " ") * 2)
print(a < b, a > b, a == "foo", a != "Foo", "abc" < "abd", "ab" < "abc", "" < "a")
print("Z" < "a", "é" > "z", "中" > "é", "😀" > "中", "a" * 3 == "aaa")
print(sorted(["banana", "Apple", "cherry", "apple", "Banana", "éclair", "zebra"]))
print(max("hello"), min("hello"), max(["ab", "b", "abc"]))
s = ""
for i in range(5):
    s += str(i)
print(s, len(s))
parts = []
for w in ["x", "y", "z"]:
    parts.append(w * 2)
print("-".join(parts))
try:
    "a" + 1
except TypeError as e:
    print("TypeError", e)
try:
    "a" * 1.5
except TypeError as e:
    print("TypeError", e)
try:
    "a" < 1
except TypeError as e:
    print("TypeError", e)
