# for loops with else, break and continue, over various iterables.
def find(seq, target):
    for i, v in enumerate(seq):
        if v == target:
            print("found", target, "at", i)
            break
    else:
        print(target, "not found")
find([1, 2, 3], 2)
find([1, 2, 3], 5)
find("hello", "l")
find([], 1)
primes = []
for n in range(2, 40):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        primes.append(n)
print(primes)
for x in range(3):
    continue
else:
    print("else after all-continue loop, x =", x)
for k in {"a": 1, "b": 2}:
    print("key", k)
for ch in "xyz":
    print(ch, end=" ")
print()
for a, b in zip("ab", [1, 2]):
    print(a, b)
