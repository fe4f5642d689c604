# Iterating over strings, membership, enumerate, reversed, sorted.
s = "banana"
print(list(s), [c for c in s if c != "a"], list(reversed(s)), sorted(s), sorted(set(s)))
print("ana" in s, "nab" in s, "" in s, "" in "", "a" not in s)
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
for i, ch in enumerate("héllo", 1):
    print(i, ch, end="; ")
print()
it = iter("ab")
print(next(it), next(it), next(it, "end"))
print(list(zip("abc", "xyz")), "".join(a + b for a, b in zip("abc", "123")))
vowels = sum(1 for c in "The Quick Brown Fox" if c.lower() in "aeiou")
print(vowels)
print(str(123) + str(4.5) + str(None) + str(True) + str([1]))
