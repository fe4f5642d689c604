# Uncaught KeyError shows the key's repr.
# check: stderr
d = {"a": 1}
print(d["a"])
raise KeyError("x")
