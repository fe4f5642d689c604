# A lone starred for-loop target must be in a list or tuple.
# check: stderr
print("never printed")
for *a in [[1, 2]]:
    pass
