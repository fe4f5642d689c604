# 'await' at module level.
# check: stderr
print("never printed")
x = 1
await x
