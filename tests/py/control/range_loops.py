# Loops over ranges with various steps and mutations of the loop variable.
print(list(range(5)), list(range(2, 8)), list(range(10, 0, -3)), list(range(0, -10, -2)))
for i in range(3):
    i = i * 100
    print(i, end=" ")
print()
total = 0
for i in range(1, 1001):
    total += i
print(total)
acc = []
for i in range(10, 0, -1):
    if i % 3 == 0:
        acc.append(i)
print(acc)
print(sum(range(0, 100, 7)), len(range(0, 100, 7)))
lst = [1, 2, 3]
for x in lst:
    if x == 1:
        lst.append(4)
print(lst)
