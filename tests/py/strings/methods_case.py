# Case conversion and character-class predicates.
for s in ["hello World", "ÉCOLE", "straße", "123abc", "", "   ", "Title Case Here", "MiXeD 42"]:
    print(repr(s), s.upper(), s.lower(), s.capitalize(), s.title(), s.swapcase(), s.casefold())
for s in ["abc", "ABC", "Abc", "123", "12.5", "abc123", " ", "", "Hello World", "héllo", "x1", "a_b"]:
    print(repr(s), s.isalpha(), s.isdigit(), s.isalnum(), s.isspace(), s.islower(), s.isupper(), s.istitle(), s.isnumeric(), s.isdecimal(), s.isidentifier())
