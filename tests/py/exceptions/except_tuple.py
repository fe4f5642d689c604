# except with a tuple of types and matching order of clauses.
def classify(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return "lookup-ish " + type(e).__name__
    except ArithmeticError as e:
        return "arith " + type(e).__name__
    except (TypeError,) as e:
        return "type"
    except Exception as e:
        return "other " + type(e).__name__
for exc in [KeyError(1), IndexError(), ZeroDivisionError(), OverflowError(), TypeError(), ValueError(), LookupError()]:
    print(classify(exc))
errs = (ValueError, TypeError)
try:
    int("x")
except errs as e:
    print("dynamic tuple", type(e).__name__)
try:
    raise ValueError
except (KeyError, IndexError, ValueError, ValueError) as e:
    print("duplicate in tuple", repr(e))
try:
    raise UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")
except (ValueError, UnicodeError) as e:
    print("first match wins", type(e).__name__, e)
try:
    try:
        raise ValueError("x")
    except 42:
        pass
except TypeError as e:
    print(e)
