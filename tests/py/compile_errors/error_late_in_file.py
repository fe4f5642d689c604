# A compile error deep inside nested code after many valid lines.
# check: stderr
print("never printed")
def ok(a, b):
    return a + b

class K:
    def m(self):
        for i in range(3):
            if i:
                pass
        return 1

def bad():
    def inner():
        while True:
            def deeper():
                continue
            break
    return inner
