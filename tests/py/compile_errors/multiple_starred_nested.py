# Two starred targets in one nested target list.
# check: stderr
print("never printed")
for a, (*b, *c) in [(1, (2, 3))]:
    pass
