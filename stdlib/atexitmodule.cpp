// The atexit module: functions registered to run when the interpreter exits normally (the end
// of the program, sys.exit(), an uncaught exception, the end of an interactive session), last
// registered first. main() calls run_atexit_callbacks() once, before the streams are flushed.
#include "stdlib/atexitmodule.h"

#include <string>

#include "runtime/args.h"
#include "runtime/dictobject.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/listobject.h"
#include "runtime/moduleobject.h"
#include "runtime/strobject.h"
#include "runtime/traceback.h"
#include "runtime/tupleobject.h"
#include "stdlib/sysmodule.h"

namespace slotpy {

namespace {

// Each entry is a tuple (func, args tuple, kwnames tuple or None) whose args hold the
// positional values and then the keyword values. A GC root (static data).
ListObject* g_callbacks = nullptr;

ListObject* callbacks() {
  if (!g_callbacks) g_callbacks = list_new(0);
  return g_callbacks;
}

Object* atexit_register(Object*, Object* const* args, size_t nargs, TupleObject* kwnames) {
  if (nargs < 1) raise_type_error("register() takes at least 1 argument (0 given)");
  if (!type_of(args[0])->tp_call) raise_type_error("the first argument must be callable");
  size_t nkw = kwnames ? static_cast<size_t>(tuple_size(kwnames)) : 0;
  TupleObject* rest = tuple_new(static_cast<intptr_t>(nargs - 1 + nkw));
  for (size_t i = 1; i < nargs + nkw; ++i) rest->items[i - 1] = args[i];
  list_append(callbacks(), tuple_pack({args[0], rest, nkw ? static_cast<Object*>(kwnames) : Py_None}));
  return args[0];
}

Object* atexit_unregister(Object*, Object* const* args, size_t nargs, TupleObject* kwnames) {
  check_no_kwargs("unregister", kwnames);
  check_nargs("unregister", nargs, 1, 1);
  // A new list without the matches (comparisons may run Python code that registers more).
  ListObject* l = callbacks();
  ListObject* kept = list_new(0);
  for (intptr_t i = 0; i < l->size; ++i) {
    auto* entry = static_cast<TupleObject*>(l->items[i]);
    if (!eq(entry->items[0], args[0])) list_append(kept, entry);
  }
  g_callbacks = kept;
  return Py_None;
}

Object* atexit_run_exitfuncs(Object*, Object* const*, size_t nargs, TupleObject* kwnames) {
  check_no_kwargs("_run_exitfuncs", kwnames);
  check_nargs("_run_exitfuncs", nargs, 0, 0);
  run_atexit_callbacks();
  return Py_None;
}

Object* atexit_clear(Object*, Object* const*, size_t nargs, TupleObject* kwnames) {
  check_no_kwargs("_clear", kwnames);
  check_nargs("_clear", nargs, 0, 0);
  g_callbacks = list_new(0);
  return Py_None;
}

Object* atexit_ncallbacks(Object*, Object* const*, size_t nargs, TupleObject* kwnames) {
  check_no_kwargs("_ncallbacks", kwnames);
  check_nargs("_ncallbacks", nargs, 0, 0);
  return make_small_int(callbacks()->size);
}

const MethodDef atexit_functions[] = {
    {"register", atexit_register, METH_DEFAULT,
     "Register a function to be executed upon normal program termination\n\n"
     "    func - function to be called at exit\n    args - optional arguments to pass to func\n"
     "    kwargs - optional keyword arguments to pass to func\n\n    func is returned to "
     "facilitate usage as a decorator."},
    {"unregister", atexit_unregister, METH_DEFAULT,
     "Unregister an exit function which was previously registered using\natexit.register\n\n"
     "    func - function to be unregistered"},
    {"_run_exitfuncs", atexit_run_exitfuncs, METH_DEFAULT, "Run all registered exit functions."},
    {"_clear", atexit_clear, METH_DEFAULT, "Clear the list of previously registered exit functions."},
    {"_ncallbacks", atexit_ncallbacks, METH_DEFAULT, "Return the number of registered exit functions."},
    {nullptr, nullptr, 0, nullptr}};

}  // namespace

void run_atexit_callbacks() {
  // Taken off the list first: a callback that registers another does not run it now.
  ListObject* l = callbacks();
  g_callbacks = list_new(0);
  for (intptr_t i = l->size - 1; i >= 0; --i) {
    auto* entry = static_cast<TupleObject*>(l->items[i]);
    Object* func = entry->items[0];
    auto* rest = static_cast<TupleObject*>(entry->items[1]);
    Object* kw = entry->items[2];
    auto* kwnames = kw == Py_None ? nullptr : static_cast<TupleObject*>(kw);
    size_t nkw = kwnames ? static_cast<size_t>(tuple_size(kwnames)) : 0;
    try {
      call(func, rest->items, static_cast<size_t>(tuple_size(rest)) - nkw, kwnames);
    } catch (PyError&) {
      Object* exc = current_exception();
      clear_exception();
      Object* err = sys_get("stderr");
      Object* out = sys_get("stdout");
      try {  // what the program printed comes first, as in CPython
        if (out && out != Py_None) call_method_cstr(out, "flush", nullptr, 0);
      } catch (PyError&) {
        clear_exception();
      }
      if (err && err != Py_None) {
        Object* head =
            str_from(std::string("Exception ignored in atexit callback: ") + repr_cstr(func) + "\n");
        try {
          call_method_cstr(err, "write", &head, 1);
          print_exception(exc);
        } catch (PyError&) {
          clear_exception();
        }
      }
    }
  }
}

Object* create_module_atexit() {
  ModuleObject* m = module_new("atexit");
  module_add_functions(m, atexit_functions);
  dict_set_cstr(module_dict(m), "__doc__",
                str_from_cstr("allow programmer to define multiple exit functions to be "
                              "executed\nupon normal program termination.\n\nTwo public functions, "
                              "register and unregister, are defined.\n"));
  return m;
}

}  // namespace slotpy
