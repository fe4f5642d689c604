# Counter in practice: word frequencies, anagrams, multiset ops, top-n with ties, inventory.
from collections import Counter

text = """the cat sat on the mat the dog sat on the log a cat and a dog"""
freq = Counter(text.split())
print(freq.most_common(4))
print([w for w, n in freq.items() if n == 2], freq.total(), len(freq))
def anagram(a, b):
    return Counter(a.replace(' ', '').lower()) == Counter(b.replace(' ', '').lower())
print(anagram('Listen', 'Silent'), anagram('Dormitory', 'dirty room'), anagram('abc', 'abd'))
letters = Counter('programming')
print(letters.most_common(3), sorted(letters.elements())[:6], letters['g'], letters['z'])
have = Counter(eggs=6, flour=2, milk=1)
need = Counter(eggs=2, flour=3, sugar=1)
print(need - have, have - need, (have & need).total(), have | need, have + need)
print(not (need - have), not (Counter(eggs=1) - have))
votes = Counter()
for v in ['b', 'a', 'c', 'b', 'a', 'b', 'c', 'a']:
    votes[v] += 1
print(votes, votes.most_common(1), sorted(votes, key=votes.get)[:2])
by_len = Counter(map(len, text.split()))
print(sorted(by_len.items()), max(by_len, key=by_len.get))
c = Counter({'x': 5, 'y': 5, 'z': 1})
print(c.most_common(), c.most_common(2), list(c))
c['y'] -= 10; print(c, +c, -c)
print(Counter(dict.fromkeys('abc', 1)), Counter(Counter('aab')), Counter([('a', 1), ('a', 1)]))
