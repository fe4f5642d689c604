# Nested loops with break/continue only affecting the innermost loop.
result = []
for i in range(4):
    for j in range(4):
        if j > i:
            break
        if (i + j) % 2:
            continue
        result.append((i, j))
print(result)
count = 0
for i in range(10):
    for j in range(10):
        for k in range(10):
            if i + j + k == 10:
                count += 1
print(count)
found = None
for i in range(1, 20):
    for j in range(1, 20):
        if i * j == 91:
            found = (i, j)
            break
    if found:
        break
print(found)
table = []
i = 1
while i <= 3:
    row = []
    for j in range(1, 4):
        row.append(i * j)
    table.append(row)
    i += 1
print(table)
