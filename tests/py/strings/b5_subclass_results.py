# nohdr
class S(str): pass
for m in ['strip','lstrip','rstrip','replace','center','ljust','rjust','zfill','expandtabs','removeprefix','removesuffix','translate','split','rsplit','splitlines', 'upper','lower','title','swapcase','casefold','capitalize','partition','rpartition','format','join','__getitem__','__mul__','__mod__', '__add__', '__str__', '__format__']:
    for v in ['abc', '', 'a b\tc\n']:
        s = S(v)
        args = {'replace':('x','y'),'center':(1,),'ljust':(1,),'rjust':(1,),'zfill':(1,),'removeprefix':('x',),'removesuffix':('x',),'translate':({},),'partition':('x',),'rpartition':('x',),'join':([],),'__getitem__':(slice(None),),'__mul__':(1,),'__mod__':((),), '__add__': ('',), '__format__': ('',)}.get(m,())
        r = getattr(s, m)(*args)
        if isinstance(r,(list,tuple)): print(m, repr(v), [type(x).__name__ for x in r], [x is s for x in r])
        else: print(m, repr(v), type(r).__name__, r is s)
