# Uncaught exception raised from None hides the context.
# check: stderr
def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        raise LookupError("no such key: " + k) from None

print(lookup({"a": 1}, "a"))
lookup({}, "b")
