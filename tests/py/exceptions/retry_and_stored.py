# Retry loops and exceptions stored in lists, then re-raised later.
attempts = []
def flaky(n):
    attempts.append(n)
    if n < 3:
        raise ConnectionError("try " + str(n))
    return "ok on " + str(n)
for i in range(5):
    try:
        result = flaky(i)
        break
    except ConnectionError as e:
        print("retry after", e)
print(result, attempts)
errors = []
for v in ["1", "a", "2", "b"]:
    try:
        int(v)
    except ValueError as e:
        errors.append(e)
print(len(errors), [str(e) for e in errors])
try:
    raise errors[0]
except ValueError as e:
    print("re-raised stored:", e is errors[0])
print(issubclass(ConnectionError, OSError), [c.__name__ for c in ConnectionRefusedError.__mro__])
