# Order of try/except/else/finally execution in all paths.
def run(mode):
    log = []
    try:
        log.append("try")
        if mode == "raise":
            raise ValueError("v")
        if mode == "other":
            raise KeyError("k")
    except ValueError as e:
        log.append("except " + str(e))
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log
print(run("ok"))
print(run("raise"))
try:
    run("other")
except KeyError as e:
    print("outer caught", e)
def ret_in_try():
    try:
        return "try value"
    finally:
        print("finally runs before return")
print(ret_in_try())
def else_raises():
    try:
        pass
    except Exception:
        print("not here")
    else:
        raise RuntimeError("from else")
    finally:
        print("finally after else")
try:
    else_raises()
except RuntimeError as e:
    print("caught", e)
