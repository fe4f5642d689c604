# Floor division and modulo for all sign combinations, small and big.
pairs = [(7, 3), (-7, 3), (7, -3), (-7, -3), (6, 3), (-6, 3), (0, 5), (0, -5), (1, 7), (-1, 7)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b), (a // b) * b + a % b == a)
big = 10 ** 30 + 7
for a, b in [(big, 3), (-big, 3), (big, -3), (-big, -3), (big, big - 1), (-big, 2 ** 70), (3, big), (-3, big)]:
    q, r = divmod(a, b)
    print(q, r, q * b + r == a, a // b == q, a % b == r)
try:
    5 // 0
except ZeroDivisionError as e:
    print(e)
try:
    5 % 0
except ZeroDivisionError as e:
    print(e)
try:
    divmod(big, 0)
except ZeroDivisionError as e:
    print(e)
