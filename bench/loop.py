# Counting loops with small-integer arithmetic: while and for-range,
# accumulation, comparison, modulo, bit operations, no calls in the body.
N = 5_000_000


def while_loop(n):
    i = 0
    total = 0
    while i < n:
        total += i * 3 + 1
        if total > 1_000_000_007:
            total -= 1_000_000_007
        i += 1
    return total


def for_loop(n):
    acc = 0
    odd = 0
    for i in range(n):
        acc = (acc + (i ^ (i >> 3))) & 0xFFFFFFF
        if i % 3 == 0:
            odd += 1
    return acc, odd


def nested(n):
    count = 0
    for i in range(n):
        for j in range(i % 7):
            count += j
    return count


def main():
    a = while_loop(N)
    b, c = for_loop(N)
    d = nested(N // 4)
    print(f"loop checksum: {a} {b} {c} {d}")


main()
