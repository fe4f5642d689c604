# iter(callable, sentinel) calls __call__ until the sentinel is returned (compared with ==).
class Counter:
    def __init__(self):
        self.n = 0

    def __call__(self):
        self.n += 1
        return self.n


print(list(iter(Counter(), 4)))
try:
    iter(5, 1)
except TypeError as e:
    print(type(e).__name__ + ":", e)
