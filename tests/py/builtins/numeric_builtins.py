# abs, divmod, pow, round, hex, oct, bin, chr, ord together.
print(abs(-3), abs(-3.5), abs(True), abs(-0.0), abs(-10 ** 20))
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(-1, 3))
print(pow(2, 8), pow(2, -2), pow(2.0, 3), pow(3, 200, 1000), pow(-2, 3), pow(0, 0))
print(round(3.14159, 3), round(2.5), round(3.5), round(-2.5), round(1234, -2), round(0.5 + 1e-9))
print(hex(255), oct(8), bin(5), hex(-1), chr(97), ord("a"), chr(8364), ord("€"))
class Num:
    def __abs__(self):
        return "abs called"
    def __round__(self, n=None):
        return "round " + str(n)
print(abs(Num()), round(Num()), round(Num(), 2))
try:
    abs(None)
except TypeError as e:
    print("TypeError", e)
try:
    round("1.5")
except TypeError as e:
    print("TypeError", e)
