# A metaclass __getitem__ takes precedence over __class_getitem__.
class Meta(type):
    def __getitem__(cls, item):
        return "meta " + str(item)


class C(metaclass=Meta):
    def __class_getitem__(cls, item):
        return "class_getitem " + str(item)


print(C[1])
