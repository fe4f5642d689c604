# __exit__ raising, truthy return values, and exceptions replaced in __exit__.
class Raiser:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        raise TypeError("from exit")
try:
    with Raiser():
        raise ValueError("original")
except TypeError as e:
    print(repr(e), repr(e.__context__))
class Truthy:
    def __enter__(self):
        return 1
    def __exit__(self, *args):
        return "yes"
with Truthy() as t:
    1 / 0
print("suppressed by truthy", t)
class Falsy:
    def __enter__(self):
        return None
    def __exit__(self, *args):
        return 0
try:
    with Falsy():
        [][0]
except IndexError as e:
    print("not suppressed", e)
class NoEnter:
    def __exit__(self, *a):
        pass
try:
    with NoEnter():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
class Recorder:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        self.args = (t, v)
        return True
r = Recorder()
with r:
    raise KeyError("rec")
print(r.args[0].__name__, repr(r.args[1]))
with r:
    pass
print(r.args)
