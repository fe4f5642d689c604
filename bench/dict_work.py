# Dicts: insert/lookup/update/delete with int and str keys, get/setdefault,
# iteration over items, word counting.
ROUNDS = 70
N = 20000

WORDS = ("the quick brown fox jumps over the lazy dog and then the dog "
         "sleeps while the fox runs far away into the dark green forest "
         "where many other animals live quietly together").split()


def int_keys(n):
    d = {}
    for i in range(n):
        d[i * 7 % 10007] = i
    total = 0
    for i in range(n):
        total += d.get(i, -1)
    for k in range(0, 10007, 3):
        if k in d:
            d[k] += 1
    for k in range(0, 10007, 5):
        if k in d:
            del d[k]
    for k, v in d.items():
        total += k ^ v
    return total + len(d)


def str_keys(n):
    d = {}
    for i in range(n):
        key = "k" + str(i % 5000)
        d[key] = d.get(key, 0) + i
    other = {}
    for key in d:
        other[key.upper()] = d[key] % 1000
    d.update(other)
    total = 0
    for i in range(0, 5000, 2):
        total += d["k" + str(i)]
        total += d.pop("K" + str(i))
    return total + len(d)


def word_count(n):
    counts = {}
    nw = len(WORDS)
    for i in range(n):
        w = WORDS[(i * 13 + i // 7) % nw]
        if w in counts:
            counts[w] += 1
        else:
            counts[w] = 1
    firsts = {}
    for w, c in counts.items():
        firsts.setdefault(w[0], []).append(c)
    total = 0
    for letter in sorted(firsts):
        total = total * 7 + sum(firsts[letter])
    return total % 1_000_000_007


def main():
    checksum = 0
    for r in range(ROUNDS):
        checksum = (checksum * 31 + int_keys(N + r) + str_keys(N) + word_count(N * 2)) % 1_000_000_007
    print(f"dict checksum: {checksum}")


main()
