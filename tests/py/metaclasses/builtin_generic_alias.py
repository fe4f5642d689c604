# Builtin containers support subscription via __class_getitem__ (types.GenericAlias).
print(list[int], dict[str, int], tuple[int, ...], type[int])
alias = list[int]
print(alias.__origin__ is list, alias.__args__, alias([1, 2]))
print(type(list.__dict__["__class_getitem__"]).__name__)
# type[int], int | None, isinstance with unions and aliases.
print(type[int], int | None, (int | str).__args__, isinstance(3, int | str), isinstance("x", int | None))
print(issubclass(bool, int | str))
for cls in (list[int], 5):
    try:
        isinstance([], cls)
    except TypeError as e:
        print("TypeError:", e)
