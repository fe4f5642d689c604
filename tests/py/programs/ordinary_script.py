"""An ordinary script: text processing, numbers, classes, collections."""
import json
import math
import random
import string
import sys
from collections import Counter, defaultdict, namedtuple, deque, OrderedDict
from functools import reduce, lru_cache, partial
from itertools import groupby, islice, chain, product, permutations
from operator import itemgetter, attrgetter

TEXT = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness."""

words = [w.strip(string.punctuation).lower() for w in TEXT.split()]
freq = Counter(words)
print(freq.most_common(5))
by_len = defaultdict(list)
for w in sorted(set(words)):
    by_len[len(w)].append(w)
for n, ws in sorted(by_len.items()):
    print(f"{n:>2}: {', '.join(ws)}")
print({k: len(list(g)) for k, g in groupby(sorted(words), key=lambda w: w[0])})

Point = namedtuple("Point", "x y")
pts = [Point(random.Random(7).randint(0, 9), i) for i in range(5)]
print(pts, sorted(pts, key=attrgetter("x", "y"))[0])

class Account:
    __slots__ = ("owner", "balance")
    def __init__(self, owner, balance=0.0):
        self.owner, self.balance = owner, balance
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError(f"bad amount: {amount!r}")
        self.balance += amount
        return self
    def __repr__(self):
        return f"Account({self.owner!r}, {self.balance:,.2f})"

accts = [Account("ann").deposit(1234.5), Account("bob", 99).deposit(0.125)]
print(accts, max(accts, key=attrgetter("balance")))
try:
    accts[0].deposit(-1)
except ValueError as e:
    print("error:", e)

@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(90), fib.cache_info())
print(reduce(lambda a, b: a * b, range(1, 25)), math.factorial(24) == reduce(int.__mul__, range(1, 25)))
print(f"{math.pi:.10f} {math.e:e} {2**0.5:g} {1/3:%} {10**20:_} {255:#x} {-3.5:+08.2f}")
rng = random.Random(2024)
data = [rng.gauss(10, 2) for _ in range(1000)]
mean = sum(data) / len(data)
sd = math.sqrt(sum((x - mean) ** 2 for x in data) / (len(data) - 1))
print(round(mean, 6), round(sd, 6), rng.choice("abcdef"), rng.sample(range(100), 5))
print(json.dumps({"accounts": [a.owner for a in accts], "freq": dict(freq.most_common(3)), "pi": math.pi}, indent=2, sort_keys=True))
print(json.loads('{"a": [1, 2.5, null, true], "b": "\\u00e9"}'))
q = deque(maxlen=3)
for x in chain(range(3), "ab"):
    q.append(x)
print(q, list(islice(product("ab", repeat=2), 3)), len(list(permutations(range(4)))))
od = OrderedDict.fromkeys("hello")
od.move_to_end("h")
print(od, "%-6s|%6.2f|%03d" % ("ok", 3.14159, 7))
table = str.maketrans("aeiou", "AEIOU")
print(TEXT.splitlines()[0].translate(table).title().center(90, "*"))
print(sorted(freq.items(), key=itemgetter(1, 0), reverse=True)[:3], sys.version_info[:1])
