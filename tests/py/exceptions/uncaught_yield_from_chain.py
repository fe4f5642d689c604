# Exception raised deep inside nested yield from delegation.
# check: stderr
def leaf():
    yield "leaf"
    raise IndexError("leaf exhausted")
def middle():
    yield from leaf()
def top():
    yield from middle()
for item in top():
    print(item)
