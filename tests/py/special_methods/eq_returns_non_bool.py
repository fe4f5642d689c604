# __eq__/__lt__ may return arbitrary objects; `in` and list.index coerce them with bool().
class Weird:
    def __eq__(self, o):
        return [1] if o == 2 else []

    def __lt__(self, o):
        return "lt"

    __hash__ = None


w = Weird()
print(w == 2, w == 3, w < 1)
print(2 in [w], 3 in [w])
print([5, w].index(2))
print(sorted([1, 2]) == [1, 2])
