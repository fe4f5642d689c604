# Word frequency counting with dicts and a formatted report.
TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair."""
def words(text):
    word = ""
    for ch in text.lower():
        if ch.isalpha():
            word += ch
        elif word:
            yield word
            word = ""
    if word:
        yield word
counts = {}
for w in words(TEXT):
    counts[w] = counts.get(w, 0) + 1
ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
print(f"{'word':<12}{'count':>6}  bar")
for word, n in ranked[:10]:
    print(f"{word:<12}{n:>6}  {'*' * n}")
print("distinct:", len(counts), "total:", sum(counts.values()))
by_first = {}
for w in counts:
    by_first.setdefault(w[0], []).append(w)
for letter in sorted(by_first):
    print(letter, sorted(by_first[letter]))
longest = max(counts, key=lambda w: (len(w), w))
print("longest:", longest, len(longest))
