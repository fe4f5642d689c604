# object.__format__ rejects non-empty specs; builtin formats reject bad specs.
class C:
    def __str__(self):
        return "C!"


print(format(C(), ""))
for fn in (lambda: format(C(), "x"), lambda: f"{C():>10}", lambda: format(1, "y"),
           lambda: format("s", "d"), lambda: format(1.5, "d"), lambda: format(C(), 5)):
    try:
        fn()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
