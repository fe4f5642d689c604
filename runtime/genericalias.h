// types.GenericAlias (list[int], dict[str, int], ...) and types.UnionType (int | None), as
// CPython 3.11's Objects/genericaliasobject.c and unionobject.c.
// types: GenericAlias_Type UnionType_Type
#pragma once

#include "runtime/object.h"

namespace slotpy {

extern TypeObject GenericAlias_Type;
extern TypeObject UnionType_Type;

// GenericAlias(origin, args): args is a tuple or a single object.
Object* generic_alias_new(Object* origin, Object* args);
// `a | b` for types, None, GenericAlias and UnionType; Py_NotImplemented for anything else.
// (type's nb_or should call this: `int | None`.)
Object* union_type_or(Object* a, Object* b);
// The `__class_getitem__` entry for a builtin type's tp_methods (list, dict, tuple, ...).
Object* generic_class_getitem(Object* cls, Object* const* args, size_t nargs, TupleObject* kwnames);
#define SLOTPY_CLASS_GETITEM_METHOD                                        \
  {"__class_getitem__", generic_class_getitem, METH_CLASS,                \
   "See PEP 585"}

void init_genericalias_types();

}  // namespace slotpy
