# raise X from Y sets __cause__ and __suppress_context__.
try:
    try:
        {}["missing"]
    except KeyError as e:
        raise ValueError("converted") from e
except ValueError as e:
    print(repr(e), repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("no context") from None
except ValueError as e:
    print(repr(e), e.__cause__, repr(e.__context__), e.__suppress_context__)
try:
    raise RuntimeError("x") from KeyError("unrelated")
except RuntimeError as e:
    print(repr(e.__cause__), e.__context__, e.__suppress_context__)
try:
    raise ValueError from TypeError
except ValueError as e:
    print(repr(e), repr(e.__cause__))
try:
    raise ValueError("bad cause") from 5
except TypeError as e:
    print("TypeError", e)
e = ValueError()
print(e.__cause__, e.__context__, e.__suppress_context__)
