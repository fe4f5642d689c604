// The gc module: Boehm GC behind CPython's interface. There are no reference counts and no
// generations, so collect() reports 0 unreachable objects found, the thresholds and debug
// flags are only remembered, and get_objects()/get_referrers() see nothing.
#include <gc/gc.h>

#include "runtime/args.h"
#include "runtime/dictobject.h"
#include "runtime/errors.h"
#include "runtime/intobject.h"
#include "runtime/listobject.h"
#include "runtime/moduleobject.h"
#include "runtime/runtime.h"
#include "runtime/setobject.h"
#include "runtime/strobject.h"
#include "runtime/tupleobject.h"

namespace slotpy {

namespace {

bool g_enabled = true;
int g_threshold[3] = {700, 10, 10};
int g_debug = 0;
intptr_t g_collections = 0;  // full collections run through gc.collect()
Object* g_module = nullptr;  // GC root (static data)

// An int argument as a C int (CPython's "i" converter messages).
int c_int_arg(Object* o) {
  if (is_float(o)) raise_type_error("'float' object cannot be interpreted as an integer");
  Object* v = number_index(o);
  intptr_t n;
  if (!int_to_intptr(v, &n) || n > INT32_MAX)
    raise_overflow_error("Python int too large to convert to C long");
  if (n < INT32_MIN) raise_overflow_error("Python int too large to convert to C long");
  return static_cast<int>(n);
}

// gc.callbacks entries called with ("start" | "stop", info).
void run_callbacks(const char* phase, int generation) {
  Object* cbs = dict_get_cstr(module_dict(g_module), "callbacks");
  if (!cbs || !is_list(cbs)) return;
  auto* l = static_cast<ListObject*>(cbs);
  if (l->size == 0) return;
  DictObject* info = dict_new();
  dict_set_cstr(info, "generation", make_small_int(generation));
  dict_set_cstr(info, "collected", make_small_int(0));
  dict_set_cstr(info, "uncollectable", make_small_int(0));
  ListObject* copy = list_from(l->items, static_cast<size_t>(l->size));
  Object* p = str_from_cstr(phase);
  for (intptr_t i = 0; i < copy->size; ++i) call2(copy->items[i], p, info);
}

Object* gc_collect(Object*, Object* const* args, size_t nargs, TupleObject* kwnames) {
  static const char* const names[] = {"generation"};
  Object* v[1];
  parse_args("collect", args, nargs, kwnames, names, 1, 0, 0, 1, v);
  int generation = 2;
  if (v[0]) {
    generation = c_int_arg(v[0]);
    if (generation < 0 || generation > 2) raise_value_error("invalid generation");
  }
  run_callbacks("start", generation);
  GC_gcollect();
  run_pending_finalizers();  // weakref callbacks of what was collected
  ++g_collections;
  run_callbacks("stop", generation);
  return make_small_int(0);
}

Object* gc_enable(Object*, Object* const*, size_t nargs, TupleObject* kwnames) {
  check_no_kwargs("gc.enable", kwnames);
  check_nargs("gc.enable", nargs, 0, 0);
  if (!g_enabled) GC_enable();
  g_enabled = true;
  return Py_None;
}

Object* gc_disable(Object*, Object* const*, size_t nargs, TupleObject* kwnames) {
  check_no_kwargs("gc.disable", kwnames);
  check_nargs("gc.disable", nargs, 0, 0);
  if (g_enabled) GC_disable();
  g_enabled = false;
  return Py_None;
}

Object* gc_isenabled(Object*, Object* const*, size_t nargs, TupleObject* kwnames) {
  check_no_kwargs("gc.isenabled", kwnames);
  check_nargs("gc.isenabled", nargs, 0, 0);
  return py_bool(g_enabled);
}

Object* gc_get_threshold(Object*, Object* const*, size_t nargs, TupleObject* kwnames) {
  check_no_kwargs("gc.get_threshold", kwnames);
  check_nargs("gc.get_threshold", nargs, 0, 0);
  return tuple_pack({make_small_int(g_threshold[0]), make_small_int(g_threshold[1]),
                     make_small_int(g_threshold[2])});
}

Object* gc_set_threshold(Object*, Object* const* args, size_t nargs, TupleObject* kwnames) {
  check_no_kwargs("set_threshold", kwnames);
  if (nargs < 1) raise_type_error("set_threshold() takes at least 1 argument (0 given)");
  if (nargs > 3) raise_type_error("set_threshold() takes at most 3 arguments (%zu given)", nargs);
  int t[3] = {g_threshold[0], g_threshold[1], g_threshold[2]};
  for (size_t i = 0; i < nargs; ++i) t[i] = c_int_arg(args[i]);
  for (int i = 0; i < 3; ++i) g_threshold[i] = t[i];
  return Py_None;
}

Object* gc_get_count(Object*, Object* const*, size_t nargs, TupleObject* kwnames) {
  check_no_kwargs("gc.get_count", kwnames);
  check_nargs("gc.get_count", nargs, 0, 0);
  return tuple_pack({make_small_int(0), make_small_int(0), make_small_int(0)});
}

Object* gc_get_debug(Object*, Object* const*, size_t nargs, TupleObject* kwnames) {
  check_no_kwargs("gc.get_debug", kwnames);
  check_nargs("gc.get_debug", nargs, 0, 0);
  return make_small_int(g_debug);
}

Object* gc_set_debug(Object*, Object* const* args, size_t nargs, TupleObject* kwnames) {
  check_no_kwargs("gc.set_debug", kwnames);
  check_nargs("gc.set_debug", nargs, 1, 1);
  g_debug = c_int_arg(args[0]);
  return Py_None;
}

Object* gc_get_objects(Object*, Object* const* args, size_t nargs, TupleObject* kwnames) {
  static const char* const names[] = {"generation"};
  Object* v[1];
  parse_args("get_objects", args, nargs, kwnames, names, 1, 0, 0, 1, v);
  if (v[0] && v[0] != Py_None) {
    if (!is_int(v[0]) && !type_of(v[0])->nb_index)
      raise_type_error("argument should be integer or None, not '%s'", type_name(v[0]));
    int g = c_int_arg(v[0]);
    if (g >= 3)
      raise_value_error(
          "generation parameter must be less than the number of available generations (3)");
    if (g < -1) raise_value_error("generation parameter cannot be negative");
  }
  return list_new(0);  // Boehm GC keeps no list of the objects it manages
}

Object* gc_get_stats(Object*, Object* const*, size_t nargs, TupleObject* kwnames) {
  check_no_kwargs("gc.get_stats", kwnames);
  check_nargs("gc.get_stats", nargs, 0, 0);
  ListObject* out = list_new(0);
  for (int g = 0; g < 3; ++g) {
    DictObject* d = dict_new();
    dict_set_cstr(d, "collections", int_from_intptr(g == 2 ? g_collections : 0));
    dict_set_cstr(d, "collected", make_small_int(0));
    dict_set_cstr(d, "uncollectable", make_small_int(0));
    list_append(out, d);
  }
  return out;
}

// Objects that CPython's collector would never track: atoms.
bool is_atomic(Object* o) {
  if (is_small_int(o) || o == Py_None || is_int(o) || is_str(o) || is_float(o) || is_bytes(o) ||
      is_bool(o))
    return true;
  TypeObject* t = type_of(o);
  return t == &Complex_Type || t == &Range_Type || t == &Slice_Type;
}

Object* gc_is_tracked(Object*, Object* const* args, size_t nargs, TupleObject* kwnames) {
  check_no_kwargs("gc.is_tracked", kwnames);
  if (nargs != 1)
    raise_type_error("gc.is_tracked() takes exactly one argument (%zu given)", nargs);
  Object* o = args[0];
  if (is_atomic(o) || type_of(o) == &Object_Type) return Py_False;
  if (is_dict_exact(o)) {
    // CPython untracks dicts holding atoms only.
    DictObject* d = static_cast<DictObject*>(o);
    intptr_t pos = 0;
    Object *k, *v;
    while (dict_next(d, &pos, &k, &v))
      if (!is_atomic(k) || !is_atomic(v)) return Py_True;
    return Py_False;
  }
  if (is_tuple_exact(o)) {
    // Tuples of atoms are untracked by the first collection that sees them.
    for (intptr_t i = 0; i < tuple_size(o); ++i)
      if (!is_atomic(tuple_item(o, i))) return Py_True;
    return py_bool(tuple_size(o) > 0);
  }
  return Py_True;
}

Object* gc_is_finalized(Object*, Object* const*, size_t nargs, TupleObject* kwnames) {
  check_no_kwargs("gc.is_finalized", kwnames);
  if (nargs != 1)
    raise_type_error("gc.is_finalized() takes exactly one argument (%zu given)", nargs);
  return Py_False;
}

Object* gc_get_referrers(Object*, Object* const*, size_t, TupleObject* kwnames) {
  check_no_kwargs("get_referrers", kwnames);
  return list_new(0);
}

Object* gc_get_referents(Object*, Object* const* args, size_t nargs, TupleObject* kwnames) {
  check_no_kwargs("get_referents", kwnames);
  ListObject* out = list_new(0);
  for (size_t a = 0; a < nargs; ++a) {
    Object* o = args[a];
    if (is_list(o)) {
      auto* l = static_cast<ListObject*>(o);
      for (intptr_t i = l->size; --i >= 0;) list_append(out, l->items[i]);
    } else if (is_tuple(o)) {
      for (intptr_t i = tuple_size(o); --i >= 0;) list_append(out, tuple_item(o, i));
    } else if (is_dict(o)) {
      DictObject* d = static_cast<DictObject*>(o);
      bool str_keys = true;
      intptr_t pos = 0;
      Object *k, *v;
      while (dict_next(d, &pos, &k, &v))
        if (!is_str_exact(k)) str_keys = false;
      pos = 0;
      while (dict_next(d, &pos, &k, &v)) {
        if (!str_keys) list_append(out, k);
        list_append(out, v);
      }
    }
  }
  return out;
}

Object* gc_freeze(Object*, Object* const*, size_t nargs, TupleObject* kwnames) {
  check_no_kwargs("gc.freeze", kwnames);
  check_nargs("gc.freeze", nargs, 0, 0);
  return Py_None;
}

Object* gc_unfreeze(Object*, Object* const*, size_t nargs, TupleObject* kwnames) {
  check_no_kwargs("gc.unfreeze", kwnames);
  check_nargs("gc.unfreeze", nargs, 0, 0);
  return Py_None;
}

Object* gc_get_freeze_count(Object*, Object* const*, size_t nargs, TupleObject* kwnames) {
  check_no_kwargs("gc.get_freeze_count", kwnames);
  check_nargs("gc.get_freeze_count", nargs, 0, 0);
  return make_small_int(0);
}

const MethodDef gc_functions[] = {
    {"collect", gc_collect, METH_DEFAULT,
     "Run the garbage collector.\n\nWith no arguments, run a full collection.  The optional "
     "argument\nmay be an integer specifying which generation to collect.  A ValueError\nis "
     "raised if the generation number is invalid.\n\nThe number of unreachable objects is "
     "returned."},
    {"enable", gc_enable, METH_DEFAULT, "Enable automatic garbage collection."},
    {"disable", gc_disable, METH_DEFAULT, "Disable automatic garbage collection."},
    {"isenabled", gc_isenabled, METH_DEFAULT, "Returns true if automatic garbage collection is enabled."},
    {"get_threshold", gc_get_threshold, METH_DEFAULT, "Return the current collection thresholds."},
    {"set_threshold", gc_set_threshold, METH_DEFAULT, "set_threshold(threshold0, [threshold1, threshold2]) -> None\n\nSets the collection thresholds.  Setting threshold0 to zero disables\ncollection.\n"},
    {"get_count", gc_get_count, METH_DEFAULT, "Return a three-tuple of the current collection counts."},
    {"get_debug", gc_get_debug, METH_DEFAULT, "Get the garbage collection debugging flags."},
    {"set_debug", gc_set_debug, METH_DEFAULT, "Set the garbage collection debugging flags."},
    {"get_objects", gc_get_objects, METH_DEFAULT, "Return a list of objects tracked by the collector (excluding the list returned)."},
    {"get_stats", gc_get_stats, METH_DEFAULT, "Return a list of dictionaries containing per-generation statistics."},
    {"is_tracked", gc_is_tracked, METH_DEFAULT, "Returns true if the object is tracked by the garbage collector."},
    {"is_finalized", gc_is_finalized, METH_DEFAULT, "Returns true if the object has been already finalized by the GC."},
    {"get_referrers", gc_get_referrers, METH_DEFAULT, "get_referrers(*objs) -> list\nReturn the list of objects that directly refer to any of objs."},
    {"get_referents", gc_get_referents, METH_DEFAULT, "get_referents(*objs) -> list\nReturn the list of objects that are directly referred to by objs."},
    {"freeze", gc_freeze, METH_DEFAULT, "Freeze all current tracked objects and ignore them for future collections."},
    {"unfreeze", gc_unfreeze, METH_DEFAULT, "Unfreeze all objects in the permanent generation."},
    {"get_freeze_count", gc_get_freeze_count, METH_DEFAULT, "Return the number of objects in the permanent generation."},
    {nullptr, nullptr, 0, nullptr}};

}  // namespace

Object* create_module_gc() {
  ModuleObject* m = module_new("gc");
  g_module = m;
  module_add(m, "__doc__",
             str_from_cstr("This module provides access to the garbage collector for reference "
                           "cycles.\n\nenable() -- Enable automatic garbage collection.\ndisable() "
                           "-- Disable automatic garbage collection.\nisenabled() -- Returns true "
                           "if automatic collection is enabled.\ncollect() -- Do a full "
                           "collection right now.\n"));
  module_add_functions(m, gc_functions);
  module_add(m, "garbage", list_new(0));
  module_add(m, "callbacks", list_new(0));
  module_add(m, "DEBUG_STATS", make_small_int(1));
  module_add(m, "DEBUG_COLLECTABLE", make_small_int(2));
  module_add(m, "DEBUG_UNCOLLECTABLE", make_small_int(4));
  module_add(m, "DEBUG_SAVEALL", make_small_int(32));
  module_add(m, "DEBUG_LEAK", make_small_int(38));
  return m;
}

}  // namespace slotpy
