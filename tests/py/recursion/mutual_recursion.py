# Mutual recursion between functions.
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print([is_even(n) for n in range(10)])
print(is_odd(501), is_even(800))
def hofstadter_f(n):
    return 1 if n == 0 else n - hofstadter_m(hofstadter_f(n - 1))
def hofstadter_m(n):
    return 0 if n == 0 else n - hofstadter_f(hofstadter_m(n - 1))
print([hofstadter_f(n) for n in range(20)])
print([hofstadter_m(n) for n in range(20)])
def ping(n, log):
    log.append("ping" + str(n))
    if n > 0:
        pong(n - 1, log)
def pong(n, log):
    log.append("pong" + str(n))
    if n > 0:
        ping(n - 1, log)
log = []
ping(5, log)
print(log)
try:
    is_even(-1)
except RecursionError as e:
    print("mutual overflow:", e)
