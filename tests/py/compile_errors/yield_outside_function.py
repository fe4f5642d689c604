# 'yield' at module level.
# check: stderr
print("never printed")
for i in range(3):
    yield i
