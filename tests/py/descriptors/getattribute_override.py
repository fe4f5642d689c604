# __getattribute__ intercepts every lookup; object.__getattribute__ performs the normal lookup.
class C:
    x = "class x"

    def __getattribute__(self, name):
        print("lookup", name)
        if name == "secret":
            return "intercepted"
        return object.__getattribute__(self, name)


c = C()
c.y = "inst y"
print(c.x)
print(c.y)
print(c.secret)
try:
    c.missing
except AttributeError as e:
    print(type(e).__name__ + ":", e)
