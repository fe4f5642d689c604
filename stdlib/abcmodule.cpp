// The _abc module: the part of CPython's C accelerator for abc that the pure-Python ABCMeta
// (stdlib/lib/abc.py) cannot do itself. Pattern matching asks a type's Sequence / Mapping flag
// (Py_TPFLAGS_SEQUENCE / Py_TPFLAGS_MAPPING); CPython's _abc_register gives a class registered
// with an ABC that has one of them (collections.abc.Sequence / Mapping) the same flag.
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/listobject.h"
#include "runtime/moduleobject.h"
#include "runtime/strobject.h"

namespace slotpy {

namespace {

constexpr uint64_t kCollectionFlags = TPFLAGS_SEQUENCE | TPFLAGS_MAPPING;

// CPython's set_collection_flag_recursive: builtin (immutable) types keep theirs.
void set_collection_flag_recursive(TypeObject* child, uint64_t flag) {
  if (type_has(child, TPFLAGS_IMMUTABLETYPE) || (child->tp_flags & kCollectionFlags) == flag)
    return;
  child->tp_flags &= ~kCollectionFlags;
  child->tp_flags |= flag;
  if (ListObject* subs = child->tp_subclasses)
    for (intptr_t i = 0; i < subs->size; ++i)
      set_collection_flag_recursive(static_cast<TypeObject*>(subs->items[i]), flag);
}

// _abc._register_collection(cls, subclass): cls.register(subclass) for the flags.
Object* abc_register_collection(Object*, Object* const* args, size_t nargs, TupleObject* kwnames) {
  check_no_kwargs("_register_collection", kwnames);
  check_nargs("_register_collection", nargs, 2, 2);
  if (!is_type(args[0]) || !is_type(args[1])) raise_type_error("Can only register classes");
  uint64_t flag = static_cast<TypeObject*>(args[0])->tp_flags & kCollectionFlags;
  if (flag) set_collection_flag_recursive(static_cast<TypeObject*>(args[1]), flag);
  return Py_None;
}

const MethodDef abc_functions[] = {
    {"_register_collection", abc_register_collection, 0,
     "Give subclass (and its subclasses) the sequence / mapping flag of the ABC cls."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

Object* create_module__abc() {
  ModuleObject* m = module_new("_abc");
  module_add(m, "__doc__", str_from_cstr("Module contains faster C implementation of abc.ABCMeta"));
  module_add_functions(m, abc_functions);
  return m;
}

}  // namespace slotpy
