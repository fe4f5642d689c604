# 'continue' in a class body nested in a loop is not in a loop.
# check: stderr
print("never printed")
while True:
    class C:
        continue
