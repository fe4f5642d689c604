# Duplicate parameter names in a lambda (keyword-only duplicate).
# check: stderr
print("never printed")
g = lambda x, *, x=1: x
