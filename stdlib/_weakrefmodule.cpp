// The _weakref module: weak references (weakref.ref), the native half of weakref
// (stdlib/lib/weakref.py builds the weak containers, WeakMethod, finalize and proxies on it).
//
// A weak reference holds its referent as a hidden pointer that Boehm GC does not trace, and
// registers that word as a "disappearing link": when the referent becomes unreachable the
// collector clears it, and the reference then answers None. An instance's __weakref__ word
// (tp_weaklistoffset) points at the first reference made to it without a callback, which
// weakref.ref(obj) returns again, as CPython does.
//
// Callbacks: a referent that has a reference with a callback also gets a Boehm finalizer. The
// collector runs finalizers on demand only (runtime_init), and the interpreter runs them at
// safe points (run_pending_finalizers, from loop back-edges and gc.collect()); the finalizer
// calls each callback with its (now dead) reference, as CPython does when the referent dies.
#include <gc/gc.h>

#include <cstdio>
#include <string>

#include "runtime/args.h"
#include "runtime/dictobject.h"
#include "runtime/exceptions.h"
#include "runtime/frame.h"
#include "runtime/traceback.h"
#include "runtime/errors.h"
#include "runtime/listobject.h"
#include "runtime/moduleobject.h"
#include "runtime/strobject.h"
#include "runtime/typeobject.h"
#include "stdlib/sysmodule.h"

