# Builtin containers support subscription via __class_getitem__ (types.GenericAlias).
print(list[int], dict[str, int], tuple[int, ...], type[int])
alias = list[int]
print(alias.__origin__ is list, alias.__args__, alias([1, 2]))
print(type(list.__dict__["__class_getitem__"]).__name__)
