# sys.maxsize, maxunicode, float_info, int_info, hash_info, byteorder, platform
import sys

print(sys.maxsize, sys.maxsize == 2**63 - 1, sys.maxunicode, chr(sys.maxunicode) == '\U0010ffff')
print(sys.byteorder, sys.platform, sys.float_repr_style)
fi = sys.float_info
print(fi)
print(fi.max, fi.min, fi.epsilon, fi.dig, fi.mant_dig, fi.radix, fi.rounds, len(fi), fi[0] == fi.max)
print(fi.max_exp, fi.min_exp, fi.max_10_exp, fi.min_10_exp)
print(sys.int_info, sys.int_info.bits_per_digit, sys.int_info[1])
hi = sys.hash_info
print(hi.width, hi.modulus, hi.inf, hi.nan, hi.imag, hi.algorithm, hi.hash_bits, hi.seed_bits, hi.cutoff)
print(hash(float('inf')) == hi.inf, hash(2**61 - 1) == 0, hash(hi.modulus + 5) == 5)
print(sys.get_int_max_str_digits())
sys.set_int_max_str_digits(1000)
print(sys.get_int_max_str_digits())
try:
    int('1' * 1001)
except ValueError as e:
    print('ValueError', e)
try:
    sys.set_int_max_str_digits(10)
except ValueError as e:
    print('ValueError', e)
sys.set_int_max_str_digits(0)
print(len(str(10**5000)))
sys.set_int_max_str_digits(4300)
print(type(sys.flags).__name__, sys.flags.optimize, sys.flags.dont_write_bytecode, sys.flags.debug, len(sys.flags) >= 16)
print(sys.thread_info.name, len(sys.thread_info))
