// The _coroutines module (slotpy's own): native support for types.coroutine and asyncio.
//   _mark_iterable_coroutine(code): sets CO_ITERABLE_COROUTINE on a generator's code object, so
//   that `await gen` and `yield from coro` inside it work (CPython's types.coroutine does this
//   with code.replace()).
#include "runtime/args.h"
#include "runtime/codeobject.h"
#include "runtime/errors.h"
#include "runtime/moduleobject.h"

namespace slotpy {

namespace {

Object* mark_iterable_coroutine(Object*, Object* const* args, size_t nargs, TupleObject* kwnames) {
  check_no_kwargs("_mark_iterable_coroutine", kwnames);
  check_nargs("_mark_iterable_coroutine", nargs, 1, 1);
  if (type_of(args[0]) != &Code_Type) raise_type_error("expected a code object");
  static_cast<CodeObject*>(args[0])->flags |= CO_ITERABLE_COROUTINE;
  return Py_None;
}

const MethodDef coroutines_functions[] = {
    {"_mark_iterable_coroutine", mark_iterable_coroutine, METH_DEFAULT, nullptr},
    {nullptr, nullptr, 0, nullptr}};

}  // namespace

Object* create_module__coroutines() {
  ModuleObject* m = module_new("_coroutines");
  module_add_functions(m, coroutines_functions);
  return m;
}

}  // namespace slotpy
