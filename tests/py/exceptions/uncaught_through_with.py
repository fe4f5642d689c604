# Uncaught exception propagating through a with statement whose __exit__ runs.
# check: stderr
class Resource:
    def __enter__(self):
        print("acquire")
        return self
    def __exit__(self, t, v, tb):
        print("release", t.__name__)
        return False
with Resource():
    print("using")
    raise KeyError("lost inside with")
