# Uncaught exception inside a list comprehension shows the comprehension frame.
# check: stderr
values = [4, 2, 0, 1]
def invert_all(vs):
    return [1 / v for v in vs]
print(invert_all(values[:2]))
invert_all(values)
