# with on objects missing __enter__/__exit__ gives exact TypeErrors (3.11 wording).
class NoEnter:
    def __exit__(self, *a):
        pass


class NoExit:
    def __enter__(self):
        return self


for obj in (NoEnter(), NoExit(), 5):
    try:
        with obj:
            print("unreachable")
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
