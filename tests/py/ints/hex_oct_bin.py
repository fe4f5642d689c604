# hex/oct/bin of negative and big ints, and int() round-trips.
for v in [0, 1, -1, 255, -255, 2 ** 64, -(2 ** 64) + 1, 10 ** 20, 3735928559]:
    print(hex(v), oct(v), bin(v))
    print(int(hex(v), 16) == v, int(oct(v), 8) == v, int(bin(v), 2) == v, int(hex(v), 0) == v)
print(0xff, 0o17, 0b1011, 0XAB, 0O7, 0B1, 1_000, 0x_ff_ff)
print(hex(True), bin(False))
try:
    hex(1.5)
except TypeError as e:
    print("TypeError", e)
