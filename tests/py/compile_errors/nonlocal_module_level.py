# nonlocal at module level.
# check: stderr
print("never printed")
nonlocal x
x = 1
