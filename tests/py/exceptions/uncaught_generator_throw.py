# An exception thrown into a generator that does not handle it.
# check: stderr
def worker():
    while True:
        job = yield
        print("job", job)
w = worker()
next(w)
w.send("a")
w.throw(ValueError("stop working"))
