# Two starred targets in one assignment.
# check: stderr
print("never printed")
a, *b, *c = range(10)
