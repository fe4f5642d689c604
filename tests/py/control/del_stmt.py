# del of subscripts, slices and attributes.
lst = list(range(10))
del lst[0]
print(lst)
del lst[-1]
print(lst)
del lst[2:4]
print(lst)
del lst[::2]
print(lst)
del lst[:]
print(lst)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print("KeyError", e)
class O:
    pass
o = O()
o.x = 1
o.y = 2
del o.x
print(hasattr(o, "x"), o.y)
try:
    del o.x
except AttributeError as e:
    print("AttributeError", e)
nums = [1, 2, 3, 4, 5, 6]
del nums[1], nums[1]
print(nums)
try:
    del nums[10]
except IndexError as e:
    print("IndexError", e)
try:
    t = (1, 2)
    del t[0]
except TypeError as e:
    print("TypeError", e)
