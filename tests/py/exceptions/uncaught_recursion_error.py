# Uncaught RecursionError shows the repeated-frames summary line.
# check: stderr
def forever(n):
    return forever(n + 1)
print("recursing")
forever(0)
