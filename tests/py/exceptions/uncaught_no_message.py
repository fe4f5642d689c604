# Uncaught exception with no message prints only the class name.
# check: stderr
def fail():
    raise RuntimeError
print("start")
fail()
