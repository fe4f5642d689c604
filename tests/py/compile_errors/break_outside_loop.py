# 'break' outside of any loop.
# check: stderr
print("never printed")
if True:
    break
