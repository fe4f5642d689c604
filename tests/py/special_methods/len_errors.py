# __len__ result checks: float, negative, huge and non-int results give exact errors.
class L:
    def __init__(self, r):
        self.r = r

    def __len__(self):
        return self.r


print(len(L(3)), bool(L(0)), bool(L(2)))
for r in (1.5, -1, 2**70, "3", None):
    try:
        len(L(r))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
try:
    bool(L(-1))
except ValueError as e:
    print(type(e).__name__ + ":", e)
