# bytes() uses __bytes__; it must return bytes.
class B:
    def __bytes__(self):
        return b"xyz"


class Bad:
    def __bytes__(self):
        return "str"


print(bytes(B()))
try:
    bytes(Bad())
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    bytes(object())
except TypeError as e:
    print(type(e).__name__ + ":", e)