namespace slotpy {

TypeObject WeakRef_Type;

namespace {

struct WeakRefObject : Object {
  GC_word hidden;    // GC_HIDE_POINTER(referent), 0 once the referent is gone
  Object* callback;  // or nullptr
  intptr_t hash;     // -1 until computed
  WeakRefObject* next;  // other references to the same referent (from its __weakref__ word)
};

WeakRefObject* as_ref(Object* o) { return static_cast<WeakRefObject*>(o); }

Object* referent(WeakRefObject* r) {
  if (!r->hidden) return nullptr;
  return static_cast<Object*>(GC_REVEAL_POINTER(r->hidden));
}


// The referent died: call the callbacks of its references (the references are dead by now: the
// collector cleared their links before finalization). Errors are reported, not raised.
void GC_CALLBACK referent_finalizer(void* obj, void*) {
  Object** list = instance_weaklist_ptr(static_cast<Object*>(obj));
  if (!list) return;
  for (auto* r = as_ref(*list); r; r = r->next) {
    Object* cb = r->callback;
    if (!cb) continue;
    r->callback = nullptr;
    try {
      call1(cb, r);
    } catch (PyError&) {
      Object* exc = current_exception();
      clear_exception();
      Object* err = sys_get("stderr");
      if (err && err != Py_None) {
        Object* head = str_from(std::string("Exception ignored in: ") + repr_cstr(cb) + "\n");
        call_method_cstr(err, "write", &head, 1);
      }
      print_exception(exc);
    }
  }
}

Object* weakref_new(TypeObject* type, Object* const* args, size_t nargs, TupleObject* kwnames) {
  check_no_kwargs("weakref.ReferenceType", kwnames);
  if (nargs < 1 || nargs > 2)
    raise_type_error("__new__ expected at most 2 arguments, got %zu", nargs);
  Object* obj = args[0];
  Object* callback = nargs > 1 && args[1] != Py_None ? args[1] : nullptr;
  Object** list = instance_weaklist_ptr(obj);
  if (!list) raise_type_error("cannot create weak reference to '%s' object", type_name(obj));
  // A plain ref(obj) is shared: the first callback-less reference is returned again.
  if (!callback && type == &WeakRef_Type) {
    for (auto* r = as_ref(*list); r; r = r->next)
      if (!r->callback && type_of(r) == &WeakRef_Type) return r;
  }
  auto* r = static_cast<WeakRefObject*>(type_alloc(type, 0));
  r->hidden = GC_HIDE_POINTER(obj);
  r->callback = callback;
  r->hash = -1;
  if (GC_general_register_disappearing_link(reinterpret_cast<void**>(&r->hidden), obj) ==
      GC_NO_MEMORY)
    raise_memory_error();
  if (callback) {
    GC_finalization_proc old_fn = nullptr;
    void* old_data = nullptr;
    GC_register_finalizer_no_order(obj, referent_finalizer, nullptr, &old_fn, &old_data);
    if (old_fn && old_fn != referent_finalizer)  // keep an existing finalizer (files)
      GC_register_finalizer_no_order(obj, old_fn, old_data, nullptr, nullptr);
  }
  // The basic (callback-less) reference goes first, the others after it.
  if (!callback && type == &WeakRef_Type) {
    r->next = as_ref(*list);
    *list = r;
  } else if (*list) {
    r->next = as_ref(*list)->next;
    as_ref(*list)->next = r;
  } else {
    *list = r;
  }
  return r;
}

void weakref_init(Object*, Object* const*, size_t, TupleObject*) {}

Object* weakref_call(Object* self, Object* const*, size_t nargs, TupleObject* kwnames) {
  check_no_kwargs("weakref", kwnames);
  check_nargs("weakref", nargs, 0, 0);
  Object* o = referent(as_ref(self));
  return o ? o : Py_None;
}

intptr_t weakref_hash(Object* self) {
  WeakRefObject* r = as_ref(self);
  if (r->hash != -1) return r->hash;
  Object* o = referent(r);
  if (!o) raise_type_error("weak object has gone away");
  r->hash = hash(o);
  return r->hash;
}

Object* weakref_richcompare(Object* a, Object* b, int op) {
  if ((op != CMP_EQ && op != CMP_NE) || !is_instance(b, &WeakRef_Type)) return Py_NotImplemented;
  Object* x = referent(as_ref(a));
  Object* y = referent(as_ref(b));
  if (!x || !y) {
    bool same = a == b;
    return py_bool(op == CMP_EQ ? same : !same);
  }
  return rich_compare(x, y, op);
}

Object* weakref_repr(Object* self) {
  char buf[160];
  Object* o = referent(as_ref(self));
  if (!o) {
    std::snprintf(buf, sizeof buf, "<weakref at %p; dead>", static_cast<void*>(self));
    return str_from_cstr(buf);
  }
  std::snprintf(buf, sizeof buf, "<weakref at %p; to '%s' at %p>", static_cast<void*>(self),
                type_of(o)->tp_name, static_cast<void*>(o));
  return str_from_cstr(buf);
}

Object* weakref_get_callback(Object* self) {
  Object* c = as_ref(self)->callback;
  return c ? c : Py_None;
}

const GetSetDef weakref_getset[] = {
    {"__callback__", weakref_get_callback, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr}};

// weakref.getweakrefcount(obj) / weakref.getweakrefs(obj): the live references to obj.
Object* getweakrefcount(Object*, Object* const* args, size_t nargs, TupleObject* kwnames) {
  check_no_kwargs("getweakrefcount", kwnames);
  check_nargs("getweakrefcount", nargs, 1, 1);
  Object** list = instance_weaklist_ptr(args[0]);
  intptr_t n = 0;
  if (list)
    for (auto* r = as_ref(*list); r; r = r->next) ++n;
  return make_small_int(n);
}

Object* getweakrefs(Object*, Object* const* args, size_t nargs, TupleObject* kwnames) {
  check_no_kwargs("getweakrefs", kwnames);
  check_nargs("getweakrefs", nargs, 1, 1);
  ListObject* out = list_new(0);
  if (Object** list = instance_weaklist_ptr(args[0]))
    for (auto* r = as_ref(*list); r; r = r->next) list_append(out, r);
  return out;
}

// _remove_dead_weakref(dict, key): drops dict[key] when it is a reference whose referent died.
Object* remove_dead_weakref(Object*, Object* const* args, size_t nargs, TupleObject* kwnames) {
  check_no_kwargs("_remove_dead_weakref", kwnames);
  check_nargs("_remove_dead_weakref", nargs, 2, 2);
  if (!is_dict(args[0]))
    raise_type_error("_remove_dead_weakref() argument 1 must be dict, not %s", type_name(args[0]));
  auto* d = static_cast<DictObject*>(args[0]);
  Object* v = dict_get(d, args[1]);
  if (!v) return Py_None;  // removed meanwhile: nothing to do
  if (!is_subtype(type_of(v), &WeakRef_Type)) raise_type_error("not a weakref");
  if (!referent(as_ref(v))) dict_del(d, args[1]);
  return Py_None;
}

const MethodDef weakref_functions[] = {
    {"getweakrefcount", getweakrefcount, METH_DEFAULT,
     "Return the number of weak references to 'object'."},
    {"getweakrefs", getweakrefs, METH_DEFAULT,
     "Return a list of all weak reference objects pointing to 'object'."},
    {"_remove_dead_weakref", remove_dead_weakref, METH_DEFAULT,
     "Atomically remove key from dict if it points to a dead weakref."},
    {nullptr, nullptr, 0, nullptr}};


}  // namespace

// The finalizers the collector found ready (on-demand mode: see the top of this file).
bool g_finalizers_pending = false;
void run_pending_finalizers() {
  g_finalizers_pending = false;
  GC_invoke_finalizers();
}

void init_weakref_type() {
  TypeObject* t = &WeakRef_Type;
  t->tp_name = "weakref.ReferenceType";
  t->tp_basicsize = sizeof(WeakRefObject);
  t->tp_flags = TPFLAGS_BASETYPE;
  t->tp_new = weakref_new;
  t->tp_init = weakref_init;
  t->tp_call = weakref_call;
  t->tp_hash = weakref_hash;
  t->tp_richcompare = weakref_richcompare;
  t->tp_repr = weakref_repr;
  t->tp_getset = weakref_getset;
}

Object* create_module__weakref() {
  ModuleObject* m = module_new("_weakref");
  module_add(m, "__doc__", str_from_cstr("Weak-reference support module."));
  module_add_functions(m, weakref_functions);
  module_add(m, "ref", &WeakRef_Type);
  module_add(m, "ReferenceType", &WeakRef_Type);
  return m;
}

}  // namespace slotpy
