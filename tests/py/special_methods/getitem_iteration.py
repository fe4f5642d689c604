# Old-style iteration via __getitem__ with 0,1,2,... until IndexError.
class Seq:
    def __getitem__(self, i):
        print("getitem", i)
        if i >= 3:
            raise IndexError(i)
        return i * 10


print(list(Seq()))
print(20 in Seq())
it = iter(Seq())
print(type(it).__name__)


class Stops:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return i


print(list(Stops()))
