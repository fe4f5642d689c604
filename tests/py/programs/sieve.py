# Sieve of Eratosthenes and prime statistics.
def sieve(n):
    is_prime = [True] * (n + 1)
    is_prime[0] = is_prime[1] = False
    i = 2
    while i * i <= n:
        if is_prime[i]:
            for j in range(i * i, n + 1, i):
                is_prime[j] = False
        i += 1
    return [i for i, p in enumerate(is_prime) if p]
primes = sieve(100000)
print(len(primes), primes[:15], primes[-5:], sum(primes))
twins = [(p, p + 2) for p, q in zip(primes, primes[1:]) if q == p + 2]
print(len(twins), twins[:6], twins[-1])
gaps = {}
for p, q in zip(primes, primes[1:]):
    gaps[q - p] = gaps.get(q - p, 0) + 1
print(sorted(gaps.items())[:8], max(gaps))
prime_set = set(primes)
def goldbach(n):
    for p in primes:
        if n - p in prime_set:
            return p, n - p
print([goldbach(n) for n in range(4, 40, 2)])
last_digits = {}
for p in primes:
    last_digits[p % 10] = last_digits.get(p % 10, 0) + 1
print(sorted(last_digits.items()))
