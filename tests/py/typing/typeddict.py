# typing.TypedDict: class syntax, total, Required/NotRequired, functional form
from typing import TypedDict, List, Optional, Required, NotRequired, is_typeddict, get_type_hints

def t(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '->', type(e).__name__, e)

class Movie(TypedDict):
    name: str
    year: int

m = Movie(name='Blade Runner', year=1982)
t('instance', lambda: m)
t('type', lambda: type(m))
t('is dict', lambda: isinstance(m, dict))
t('positional dict', lambda: Movie({'name': 'x', 'year': 1}))
t('missing key ok', lambda: Movie(name='only'))
t('wrong type ok', lambda: Movie(name=1, year='x'))
t('extra key ok', lambda: Movie(name='a', year=1, extra=True))
t('annotations', lambda: Movie.__annotations__)
t('required', lambda: sorted(Movie.__required_keys__))
t('optional', lambda: sorted(Movie.__optional_keys__))
t('total', lambda: Movie.__total__)
t('mro', lambda: Movie.__mro__)
t('module', lambda: Movie.__module__)
t('isinstance', lambda: isinstance(m, Movie))
t('issubclass', lambda: issubclass(dict, Movie))
t('is_typeddict', lambda: (is_typeddict(Movie), is_typeddict(dict), is_typeddict(m)))

class Partial(TypedDict, total=False):
    a: int
    b: 'str'
t('partial annotations', lambda: Partial.__annotations__)
t('partial required', lambda: sorted(Partial.__required_keys__))
t('partial optional', lambda: sorted(Partial.__optional_keys__))
t('partial total', lambda: Partial.__total__)
t('partial hints', lambda: get_type_hints(Partial))

class Extended(Movie, total=False):
    rating: float
    tags: List[str]
t('ext annotations', lambda: Extended.__annotations__)
t('ext required', lambda: sorted(Extended.__required_keys__))
t('ext optional', lambda: sorted(Extended.__optional_keys__))
t('ext total', lambda: Extended.__total__)
t('ext instance', lambda: Extended(name='x', year=2, rating=1.5))

class Marks(TypedDict):
    a: Required[int]
    b: NotRequired[str]
    c: Optional[int]
t('marks required', lambda: sorted(Marks.__required_keys__))
t('marks optional', lambda: sorted(Marks.__optional_keys__))
t('marks annotations', lambda: Marks.__annotations__)
t('marks hints', lambda: get_type_hints(Marks))
t('marks hints extras', lambda: get_type_hints(Marks, include_extras=True))

Alt = TypedDict('Alt', {'x': int, 'y': str})
t('functional', lambda: Alt(x=1, y='a'))
t('functional annotations', lambda: Alt.__annotations__)
t('functional module', lambda: Alt.__module__)
t('functional name', lambda: Alt.__name__)
AltP = TypedDict('AltP', {'x': int}, total=False)
t('functional total', lambda: (AltP.__total__, sorted(AltP.__optional_keys__)))
t('functional bad type', lambda: TypedDict('Bad', {'x': 3}))

def errors():
    for body in ('class X(TypedDict, int): pass',
                 'class X(Movie, dict): pass',
                 'class X(TypedDict):\n    a: 5\n'):
        try:
            exec(body, globals())
            print('ok', body)
        except TypeError as e:
            print('TypeError', e)
errors()

def show(movie: Movie) -> str:
    return f"{movie['name']} ({movie['year']})"
print(show(m), show({'name': 'Alien', 'year': 1979}))
