# Uncaught IndexError from a list subscript.
# check: stderr
items = [10, 20, 30]
print(items[2])
idx = len(items)
value = items[idx]
