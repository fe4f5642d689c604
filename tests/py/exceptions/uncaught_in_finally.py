# An exception raised in finally replaces the pending one (with context).
# check: stderr
def work():
    try:
        raise ValueError("primary")
    finally:
        raise OSError("cleanup failed")
print("working")
work()
