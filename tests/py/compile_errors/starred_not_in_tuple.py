# A lone starred assignment target.
# check: stderr
print("never printed")
*a = [1, 2, 3]
