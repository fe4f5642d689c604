// The gc module: Boehm GC behind CPython's interface (collect, enable, disable, isenabled).
// There are no reference counts, so collect() reports 0 unreachable objects found.
#include <gc/gc.h>

#include "runtime/args.h"
#include "runtime/moduleobject.h"
#include "runtime/runtime.h"
#include "runtime/strobject.h"

namespace slotpy {


namespace {

bool g_enabled = true;

Object* gc_collect(Object*, Object* const* args, size_t nargs, TupleObject* kwnames) {
  static const char* const names[] = {"generation"};
  Object* v[1];
  parse_args("collect", args, nargs, kwnames, names, 1, 0, 0, 1, v);
  GC_gcollect();
  run_pending_finalizers();  // weakref callbacks of what was collected
  return make_small_int(0);
}

Object* gc_enable(Object*, Object* const*, size_t nargs, TupleObject* kwnames) {
  check_no_kwargs("enable", kwnames);
  check_nargs("enable", nargs, 0, 0);
  if (!g_enabled) GC_enable();
  g_enabled = true;
  return Py_None;
}

Object* gc_disable(Object*, Object* const*, size_t nargs, TupleObject* kwnames) {
  check_no_kwargs("disable", kwnames);
  check_nargs("disable", nargs, 0, 0);
  if (g_enabled) GC_disable();
  g_enabled = false;
  return Py_None;
}

Object* gc_isenabled(Object*, Object* const*, size_t nargs, TupleObject* kwnames) {
  check_no_kwargs("isenabled", kwnames);
  check_nargs("isenabled", nargs, 0, 0);
  return py_bool(g_enabled);
}

const MethodDef gc_functions[] = {
    {"collect", gc_collect, METH_DEFAULT, "Run the garbage collector."},
    {"enable", gc_enable, METH_DEFAULT, "Enable automatic garbage collection."},
    {"disable", gc_disable, METH_DEFAULT, "Disable automatic garbage collection."},
    {"isenabled", gc_isenabled, METH_DEFAULT, "Returns true if automatic garbage collection is enabled."},
    {nullptr, nullptr, 0, nullptr}};

}  // namespace

Object* create_module_gc() {
  ModuleObject* m = module_new("gc");
  module_add(m, "__doc__", str_from_cstr("This module provides access to the garbage collector."));
  module_add_functions(m, gc_functions);
  return m;
}

}  // namespace slotpy
