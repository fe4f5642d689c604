# A module that local_import.py imports (run alone, it only says its name).
print("running", __name__)
counter = 1


def double(x):
    return 2 * x
