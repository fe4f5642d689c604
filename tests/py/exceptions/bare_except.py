# Bare except catches everything including BaseException subclasses.
for exc in [ValueError("v"), KeyboardInterrupt(), SystemExit(2), GeneratorExit(), ZeroDivisionError()]:
    try:
        raise exc
    except:
        print("caught", type(exc).__name__)
try:
    try:
        raise SystemExit(5)
    except Exception:
        print("not caught by Exception")
except BaseException as e:
    print("BaseException caught", type(e).__name__, e.code)
def f():
    try:
        1 / 0
    except:
        return "bare"
print(f())
