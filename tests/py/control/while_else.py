# while loops with else, break and continue.
n = 0
while n < 5:
    n += 1
else:
    print("else ran, n =", n)
n = 0
while n < 10:
    n += 1
    if n == 3:
        break
else:
    print("not printed")
print("broke at", n)
n = 0
odds = []
while n < 10:
    n += 1
    if n % 2 == 0:
        continue
    odds.append(n)
else:
    print("else after continue loop", odds)
while False:
    print("never")
else:
    print("else of never-run loop")
i = 0
total = 0
while True:
    i += 1
    if i > 100:
        break
    total += i
print(total)
