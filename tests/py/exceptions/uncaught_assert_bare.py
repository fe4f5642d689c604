# Uncaught AssertionError without a message.
# check: stderr
x = [1, 2, 3]
assert len(x) == 3
print("first assert passed")
assert sum(x) == 7
