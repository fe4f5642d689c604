# secrets: tokens, choice, randbelow, randbits, compare_digest (shapes and errors only).
import secrets
import string


def show(f, *args):
    try:
        print("->", f(*args))
    except Exception as e:
        print(type(e).__name__, e)


print(sorted(secrets.__all__), secrets.DEFAULT_ENTROPY)
print(isinstance(secrets._sysrand if hasattr(secrets, "_sysrand") else secrets.SystemRandom(),
                 secrets.SystemRandom))

tb = secrets.token_bytes()
print(type(tb).__name__, len(tb), len(secrets.token_bytes(5)), secrets.token_bytes(0))
th = secrets.token_hex()
print(len(th), len(secrets.token_hex(7)), set(th) <= set("0123456789abcdef"), secrets.token_hex(0))
for n in (None, 0, 1, 2, 3, 16, 33):
    tu = secrets.token_urlsafe(n)
    ok = set(tu) <= set(string.ascii_letters + string.digits + "-_")
    print(n, len(tu), ok)
print(len({secrets.token_hex(16) for _ in range(20)}))

show(secrets.token_bytes, -1)
show(secrets.token_hex, "a")
show(secrets.token_urlsafe, 1.5)

vals = [secrets.randbelow(7) for _ in range(200)]
print(min(vals) >= 0, max(vals) < 7, all(type(v) is int for v in vals))
print(secrets.randbelow(1))
show(secrets.randbelow, 0)
show(secrets.randbelow, -5)
bits = [secrets.randbits(5) for _ in range(100)]
print(all(0 <= b < 32 for b in bits), secrets.randbits(0))
show(secrets.randbits, -1)
seq = ["a", "b", "c"]
print(all(secrets.choice(seq) in seq for _ in range(50)), secrets.choice("z"))
show(secrets.choice, [])

# compare_digest
cases = [("abc", "abc"), ("abc", "abd"), ("abc", "ab"), ("", ""), (b"abc", b"abc"),
         (b"abc", bytearray(b"abc")), (bytearray(b"x"), memoryview(b"y")), (b"", b"a"),
         ("a", b"a"), (b"a", "a"), ("é", "é"), ("abc", "é"), (1, 2), ("a", 1), (1, b"a"),
         (None, None)]
for a, b in cases:
    show(secrets.compare_digest, a, b)
