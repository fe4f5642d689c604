# math module constants and integer functions.
import math
print(math.pi, math.e, math.inf, -math.inf, math.nan != math.nan, math.tau)
print(math.factorial(0), math.factorial(10), math.factorial(30))
print(math.gcd(12, 18), math.gcd(0, 0), math.gcd(-12, 18), math.gcd(12, 18, 27), math.gcd(2 ** 100, 2 ** 80 * 3), math.lcm(4, 6))
print(math.isqrt(0), math.isqrt(15), math.isqrt(16), math.isqrt(10 ** 40), math.isqrt(2 ** 101))
print(math.comb(5, 2), math.comb(52, 5), math.comb(10, 0), math.comb(3, 5), math.comb(100, 50))
print(math.perm(5, 2), math.perm(5), math.perm(10, 3), math.perm(3, 5))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod(range(1, 21)), math.prod([0.5, 4]), math.prod([2, 3], start=10))
try:
    math.factorial(-1)
except ValueError as e:
    print("ValueError", e)
try:
    math.factorial(2.5)
except (ValueError, TypeError) as e:
    print(type(e).__name__, e)
try:
    math.isqrt(-1)
except ValueError as e:
    print("ValueError", e)
try:
    math.comb(-1, 2)
except ValueError as e:
    print("ValueError", e)
