# Messages: item deletion ("does not" / "doesn't" as CPython picks), slot-wrapper type checks; operator.index(True).
import operator
for stmt in ["x = 5; del x[0]", "del (1,)['a']", "del (1,)[0]", "del 'abc'[1]", "int.__add__('a', 1)", "str.upper(1)", "int.__add__.__get__('a')"]:
    try: exec(stmt)
    except TypeError as e: print(e)
print(operator.index(True), type(operator.index(True)), operator.index(5), [1,2][True])
