# Lists: building with append, comprehensions, indexing, slicing, sorting,
# reversing, membership tests, sum/min/max.
ROUNDS = 300
SIZE = 5000


def lcg(seed):
    return (seed * 1103515245 + 12345) & 0x7FFFFFFF


def build(seed, n):
    out = []
    for _ in range(n):
        seed = lcg(seed)
        out.append(seed % 100000)
    return out, seed


def work(seed):
    data, seed = build(seed, SIZE)
    squares = [x * x % 9973 for x in data]
    evens = [x for x in data if x % 2 == 0]
    total = 0
    for i in range(len(data)):
        total += data[i] - data[len(data) - 1 - i] // 2
    head = data[:100]
    tail = data[-100:]
    step = data[::7]
    middle = data[1000:2000]
    middle.reverse()
    srt = sorted(data)
    squares.sort(reverse=True)
    pairs = sorted(zip(evens[:500], range(500)), key=lambda p: (p[0] % 97, p[1]))
    data[10:20] = [0] * 5
    del data[0:3]
    data.insert(5, -1)
    popped = data.pop()
    nested = [[i * j for j in range(10)] for i in range(50)]
    flat = [v for row in nested for v in row]
    hits = 0
    for v in head:
        if v in tail:
            hits += 1
    chk = (total + sum(head) + sum(tail) + sum(step) + middle[0] + srt[0] + srt[-1]
           + srt[len(srt) // 2] + squares[0] + len(evens) + pairs[0][0] + pairs[-1][1]
           + len(data) + popped + sum(flat) + hits + min(evens) + max(squares))
    return chk, seed


def main():
    seed = 42
    checksum = 0
    for _ in range(ROUNDS):
        chk, seed = work(seed)
        checksum = (checksum * 31 + chk) % 1_000_000_007
    print(f"list checksum: {checksum}")


main()
