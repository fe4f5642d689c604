# __context__ is set implicitly when raising inside a handler or finally.
try:
    try:
        raise KeyError("first")
    except KeyError:
        raise ValueError("second")
except ValueError as e:
    print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    try:
        raise TypeError("a")
    finally:
        raise IndexError("b")
except IndexError as e:
    print(repr(e), repr(e.__context__))
try:
    try:
        raise KeyError(1)
    except KeyError:
        try:
            raise ValueError(2)
        except ValueError:
            raise TypeError(3)
except TypeError as e:
    chain = []
    c = e
    while c is not None:
        chain.append(repr(c))
        c = c.__context__
    print(chain)
try:
    err = ValueError("reused")
    try:
        raise err
    except ValueError:
        raise err
except ValueError as e:
    print(e.__context__)
