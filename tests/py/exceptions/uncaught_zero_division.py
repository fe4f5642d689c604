# Uncaught ZeroDivisionError from an arithmetic expression.
# check: stderr
def ratio(a, b):
    return a * 2 / (b - b)
print(ratio(1, 1) if False else "computing")
ratio(10, 3)
