# nonlocal cannot bind to a class-body variable.
# check: stderr
print("never printed")
class C:
    y = 1
    def m(self):
        nonlocal y
        return y
