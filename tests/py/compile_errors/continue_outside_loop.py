# 'continue' outside of any loop.
# check: stderr
print("never printed")
def f():
    continue
