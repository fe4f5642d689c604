# __enter__ raising skips __exit__; __exit__ raising replaces the body's exception (with context).
class EnterFails:
    def __enter__(self):
        raise RuntimeError("enter failed")

    def __exit__(self, *a):
        print("exit should not run")


try:
    with EnterFails():
        print("body")
except RuntimeError as e:
    print(type(e).__name__ + ":", e)


class ExitFails:
    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        raise KeyError("from exit")


try:
    with ExitFails():
        raise ValueError("from body")
except KeyError as e:
    print(type(e).__name__ + ":", e, "| context:", repr(e.__context__))
