# Dict comprehensions and building dicts from sequences.
squares = {n: n * n for n in range(6)}
print(squares)
print({k: v for k, v in squares.items() if v % 2 == 0})
print({v: k for k, v in {"a": 1, "b": 2}.items()})
print({c: "abc".index(c) for c in "abc"})
print({(i, j): i * j for i in range(3) for j in range(3) if i <= j})
text = "the cat and the hat and the bat"
freq = {}
for w in text.split():
    freq[w] = freq.get(w, 0) + 1
print(freq)
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0])))
print({w: len(w) for w in text.split()})
print(dict(enumerate("xyz")), {i: [] for i in range(2)})
