# assert with and without messages, caught AssertionError.
assert True
assert 1 == 1, "not shown"
try:
    assert False
except AssertionError as e:
    print("caught", repr(e), e.args)
try:
    assert 1 > 2, "one is not greater than two"
except AssertionError as e:
    print("caught", e, e.args)
try:
    x = [1, 2]
    assert len(x) == 3, ("bad length", len(x))
except AssertionError as e:
    print("caught", e.args[0])
called = []
def msg():
    called.append(1)
    return "m"
assert True, msg()
print(called)
try:
    assert [], msg()
except AssertionError as e:
    print(e, called)
