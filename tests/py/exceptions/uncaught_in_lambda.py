# Uncaught exception raised inside a lambda called via map and list.
# check: stderr
convert = lambda s: int(s) * 2
print(list(map(convert, ["1", "2"])))
print(list(map(convert, ["3", "x"])))
