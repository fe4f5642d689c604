# Uncaught ValueError at module level after some output.
# check: stderr
print("before")
x = int("42")
print(x)
raise ValueError("something bad")
print("never")
