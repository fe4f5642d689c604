# Dict-based counting, grouping and inversion in small programs.
text = "it was the best of times it was the worst of times"
counts = {}
for word in text.split():
    counts[word] = counts.get(word, 0) + 1
for word in sorted(counts, key=lambda w: (-counts[w], w)):
    print(word, counts[word])
letters = {}
for ch in text.replace(" ", ""):
    letters[ch] = letters.get(ch, 0) + 1
print(sorted(letters.items())[:6], max(letters, key=letters.get))
by_len = {}
for word in set(text.split()):
    by_len.setdefault(len(word), []).append(word)
for n in sorted(by_len):
    print(n, sorted(by_len[n]))
inverse = {}
for word, n in counts.items():
    inverse.setdefault(n, set()).add(word)
print({n: sorted(ws) for n, ws in sorted(inverse.items())})
