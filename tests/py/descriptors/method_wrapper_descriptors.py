# Builtin method descriptors bind too: str.upper is a method_descriptor, 'a'.upper is builtin method.
print(type(str.upper).__name__)
print(type("a".upper).__name__)
print(str.upper("abc"))
print("abc".upper.__self__)
print(type(object.__init__).__name__, type(object().__init__).__name__)
try:
    str.upper(5)
except TypeError as e:
    print(type(e).__name__ + ":", e)
print(str.__dict__["upper"].__get__("xy")())
