def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


vals = [0, 1, -1, 7, -7, 3, -3, 2**62, -2**62, 2**63, -2**63, 2**64 + 5, -(2**64 + 5), 10**30 + 7, -(10**30 + 7)]
for a in vals:
    row = []
    for b in vals:
        try:
            row.append((a // b, a % b))
        except ZeroDivisionError as e:
            row.append(str(e))
    print(a, row)
