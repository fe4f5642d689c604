# Float // and % with all sign combinations and zero divisors.
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (7, 0.5), (1.0, 0.1), (-1.0, 0.1), (5.0, 3.0), (0.0, -3.0), (-0.0, 3.0)]:
    print(a, b, a // b, a % b, divmod(a, b))
print(1e300 % 3.0, -1e-300 % 1.0, 5.5 % float("inf"), -5.5 % float("inf"))
for op in ["/", "//", "%", "divmod"]:
    for a, b in [(1.0, 0.0), (1, 0.0), (1.0, 0)]:
        try:
            if op == "/":
                a / b
            elif op == "//":
                a // b
            elif op == "%":
                a % b
            else:
                divmod(a, b)
        except ZeroDivisionError as e:
            print(op, type(a).__name__, type(b).__name__, e)
