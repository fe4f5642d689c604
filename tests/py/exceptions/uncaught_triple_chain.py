# Three exceptions chained by context, each raised in the previous handler.
# check: stderr
try:
    {}["a"]
except KeyError:
    try:
        [][0]
    except IndexError:
        print("raising third")
        raise TypeError("third")
