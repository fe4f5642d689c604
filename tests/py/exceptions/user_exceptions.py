# User-defined exception classes with __init__, attributes and inheritance.
class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, name, code=404):
        super().__init__("not found: " + name)
        self.name = name
        self.code = code
class Weird(AppError):
    def __init__(self, a, b):
        self.a = a
        self.b = b
class WithStr(Exception):
    def __str__(self):
        return "custom str for " + repr(self.args)
try:
    raise NotFound("page")
except AppError as e:
    print(type(e).__name__, e, e.args, e.name, e.code, repr(e))
try:
    raise Weird(1, 2)
except Weird as e:
    print(repr(e), e.args, str(e), e.a + e.b)
try:
    raise WithStr(1, 2)
except Exception as e:
    print(e, "|", repr(e))
try:
    raise AppError
except AppError as e:
    print(repr(e), isinstance(e, Exception))
print([c.__name__ for c in NotFound.__mro__])
class Multi(KeyError, AppError):
    pass
try:
    raise Multi("m")
except LookupError as e:
    print("Multi caught as LookupError", str(e), isinstance(e, AppError))
class CodeError(Exception):
    def __init__(self, code):
        self.code = code
        super().__init__(code, "code " + str(code))
print(CodeError(5).args, str(CodeError(5)))
