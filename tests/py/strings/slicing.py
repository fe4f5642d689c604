# String slicing with all step/bound combinations.
s = "abcdefghij"
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-3], s[-3:-1])
print(s[::2], s[1::2], s[::-1], s[::-2], s[8:2:-1], s[8:2:-3], s[2:8:-1])
print(s[100:], s[-100:3], s[5:100], s[3:3], s[5:2], repr(s[10:]))
print(s[-1:-11:-1], s[0:10:4], s[None:None:None], s[None:4], s[4:None:2])
i, j = 1, 6
print(s[i:j], s[i:j:2], s[j:i:-2])
print(s[slice(2, 6)], s[slice(None, None, -3)], slice(1, 5, 2))
for k in range(-3, 4):
    print(k, repr(s[k:k + 2]), repr(s[:k]))
try:
    s[::0]
except ValueError as e:
    print("ValueError", e)
