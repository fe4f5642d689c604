# f-strings: expressions, !r/!s, = specifier, nested quotes, braces.
name = "Ada"
n = 3
items = ["a", "b"]
d = {"key": "val"}
print(f"hello {name}", f"{n + 1}", f"{n * 'ab'}", f"{items[0]}{items[-1]}", f"{d['key']}")
print(f"{name!r}", f"{name!s}", f"{'quoted'!r}", f"{items!r}", f"{3.0!s}")
print(f"{n=}", f"{name = }", f"{n*2=}", f"{items[0]=}", f"{d['key']=!s}")
print(f"{{braces}}", f"{{{n}}}", f"{'{'}")
print(f"""triple {name} "quotes" {'inner'}""")
print(f"{'nested' + f'{n}'}", f"{len(name):03d}", f"{name.upper()}")
print(f"{(lambda x: x * 2)(4)}", f"{[i * i for i in range(4)]}", f"{n if n > 2 else 0}")
w = 8
print(f"[{name:>{w}}]", f"[{name:^{w}}]", f"[{n:{w}.2f}]")
class C:
    def __str__(self):
        return "str-C"
    def __repr__(self):
        return "repr-C"
c = C()
print(f"{c}", f"{c!r}", f"{c!s}", f"{c=}")
print(f"multi" f"{n}" "plain" f"{name}")
