def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


import sys
t(lambda: __import__("sys") is sys); t(lambda: __import__("nosuchmod")); t(lambda: __import__("")); t(lambda: __import__(1)); t(lambda: __import__("sys", level=-1)); t(lambda: __import__("sys", level=1.5))
t(lambda: __import__("os.path").__name__); t(lambda: __import__("os.path", fromlist=["x"]).__name__); t(lambda: __import__("collections", fromlist=["OrderedDict"]).__name__); t(lambda: __import__("nosuch.sub"))
t(lambda: __import__(name="sys") is sys); t(lambda: "sys" in sys.modules); t(lambda: __import__("keyword").iskeyword("if"))
