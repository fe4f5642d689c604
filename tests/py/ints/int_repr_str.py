# str/repr of ints, leading zeros, negative zero, big digits.
print(str(0), str(-0), repr(-12), str(10 ** 50), repr(-(10 ** 30)))
print(len(str(2 ** 10000)), str(2 ** 10000)[-10:])
print(000, 0_0, 0x00, -0)
print(str(int("-000123")), int("0" * 50 + "1"))
print(1_2_3 + 4_5_6, 100_000 * 3)
nums = [1, -1, 10, -10, 999999999999, -999999999999]
print(nums, [str(n) for n in nums])
print(f"{123}", f"{-45:d}", f"{2**70}")
