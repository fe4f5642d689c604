# 'break' in a function nested inside a loop is still outside a loop.
# check: stderr
print("never printed")
for i in range(3):
    def f():
        break
