# Union and Optional: flattening, deduplication, equality, isinstance, | operator
import typing
from typing import Union, Optional, List, Dict, Any

def t(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '->', type(e).__name__, e)

t('Union[int, str]', lambda: Union[int, str])
t('Union[int]', lambda: Union[int])
t('Union[int, int]', lambda: Union[int, int])
t('flatten', lambda: Union[int, Union[str, float], int])
t('flatten pipe', lambda: Union[int, str | bytes])
t('Union None', lambda: Union[int, None])
t('Union None first', lambda: Union[None, int])
t('Union 3 with None', lambda: Union[int, str, None])
t('Optional[int]', lambda: Optional[int])
t('Optional[Union]', lambda: Optional[Union[int, str]])
t('Optional[Optional]', lambda: Optional[Optional[int]])
t('Optional[None]', lambda: Optional[None])
t('Union with Any', lambda: Union[int, Any])
t('Union with alias', lambda: Union[List[int], Dict[str, int]])
t('Union with builtin alias', lambda: Union[list[int], None])
t('Union strings', lambda: Union['A', 'B'])
t('Union literal values', lambda: Union[1, 2])
t('Union bare', lambda: Union)
t('Optional bare', lambda: Optional)

t('args', lambda: Union[int, str].__args__)
t('origin', lambda: Union[int, str].__origin__)
t('optional args', lambda: Optional[int].__args__)
t('parameters', lambda: Union[int, str].__parameters__)

print(Union[int, str] == Union[str, int])
print(Union[int, str] == (int | str), (int | str) == Union[int, str])
print(Optional[int] == Union[int, None], Optional[int] == Union[None, int])
print(Union[int, str] == Union[int, str, int])
print(Union[int, str] == Union[int, float])
print(hash(Union[int, str]) == hash(Union[str, int]))
print(Union[int, str] == int, Union[int, str] == 3)
print({Union[int, str]: 1}[Union[str, int]])

t('pipe alias', lambda: List[int] | None)
t('pipe ror', lambda: int | List[int])
t('pipe union', lambda: Union[int, str] | None)
t('pipe none left', lambda: None | Union[int, str])
t('pipe optional', lambda: Optional[int] | str)
t('pipe bare alias', lambda: List | Dict)
t('pipe special', lambda: Any | None)

# isinstance / issubclass with unions
print(isinstance(1, Union[int, str]), isinstance('a', Union[int, str]), isinstance(1.0, Union[int, str]))
print(isinstance(None, Optional[int]), isinstance(3, Optional[int]), isinstance('3', Optional[int]))
print(issubclass(bool, Optional[int]), issubclass(float, Union[int, str]))
t('union with generic', lambda: isinstance([], Union[int, List[int]]))
t('short circuit', lambda: isinstance(1, Union[int, List[int]]))
t('bare Union', lambda: isinstance(1, Union))
t('issubclass bare', lambda: issubclass(int, Optional))

# errors
t('empty', lambda: Union[()])
t('Optional two', lambda: Optional[int, str])
t('Optional empty', lambda: Optional[()])
t('instantiate', lambda: Union())
t('instantiate alias', lambda: Union[int, str]())
t('subscript again', lambda: Union[int, str][int])
t('Union of ClassVar', lambda: Union[typing.ClassVar[int], str])
t('Union of Union', lambda: Union[Union])

def subclass_union():
    class X(Union[int, str]):
        pass
t('class X(Union[...])', subclass_union)
