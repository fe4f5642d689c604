# Builtin exception hierarchy: issubclass checks and __mro__ names.
for cls in [ZeroDivisionError, KeyError, IndexError, UnboundLocalError, RecursionError,
            NotImplementedError, StopIteration, GeneratorExit, KeyboardInterrupt, SystemExit,
            OverflowError, FileNotFoundError, ModuleNotFoundError, UnicodeDecodeError,
            AssertionError, AttributeError, TypeError, ValueError, NameError, StopAsyncIteration]:
    print(cls.__name__, [c.__name__ for c in cls.__mro__])
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(KeyError, LookupError))
print(issubclass(ValueError, Exception), issubclass(SystemExit, Exception))
print(issubclass(bool, int), issubclass(FileNotFoundError, OSError), IOError is OSError)
print(issubclass(KeyError, (TypeError, LookupError)), issubclass(Exception, BaseException))
print(EnvironmentError.__name__, [c.__name__ for c in TimeoutError.__mro__])
print(isinstance(KeyError(), LookupError), isinstance(ValueError(), (KeyError, ValueError)))
print([c.__name__ for c in Exception.__subclasses__() if c.__name__ in ("ArithmeticError", "LookupError", "ValueError")])
