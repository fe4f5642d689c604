# Dicts created, filled, emptied and dropped repeatedly.
total = 0
survivor = {}
for round_no in range(2000):
    d = {}
    for i in range(2000):
        d[i] = (i, str(i))
    for i in range(0, 2000, 2):
        del d[i]
    total += len(d) + d[1999][0]
    survivor[round_no % 10] = d[1]
    s = {k: v for k, v in d.items() if k % 3 == 0}
    total += len(s)
print(total, sorted(survivor.items())[:3])
