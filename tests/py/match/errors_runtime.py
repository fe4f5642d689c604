# Run-time errors raised by class and mapping patterns.
def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", type(e).__name__, e)

class NoArgs:
    pass

class ListArgs:
    __match_args__ = ["a"]
    a = 1

class IntArgs:
    __match_args__ = ("a", 1)
    a = 1

class Dup:
    __match_args__ = ("a", "a")
    a = 1

class One:
    __match_args__ = ("a",)
    a = 1

class StrSub(str):
    pass

class SubArgs:
    __match_args__ = (StrSub("a"),)
    a = 1

def m_noargs():
    match NoArgs():
        case NoArgs(x):
            return x

def m_list():
    match ListArgs():
        case ListArgs(x):
            return x

def m_int():
    match IntArgs():
        case IntArgs(x, y):
            return x

def m_dup():
    match Dup():
        case Dup(x, y):
            return x

def m_kw_dup():
    match One():
        case One(x, a=y):
            return x

def m_too_many():
    match One():
        case One(x, y):
            return x

def m_strsub():
    match SubArgs():
        case SubArgs(x):
            return x

not_a_type = len
def m_not_type():
    match 1:
        case not_a_type():
            return "?"

def m_not_type_no_match():
    # The type check happens before the isinstance check.
    match "not checked":
        case not_a_type(x):
            return "?"

def m_isinstance_hook():
    class Meta(type):
        def __instancecheck__(cls, obj):
            return obj == "yes"
    class Any(metaclass=Meta):
        pass
    out = []
    for v in ["yes", "no"]:
        match v:
            case Any():
                out.append(v + ":Any")
            case _:
                out.append(v + ":other")
    return out

class KeyLoud(dict):
    pass

def m_dup_keys():
    class K:
        a = "k"
        b = "k"
    match {"k": 1, "j": 2}:
        case {K.a: 1, K.b: 2}:
            return "?"

def m_unhashable_key():
    class K:
        a = []
    match {"k": 1}:
        case {K.a: 1}:
            return "?"

def m_no_len():
    class S(list):
        def __len__(self):
            raise RuntimeError("no len for you")
    match S([1]):
        case [x]:
            return x

def m_bad_get():
    class M(dict):
        def get(self, key, default=None):
            raise LookupError("get failed: " + repr(key))
    match M(a=1):
        case {"a": 1}:
            return "?"

def m_get_used():
    class M(dict):
        def get(self, key, default=None):
            return "from get"
    match M(a=1, b=2):
        case {"a": v, "zz": w}:
            return (v, w)

for name, fn in list(globals().items()):
    if name.startswith("m_"):
        attempt(name, fn)
