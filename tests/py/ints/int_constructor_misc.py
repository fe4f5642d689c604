# int() from various objects: floats, bools, strings, objects with __int__/__index__.
class WithInt:
    def __int__(self):
        return 42
class WithIndex:
    def __index__(self):
        return 7
print(int(WithInt()), int(WithIndex()), [10, 20, 30, 40, 50, 60, 70, 80][WithIndex()])
print(hex(WithIndex()), bin(WithIndex()), "abcdefghij"[WithIndex()])
print(int(), int(0.0), int(-0.5), int(2.5), int(1e300) % 1000)
print(int("-1_000"), int(" +0x10 ", 16), int(b"42"), int(bytearray(b"17")))
try:
    int([1])
except TypeError as e:
    print("TypeError", e)
idx_f, idx_s = 1.0, "1"
try:
    [1, 2][idx_f]
except TypeError as e:
    print("TypeError", e)
try:
    "abc"[idx_s]
except TypeError as e:
    print("TypeError", e)
