# __instancecheck__ on the metaclass customises isinstance; result coerced to bool.
class Meta(type):
    def __instancecheck__(cls, inst):
        print("instancecheck", type(inst).__name__)
        return isinstance(inst, int) and "yes"


class IntLike(metaclass=Meta):
    pass


print(isinstance(5, IntLike))
print(isinstance("s", IntLike))
print(isinstance(5, (str, IntLike)))
print(isinstance(IntLike(), IntLike))
