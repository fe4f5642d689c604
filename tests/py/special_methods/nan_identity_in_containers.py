# Container membership/equality checks identity before __eq__.
class Never:
    def __eq__(self, o):
        print("eq called")
        return False

    __hash__ = object.__hash__


n = Never()
print(n in [n], [n] == [n], n == n)
print(n in (1, n), n in {n})
nan = float("nan")
print(nan in [nan], [nan] == [nan], nan == nan)
