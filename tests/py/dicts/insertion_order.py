# Dict preserves insertion order through deletion and re-insertion.
d = {}
for k in ["one", "two", "three", "four"]:
    d[k] = len(k)
print(list(d))
del d["two"]
print(list(d))
d["two"] = 2
print(list(d), d)
d["one"] = 100
print(list(d))
d.pop("three")
d["three"] = 3
d["five"] = 5
print(d)
big = {}
for i in range(1000):
    big[i] = i
for i in range(0, 1000, 2):
    del big[i]
for i in range(0, 10, 2):
    big[i] = "back"
print(list(big)[:5], list(big)[-6:], len(big))
e = dict.fromkeys("abcabc", 0)
print(e)
