// The sys module, and struct sequences (sysmodule.h).
#include "stdlib/sysmodule.h"

#include <unistd.h>

#include <cfloat>
#include <climits>
#include <cstddef>
#include <cstring>
#include <string>

#include "runtime/args.h"
#include "runtime/dictobject.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/floatobject.h"
#include "runtime/frameobject.h"
#include "runtime/frame.h"
#include "runtime/intobject.h"
#include "runtime/listobject.h"
#include "runtime/moduleobject.h"
#include "runtime/slotdefs.h"
#include "runtime/strobject.h"
#include "runtime/tupleobject.h"
#include "runtime/traceback.h"
#include "runtime/typeobject.h"
#include "stdlib/fileobject.h"

#ifndef SLOTPY_VERSION
#define SLOTPY_VERSION "0.0.0"
#endif

namespace slotpy {

// ---- struct sequences ---------------------------------------------------------------------------
namespace {

struct StructSeqInfo {
  int n_fields;
  int n_visible;
};

// The field counts live in the type's dict under hidden names (a GC-visible place).
StructSeqInfo structseq_info(TypeObject* t) {
  Object* nf = type_lookup(t, intern("n_fields"));
  Object* ns = type_lookup(t, intern("n_sequence_fields"));
  StructSeqInfo info{0, 0};
  if (nf && is_small_int(nf)) info.n_fields = static_cast<int>(small_int_value(nf));
  if (ns && is_small_int(ns)) info.n_visible = static_cast<int>(small_int_value(ns));
  return info;
}

Object* structseq_repr(Object* self) {
  TypeObject* t = type_of(self);
  std::string out = t->tp_name;
  out += '(';
  intptr_t n = tuple_size(self);
  const MemberDef* m = t->tp_members;
  for (intptr_t i = 0; i < n && m && m[i].name; ++i) {
    if (i) out += ", ";
    out += m[i].name;
    out += '=';
    out += repr_cstr(tuple_item(self, i));
  }
  out += ')';
  return str_from(out);
}

Object* structseq_tp_new(TypeObject* type, Object* const* args, size_t nargs, TupleObject* kwnames) {
  static const char* const names[] = {"sequence", "dict"};
  Object* v[2];
  parse_args(type->tp_name, args, nargs, kwnames, names, 2, 1, 0, 2, v);
  StructSeqInfo info = structseq_info(type);
  Object** vals = static_cast<Object**>(gc_alloc(sizeof(Object*) * (info.n_fields + 1)));
  Object* const* seq_items;
  intptr_t len;
  // `keep` holds the items (seq_items points inside it); nothing allocates until they are copied.
  Object* volatile keep = sequence_fast(v[0], "constructor requires a sequence", &seq_items, &len);
  if (len < info.n_visible) {
    if (info.n_visible == info.n_fields)
      raise_type_error("%s() takes a %d-sequence (%zd-sequence given)", type->tp_name,
                       info.n_visible, len);
    raise_type_error("%s() takes an at least %d-sequence (%zd-sequence given)", type->tp_name,
                     info.n_visible, len);
  }
  if (len > info.n_fields) {
    if (info.n_visible == info.n_fields)
      raise_type_error("%s() takes a %d-sequence (%zd-sequence given)", type->tp_name,
                       info.n_visible, len);
    raise_type_error("%s() takes an at most %d-sequence (%zd-sequence given)", type->tp_name,
                     info.n_fields, len);
  }
  for (intptr_t i = 0; i < info.n_fields; ++i) vals[i] = i < len ? seq_items[i] : Py_None;
  keep = nullptr;
  if (v[1] && v[1] != Py_None && is_dict(v[1])) {
    const MemberDef* m = type->tp_members;
    for (intptr_t i = len; i < info.n_fields; ++i) {
      Object* x = dict_get_cstr(static_cast<DictObject*>(v[1]), m[i].name);
      if (x) vals[i] = x;
    }
  }
  return structseq_new(type, vals);
}

Object* structseq_no_new(TypeObject* type, Object* const*, size_t, TupleObject*) {
  raise_type_error("cannot create '%s' instances", type->tp_name);
}

Object* structseq_reduce(Object* self, Object* const*, size_t, TupleObject*) {
  TypeObject* t = type_of(self);
  StructSeqInfo info = structseq_info(t);
  TupleObject* visible = tuple_from(static_cast<TupleObject*>(self)->items, tuple_size(self));
  DictObject* extra = dict_new();
  for (int i = info.n_visible; i < info.n_fields; ++i)
    dict_set_cstr(extra, t->tp_members[i].name, static_cast<TupleObject*>(self)->items[i]);
  return tuple_pack({t, tuple_pack({visible, extra})});
}

const MethodDef structseq_methods[] = {
    {"__reduce__", structseq_reduce, METH_DEFAULT, nullptr},
    {nullptr, nullptr, 0, nullptr}};

}  // namespace

TypeObject* structseq_new_type(const char* name, const char* const* fields, int n_fields,
                               int n_visible, bool instantiable, const char* doc) {
  auto* t = static_cast<TypeObject*>(gc_alloc(sizeof(TypeObject)));
  t->tp_name = name;
  t->tp_base = &Tuple_Type;
  t->tp_basicsize = sizeof(TupleObject);
  t->tp_itemsize = sizeof(Object*);
  t->tp_flags = TPFLAGS_TUPLE_SUBCLASS;
  t->tp_doc = doc;
  auto* members = static_cast<MemberDef*>(gc_alloc(sizeof(MemberDef) * (n_fields + 1)));
  for (int i = 0; i < n_fields; ++i) {
    members[i].name = fields[i];
    members[i].kind = MEMBER_OBJECT;
    members[i].offset = static_cast<intptr_t>(offsetof(TupleObject, items) + i * sizeof(Object*));
    members[i].readonly = true;
    members[i].doc = nullptr;
  }
  t->tp_members = members;
  t->tp_methods = structseq_methods;
  t->tp_repr = structseq_repr;
  t->tp_new = instantiable ? structseq_tp_new : structseq_no_new;
  type_ready(t);
  dict_set_cstr(t->tp_dict, "n_fields", make_small_int(n_fields));
  dict_set_cstr(t->tp_dict, "n_sequence_fields", make_small_int(n_visible));
  dict_set_cstr(t->tp_dict, "n_unnamed_fields", make_small_int(0));
  if (const char* dot = std::strrchr(name, '.')) {
    dict_set_cstr(t->tp_dict, "__module__", str_from_utf8(name, static_cast<size_t>(dot - name)));
  }
  type_modified(t);
  return t;
}

Object* structseq_new(TypeObject* type, Object* const* values) {
  StructSeqInfo info = structseq_info(type);
  TupleObject* t = tuple_new(info.n_fields);
  for (int i = 0; i < info.n_fields; ++i) t->items[i] = values[i];
  t->ob_type = type;
  t->ob_size = info.n_visible;  // the extra fields stay allocated after the visible items
  return t;
}

// ---- sys ------------------------------------------------------------------------------------
namespace {

Object* g_sys = nullptr;          // the module (GC root: static data)
DictObject* g_modules = nullptr;  // sys.modules
Object* g_argv = nullptr;         // sys.argv list when set before the module exists
std::string* g_path0 = nullptr;   // pure text

Object* sys_exit(Object*, Object* const* args, size_t nargs, TupleObject* kw) {
  check_no_kwargs("exit", kw);
  check_nargs("exit", nargs, 0, 1);
  // As PyErr_SetObject(SystemExit, status): None means no arguments, a tuple is the arguments.
  if (nargs == 1 && args[0] == Py_None) nargs = 0;
  if (nargs == 1 && is_tuple_exact(args[0])) {
    auto* t = static_cast<TupleObject*>(args[0]);
    raise(new_exception(Exc_SystemExit, t->items, static_cast<size_t>(t->ob_size)));
  }
  raise(new_exception(Exc_SystemExit, args, nargs));
}

Object* sys_getsizeof(Object*, Object* const* args, size_t nargs, TupleObject* kw) {
  static const char* const names[] = {"object", "default"};
  Object* v[2];
  parse_args("getsizeof", args, nargs, kw, names, 2, 1, 0, 2, v);
  static StrObject* sizeof_name = intern("__sizeof__");
  Object* r;
  try {
    r = call_special(v[0], sizeof_name, nullptr, 0);
    if (!r) raise_type_error("Type %s doesn't define __sizeof__", type_name(v[0]));
  } catch (PyError&) {
    if (v[1] && exception_matches(Exc_TypeError)) {
      clear_exception();
      return v[1];
    }
    throw;
  }
  if (!is_int(r)) raise_type_error("an integer is required");
  if (int_sign(r) < 0) raise_value_error("__sizeof__() should return >= 0");
  // No GC header is added: slotpy objects have none (Boehm GC keeps its marks aside).
  return r;
}

Object* sys_getrecursionlimit(Object*, Object* const*, size_t nargs, TupleObject* kw) {
  check_no_kwargs("sys.getrecursionlimit", kw);
  check_nargs("sys.getrecursionlimit", nargs, 0, 0);
  return make_small_int(g_ts.recursion_limit);
}

Object* sys_setrecursionlimit(Object*, Object* const* args, size_t nargs, TupleObject* kw) {
  check_no_kwargs("sys.setrecursionlimit", kw);
  check_nargs("sys.setrecursionlimit", nargs, 1, 1);
  Object* a = args[0];
  if (is_float(a)) raise_type_error("'float' object cannot be interpreted as an integer");
  Object* v = number_index(a);
  intptr_t n;
  if (!int_to_intptr(v, &n) || n > INT_MAX || n < INT_MIN)
    raise_overflow_error("Python int too large to convert to C int");
  if (n < 1) raise_value_error("recursion limit must be greater or equal than 1");
  if (g_ts.depth >= n)
    raise_fmt(Exc_RecursionError,
              "cannot set the recursion limit to %d at the recursion depth %d: the limit is too "
              "low",
              static_cast<int>(n), g_ts.depth);
  g_ts.recursion_limit = static_cast<int>(n);
  return Py_None;
}

Object* sys_intern(Object*, Object* const* args, size_t nargs, TupleObject* kw) {
  check_no_kwargs("sys.intern", kw);
  check_nargs("sys.intern", nargs, 1, 1);
  if (!is_str(args[0]))
    raise_type_error("intern() argument must be str, not %s",
                     args[0] == Py_None ? "None" : type_name(args[0]));
  if (!is_str_exact(args[0])) raise_type_error("can't intern %s", type_name(args[0]));
  return intern_str(static_cast<StrObject*>(args[0]));
}

Object* sys_exc_info(Object*, Object* const*, size_t nargs, TupleObject* kw) {
  check_no_kwargs("sys.exc_info", kw);
  check_nargs("sys.exc_info", nargs, 0, 0);
  Object* e = g_ts.handled;
  if (!e || e == Py_None) return tuple_pack({Py_None, Py_None, Py_None});
  Object* tb = as_exc(e)->traceback;
  return tuple_pack({type_of(e), e, tb ? tb : Py_None});
}

Object* sys_exception(Object*, Object* const*, size_t nargs, TupleObject* kw) {
  check_no_kwargs("sys.exception", kw);
  check_nargs("sys.exception", nargs, 0, 0);
  Object* e = g_ts.handled;
  return e ? e : Py_None;
}

Object* sys_getdefaultencoding(Object*, Object* const*, size_t nargs, TupleObject* kw) {
  check_no_kwargs("sys.getdefaultencoding", kw);
  check_nargs("sys.getdefaultencoding", nargs, 0, 0);
  return str_from_cstr("utf-8");
}

Object* sys_getfilesystemencoding(Object*, Object* const*, size_t nargs, TupleObject* kw) {
  check_no_kwargs("sys.getfilesystemencoding", kw);
  check_nargs("sys.getfilesystemencoding", nargs, 0, 0);
  return str_from_cstr("utf-8");
}

Object* sys_getfilesystemencodeerrors(Object*, Object* const*, size_t nargs, TupleObject* kw) {
  check_no_kwargs("sys.getfilesystemencodeerrors", kw);
  check_nargs("sys.getfilesystemencodeerrors", nargs, 0, 0);
  return str_from_cstr("surrogateescape");
}

Object* sys_get_int_max_str_digits(Object*, Object* const*, size_t nargs, TupleObject* kw) {
  check_no_kwargs("sys.get_int_max_str_digits", kw);
  check_nargs("sys.get_int_max_str_digits", nargs, 0, 0);
  return int_from_intptr(int_max_str_digits);
}

Object* sys_set_int_max_str_digits(Object*, Object* const* args, size_t nargs, TupleObject* kw) {
  static const char* const names[] = {"maxdigits"};
  Object* v[1];
  parse_args("set_int_max_str_digits", args, nargs, kw, names, 1, 1, 0, 1, v);
  Object* a = v[0];
  if (is_float(a)) raise_type_error("'float' object cannot be interpreted as an integer");
  intptr_t n = int_as_intptr(number_index(a));
  if (n != 0 && n < 640) raise_value_error("maxdigits must be 0 or larger than 640");
  int_max_str_digits = n;
  return Py_None;
}

Object* sys_getrefcount(Object*, Object* const*, size_t nargs, TupleObject* kw) {
  check_no_kwargs("sys.getrefcount", kw);
  check_nargs("sys.getrefcount", nargs, 1, 1);
  return make_small_int(2);
}

Object* sys_is_finalizing(Object*, Object* const*, size_t nargs, TupleObject* kw) {
  check_no_kwargs("sys.is_finalizing", kw);
  check_nargs("sys.is_finalizing", nargs, 0, 0);
  return Py_False;
}

Object* sys_displayhook(Object*, Object* const* args, size_t nargs, TupleObject* kw) {
  check_no_kwargs("sys.displayhook", kw);
  check_nargs("sys.displayhook", nargs, 1, 1);
  Object* v = args[0];
  if (v == Py_None) return Py_None;
  DictObject* mods = sys_modules();
  Object* builtins = dict_get_cstr(mods, "builtins");
  if (builtins) set_attr(builtins, intern("_"), Py_None);
  Object* out = sys_get("stdout");
  if (!out || out == Py_None) raise_fmt(Exc_RuntimeError, "lost sys.stdout");
  Object* text = repr(v);
  call_method_cstr(out, "write", &text, 1);
  Object* nl = str_from_cstr("\n");
  call_method_cstr(out, "write", &nl, 1);
  if (builtins) set_attr(builtins, intern("_"), v);
  return Py_None;
}

Object* sys_gettrace(Object*, Object* const*, size_t nargs, TupleObject* kw) {
  check_no_kwargs("sys.gettrace", kw);
  check_nargs("sys.gettrace", nargs, 0, 0);
  return Py_None;
}

Object* sys_settrace(Object*, Object* const*, size_t nargs, TupleObject* kw) {
  check_no_kwargs("sys.settrace", kw);
  check_nargs("sys.settrace", nargs, 1, 1);
  return Py_None;
}

double g_switch_interval = 0.005;
Object* sys_getswitchinterval(Object*, Object* const*, size_t nargs, TupleObject* kw) {
  check_no_kwargs("sys.getswitchinterval", kw);
  check_nargs("sys.getswitchinterval", nargs, 0, 0);
  return float_new(g_switch_interval);
}

Object* g_profile = nullptr;  // sys.setprofile's function (GC root: static data)

Object* sys_setswitchinterval(Object*, Object* const* args, size_t nargs, TupleObject* kw) {
  check_no_kwargs("sys.setswitchinterval", kw);
  check_nargs("sys.setswitchinterval", nargs, 1, 1);
  Object* a = args[0];
  double d;
  if (is_float(a)) d = float_value(a);
  else if (is_int(a)) d = int_as_double(a);
  else if (type_of(a)->nb_float || type_of(a)->nb_index) d = as_double(a);
  else raise_type_error("must be real number, not %s", type_name(a));
  if (!(d > 0)) raise_value_error("switch interval must be strictly positive");
  g_switch_interval = d;
  return Py_None;
}

Object* sys_getprofile(Object*, Object* const*, size_t nargs, TupleObject* kw) {
  check_no_kwargs("sys.getprofile", kw);
  check_nargs("sys.getprofile", nargs, 0, 0);
  return g_profile ? g_profile : Py_None;
}

Object* sys_setprofile(Object*, Object* const* args, size_t nargs, TupleObject* kw) {
  check_no_kwargs("sys.setprofile", kw);
  check_nargs("sys.setprofile", nargs, 1, 1);
  g_profile = args[0] == Py_None ? nullptr : args[0];  // kept, never called
  return Py_None;
}

Object* sys_audit(Object*, Object* const* args, size_t nargs, TupleObject* kw) {
  check_no_kwargs("audit", kw);
  if (nargs < 1) raise_type_error("audit() missing 1 required positional argument: 'event'");
  if (!is_str(args[0]))
    raise_type_error("expected str for argument 'event', not %s", type_name(args[0]));
  return Py_None;  // no audit hooks are ever called
}

Object* sys_addaudithook(Object*, Object* const* args, size_t nargs, TupleObject* kw) {
  static const char* const names[] = {"hook"};
  Object* v[1];
  parse_args("addaudithook", args, nargs, kw, names, 1, 1, 0, 1, v);
  return Py_None;
}

Object* sys_call_tracing(Object*, Object* const* args, size_t nargs, TupleObject* kw) {
  check_no_kwargs("call_tracing", kw);
  if (nargs != 2) raise_type_error("call_tracing expected 2 arguments, got %zu", nargs);
  if (!is_tuple(args[1]))
    raise_type_error("call_tracing() argument 2 must be tuple, not %s", type_name(args[1]));
  auto* t = static_cast<TupleObject*>(args[1]);
  return call(args[0], t->items, static_cast<size_t>(t->ob_size));
}

int g_dlopenflags = 2;  // RTLD_NOW

Object* sys_getdlopenflags(Object*, Object* const*, size_t nargs, TupleObject* kw) {
  check_no_kwargs("sys.getdlopenflags", kw);
  check_nargs("sys.getdlopenflags", nargs, 0, 0);
  return make_small_int(g_dlopenflags);
}

Object* sys_setdlopenflags(Object*, Object* const* args, size_t nargs, TupleObject* kw) {
  check_no_kwargs("sys.setdlopenflags", kw);
  check_nargs("sys.setdlopenflags", nargs, 1, 1);
  if (is_float(args[0])) raise_type_error("'float' object cannot be interpreted as an integer");
  g_dlopenflags = static_cast<int>(int_as_intptr(number_index(args[0])));
  return Py_None;
}

Object* sys_getallocatedblocks(Object*, Object* const*, size_t nargs, TupleObject* kw) {
  check_no_kwargs("sys.getallocatedblocks", kw);
  check_nargs("sys.getallocatedblocks", nargs, 0, 0);
  return make_small_int(0);
}

Object* sys_clear_type_cache(Object*, Object* const*, size_t nargs, TupleObject* kw) {
  check_no_kwargs("sys._clear_type_cache", kw);
  check_nargs("sys._clear_type_cache", nargs, 0, 0);
  return Py_None;
}

// sys._slotpy_set_tp_name(cls, name): the name the runtime's own messages use for a class
// ("unsupported operand type(s) for +: 'datetime.date' and 'int'"), for stdlib classes that
// CPython implements in C under a dotted tp_name. __name__ and __qualname__ are unchanged.
Object* sys_set_tp_name(Object*, Object* const* args, size_t nargs, TupleObject* kwnames) {
  check_no_kwargs("_slotpy_set_tp_name", kwnames);
  check_nargs("_slotpy_set_tp_name", nargs, 2, 2);
  if (!is_type(args[0]) || !type_has(static_cast<TypeObject*>(args[0]), TPFLAGS_HEAPTYPE))
    raise_type_error("_slotpy_set_tp_name() argument 1 must be a class");
  if (!is_str(args[1])) raise_type_error("_slotpy_set_tp_name() argument 2 must be str");
  size_t n;
  const char* utf8 = str_utf8(static_cast<StrObject*>(args[1]), &n);
  auto* copy = static_cast<char*>(gc_alloc_atomic(n + 1));  // kept alive by tp_name itself
  std::memcpy(copy, utf8, n + 1);
  static_cast<TypeObject*>(args[0])->tp_name = copy;
  return Py_None;
}

// sys._getframe([depth]): a snapshot of the frame `depth` calls below the caller.
Object* sys_getframe(Object*, Object* const* args, size_t nargs, TupleObject* kwnames) {
  check_no_kwargs("_getframe", kwnames);
  check_nargs("_getframe", nargs, 0, 1);
  long depth = nargs ? static_cast<long>(index_value(args[0])) : 0;
  Frame* f = g_ts.frame;
  for (; f && depth > 0; --depth) f = f->back;
  if (!f) raise_fmt(Exc_ValueError, "call stack is not deep enough");
  return frame_snapshot_of(f);
}

const MethodDef sys_functions[] = {
    {"_getframe", sys_getframe, METH_DEFAULT, "Return a frame object from the call stack."},
    {"_slotpy_set_tp_name", sys_set_tp_name, METH_DEFAULT,
     "Set the type name the interpreter's messages use for a class."},
    {"exit", sys_exit, METH_DEFAULT,
     "Exit the interpreter by raising SystemExit(status).\n\nIf the status is omitted or None, "
     "it defaults to zero (i.e., success).\nIf the status is an integer, it will be used as the "
     "system exit status.\nIf it is another kind of object, it will be printed and the system\n"
     "exit status will be one (i.e., failure)."},
    {"getsizeof", sys_getsizeof, METH_DEFAULT, "getsizeof(object [, default]) -> int\n\nReturn the size of object in bytes."},
    {"getrecursionlimit", sys_getrecursionlimit, METH_DEFAULT, "Return the current value of the recursion limit."},
    {"setrecursionlimit", sys_setrecursionlimit, METH_DEFAULT, "Set the maximum depth of the Python interpreter stack to n."},
    {"intern", sys_intern, METH_DEFAULT, "``Intern'' the given string."},
    {"exc_info", sys_exc_info, METH_DEFAULT, "Return current exception information: (type, value, traceback)."},
    {"exception", sys_exception, METH_DEFAULT, "Return the current exception."},
    {"getdefaultencoding", sys_getdefaultencoding, METH_DEFAULT, "Return the current default encoding used by the Unicode implementation."},
    {"getfilesystemencoding", sys_getfilesystemencoding, METH_DEFAULT, "Return the encoding used to convert Unicode filenames to OS filenames."},
    {"getfilesystemencodeerrors", sys_getfilesystemencodeerrors, METH_DEFAULT, "Return the error mode used Unicode to OS filename conversion."},
    {"get_int_max_str_digits", sys_get_int_max_str_digits, METH_DEFAULT, "Return the maximum string digits limit for non-binary int<->str conversions."},
    {"set_int_max_str_digits", sys_set_int_max_str_digits, METH_DEFAULT, "Set the maximum string digits limit for non-binary int<->str conversions."},
    {"getrefcount", sys_getrefcount, METH_DEFAULT, "Return the reference count of object."},
    {"is_finalizing", sys_is_finalizing, METH_DEFAULT, "Return True if Python is exiting."},
    {"displayhook", sys_displayhook, METH_DEFAULT, "Print an object to sys.stdout and also save it in builtins._"},
    {"gettrace", sys_gettrace, METH_DEFAULT, "Return the global debug tracing function set with sys.settrace."},
    {"settrace", sys_settrace, METH_DEFAULT, "Set the global debug tracing function (not supported: ignored)."},
    {"getswitchinterval", sys_getswitchinterval, METH_DEFAULT, "Return the current thread switch interval."},
    {"setswitchinterval", sys_setswitchinterval, METH_DEFAULT, "Set the ideal thread switching delay inside the Python interpreter."},
    {"getprofile", sys_getprofile, METH_DEFAULT, "Return the profiling function set with sys.setprofile."},
    {"setprofile", sys_setprofile, METH_DEFAULT, "Set the profiling function (kept, never called)."},
    {"audit", sys_audit, METH_DEFAULT, "Passes the event to any audit hooks that are attached."},
    {"addaudithook", sys_addaudithook, METH_DEFAULT, "Adds a new audit hook callback."},
    {"call_tracing", sys_call_tracing, METH_DEFAULT, "Call func(*args), while tracing is enabled."},
    {"getdlopenflags", sys_getdlopenflags, METH_DEFAULT, "Return the current value of the flags that are used for dlopen calls."},
    {"setdlopenflags", sys_setdlopenflags, METH_DEFAULT, "Set the flags used by the interpreter for dlopen calls."},
    {"getallocatedblocks", sys_getallocatedblocks, METH_DEFAULT, "Return the number of memory blocks currently allocated."},
    {"_clear_type_cache", sys_clear_type_cache, METH_DEFAULT, "Clear the internal type lookup cache."},
    {nullptr, nullptr, 0, nullptr}};

ListObject* argv_list(int argc, char** argv) {
  ListObject* l = list_new(0);
  for (int i = 0; i < argc; ++i) list_append(l, str_from_cstr(argv[i]));
  return l;
}

Object* make_version_info() {
  static const char* const fields[] = {"major", "minor", "micro", "releaselevel", "serial"};
  TypeObject* t = structseq_new_type("sys.version_info", fields, 5, 5, false,
                                     "sys.version_info\n\nVersion information as a named tuple.");
  Object* v[5] = {make_small_int(3), make_small_int(11), make_small_int(7),
                  str_from_cstr("final"), make_small_int(0)};
  return structseq_new(t, v);
}

Object* make_flags() {
  static const char* const fields[] = {
      "debug",          "inspect",           "interactive",        "optimize",
      "dont_write_bytecode", "no_user_site", "no_site",            "ignore_environment",
      "verbose",        "bytes_warning",     "quiet",              "hash_randomization",
      "isolated",       "dev_mode",          "utf8_mode",          "warn_default_encoding",
      "safe_path",      "int_max_str_digits"};
  TypeObject* t = structseq_new_type("sys.flags", fields, 18, 18, false, "sys.flags\n\nFlags provided through command line arguments or environment vars.");
  Object* v[18];
  for (int i = 0; i < 18; ++i) v[i] = make_small_int(0);
  v[4] = make_small_int(1);   // dont_write_bytecode
  v[11] = make_small_int(1);  // hash_randomization
  v[13] = Py_False;           // dev_mode
  v[16] = Py_False;           // safe_path
  v[17] = make_small_int(-1);
  return structseq_new(t, v);
}

Object* make_float_info() {
  static const char* const fields[] = {"max", "max_exp", "max_10_exp", "min", "min_exp",
                                       "min_10_exp", "dig", "mant_dig", "epsilon", "radix",
                                       "rounds"};
  TypeObject* t = structseq_new_type("sys.float_info", fields, 11, 11, false, "sys.float_info\n\nA named tuple holding information about the float type.");
  Object* v[11] = {float_new(DBL_MAX),         make_small_int(DBL_MAX_EXP),
                   make_small_int(DBL_MAX_10_EXP), float_new(DBL_MIN),
                   make_small_int(DBL_MIN_EXP), make_small_int(DBL_MIN_10_EXP),
                   make_small_int(DBL_DIG),     make_small_int(DBL_MANT_DIG),
                   float_new(DBL_EPSILON),      make_small_int(FLT_RADIX),
                   make_small_int(1)};
  return structseq_new(t, v);
}

Object* make_int_info() {
  static const char* const fields[] = {"bits_per_digit", "sizeof_digit", "default_max_str_digits",
                                       "str_digits_check_threshold"};
  TypeObject* t = structseq_new_type("sys.int_info", fields, 4, 4, false, "sys.int_info\n\nA named tuple that holds information about Python's\ninternal representation of integers.");
  Object* v[4] = {make_small_int(30), make_small_int(4), make_small_int(4300), make_small_int(640)};
  return structseq_new(t, v);
}

Object* make_hash_info() {
  static const char* const fields[] = {"width", "modulus", "inf", "nan", "imag",
                                       "algorithm", "hash_bits", "seed_bits", "cutoff"};
  TypeObject* t = structseq_new_type("sys.hash_info", fields, 9, 9, false, "hash_info\n\nA named tuple providing parameters used for computing\nhashes.");
  Object* v[9] = {make_small_int(64), int_from_intptr((intptr_t{1} << 61) - 1),
                  make_small_int(314159), make_small_int(0), make_small_int(1000003),
                  str_from_cstr("siphash13"), make_small_int(64), make_small_int(128),
                  make_small_int(0)};
  return structseq_new(t, v);
}

Object* make_thread_info() {
  static const char* const fields[] = {"name", "lock", "version"};
  TypeObject* t = structseq_new_type("sys.thread_info", fields, 3, 3, false, "sys.thread_info\n\nA named tuple holding information about the thread implementation.");
  Object* v[3] = {str_from_cstr("pthread"), str_from_cstr("semaphore"), Py_None};
  return structseq_new(t, v);
}

std::string executable_path() {
  char buf[4096];
  ssize_t n = ::readlink("/proc/self/exe", buf, sizeof buf - 1);
  if (n <= 0) return "";
  return std::string(buf, static_cast<size_t>(n));
}

// os.path.abspath for PYTHONPATH entries: joined to the cwd, then "", "." and ".." resolved
// textually (symbolic links are kept, as CPython keeps them).
static std::string absolute_path(const std::string& p) {
  std::string full = p;
  if (p.empty() || p[0] != '/') {
    char buf[4096];
    full = std::string(getcwd(buf, sizeof buf) ? buf : "") + "/" + p;
  }
  std::string out;
  size_t i = 0;
  while (i <= full.size()) {
    size_t j = full.find('/', i);
    if (j == std::string::npos) j = full.size();
    std::string part = full.substr(i, j - i);
    if (part == "..") {
      size_t k = out.rfind('/');
      out.resize(k == std::string::npos ? 0 : k);
    } else if (!part.empty() && part != ".") {
      out += "/" + part;
    }
    i = j + 1;
  }
  return out.empty() ? "/" : out;
}

Object* build_sys() {
  ModuleObject* m = module_new("sys");
  g_sys = m;
  DictObject* mods = sys_modules();
  dict_set_cstr(mods, "sys", m);
  module_add_functions(m, sys_functions);
  DictObject* d = module_dict(m);
  dict_set_cstr(d, "__doc__", str_from_cstr(
      "This module provides access to some objects used or maintained by the\ninterpreter and to "
      "functions that interact strongly with the interpreter."));
  dict_set_cstr(d, "modules", mods);
  dict_set_cstr(d, "argv", g_argv ? g_argv : list_from(nullptr, 0));
  if (!g_argv) list_append(static_cast<ListObject*>(dict_get_cstr(d, "argv")), Empty_Str);
  dict_set_cstr(d, "orig_argv", list_from(static_cast<ListObject*>(dict_get_cstr(d, "argv"))->items,
                                          static_cast<ListObject*>(dict_get_cstr(d, "argv"))->size));
  ListObject* path = list_new(0);
  list_append(path, g_path0 ? str_from(*g_path0) : Empty_Str);
  // PYTHONPATH entries follow the script's directory, as in CPython (an empty entry is the cwd).
  if (const char* pp = std::getenv("PYTHONPATH"); pp && *pp) {
    for (const char* p = pp;;) {
      const char* colon = std::strchr(p, ':');
      size_t n = colon ? static_cast<size_t>(colon - p) : std::strlen(p);
      list_append(path, str_from(absolute_path(std::string(p, n))));
      if (!colon) break;
      p = colon + 1;
    }
  }
  dict_set_cstr(d, "path", path);
  dict_set_cstr(d, "meta_path", list_new(0));
  dict_set_cstr(d, "path_hooks", list_new(0));
  dict_set_cstr(d, "path_importer_cache", dict_new());
  dict_set_cstr(d, "warnoptions", list_new(0));
  dict_set_cstr(d, "_xoptions", dict_new());
  static const char* const stdnames[3][2] = {
      {"stdin", "__stdin__"}, {"stdout", "__stdout__"}, {"stderr", "__stderr__"}};
  for (int fd = 0; fd < 3; ++fd) {
    Object* s = std_stream(fd);
    dict_set_cstr(d, stdnames[fd][0], s);
    dict_set_cstr(d, stdnames[fd][1], s);
  }
  // sys.excepthook and sys.__excepthook__: the printer of uncaught exceptions (traceback.cpp).
  static const MethodDef excepthook_def = {"excepthook", sys_excepthook, METH_DEFAULT,
                                           "Handle an exception by displaying it with a traceback on sys.stderr."};
  Object* hook = new_builtin_function(&excepthook_def, nullptr, g_sys);
  dict_set_cstr(d, "excepthook", hook);
  dict_set_cstr(d, "__excepthook__", hook);
  Object* vi = make_version_info();
  dict_set_cstr(d, "version_info", vi);
  dict_set_cstr(d, "version", str_from_cstr("3.11.7 (slotpy " SLOTPY_VERSION ", " __DATE__
                                            ") [GCC " __VERSION__ "]"));
  dict_set_cstr(d, "hexversion", int_from_intptr(0x030B07F0));
  dict_set_cstr(d, "api_version", make_small_int(1013));
  dict_set_cstr(d, "copyright", str_from_cstr("Copyright (c) slotpy authors.\nPython is Copyright (c) 2001-2023 Python Software Foundation."));
  ModuleObject* impl = module_new("implementation");
  DictObject* idict = module_dict(impl);
  dict_del(idict, intern("__doc__"));
  dict_del(idict, intern("__package__"));
  dict_del(idict, intern("__loader__"));
  dict_del(idict, intern("__spec__"));
  dict_del(idict, intern("__name__"));
  dict_set_cstr(idict, "name", str_from_cstr("slotpy"));
  dict_set_cstr(idict, "cache_tag", Py_None);
  dict_set_cstr(idict, "version", vi);
  dict_set_cstr(idict, "hexversion", int_from_intptr(0x030B07F0));
  dict_set_cstr(d, "implementation", impl);
  dict_set_cstr(d, "maxsize", int_from_intptr(INTPTR_MAX));
  dict_set_cstr(d, "maxunicode", make_small_int(0x10FFFF));
  dict_set_cstr(d, "byteorder", str_from_cstr("little"));
  dict_set_cstr(d, "platform", str_from_cstr("linux"));
  dict_set_cstr(d, "executable", str_from(executable_path()));
  dict_set_cstr(d, "_base_executable", dict_get_cstr(d, "executable"));
  dict_set_cstr(d, "prefix", str_from_cstr("/usr/local"));
  dict_set_cstr(d, "exec_prefix", str_from_cstr("/usr/local"));
  dict_set_cstr(d, "base_prefix", str_from_cstr("/usr/local"));
  dict_set_cstr(d, "base_exec_prefix", str_from_cstr("/usr/local"));
  dict_set_cstr(d, "platlibdir", str_from_cstr("lib"));
  dict_set_cstr(d, "pycache_prefix", Py_None);
  dict_set_cstr(d, "dont_write_bytecode", Py_True);
  dict_set_cstr(d, "flags", make_flags());
  dict_set_cstr(d, "float_info", make_float_info());
  dict_set_cstr(d, "int_info", make_int_info());
  dict_set_cstr(d, "hash_info", make_hash_info());
  dict_set_cstr(d, "thread_info", make_thread_info());
  dict_set_cstr(d, "float_repr_style", str_from_cstr("short"));
  dict_set_cstr(d, "abiflags", Empty_Str);
  dict_set_cstr(d, "builtin_module_names",
                tuple_pack({str_from_cstr("builtins"), str_from_cstr("math"),
                            str_from_cstr("sys"), str_from_cstr("time")}));
  dict_set_cstr(d, "__displayhook__", dict_get_cstr(d, "displayhook"));
  return m;
}

}  // namespace

void sys_set_argv(int argc, char** argv) {
  if (argc <= 0) {
    ListObject* l = list_new(0);
    list_append(l, Empty_Str);
    sys_set_argv_list(l);
    return;
  }
  sys_set_argv_list(argv_list(argc, argv));
}

void sys_set_argv_list(Object* list) {
  g_argv = list;
  if (g_sys) {
    dict_set_cstr(module_dict(g_sys), "argv", list);
    auto* l = static_cast<ListObject*>(list);
    dict_set_cstr(module_dict(g_sys), "orig_argv", list_from(l->items, l->size));
  }
}

void sys_set_path0(const char* dir) {
  if (!g_path0) g_path0 = new std::string();
  *g_path0 = dir ? dir : "";
  if (g_sys) {
    Object* p = dict_get_cstr(module_dict(g_sys), "path");
    if (p && is_list(p)) {
      auto* l = static_cast<ListObject*>(p);
      if (l->size > 0)
        l->items[0] = str_from(*g_path0);
      else
        list_append(l, str_from(*g_path0));
    }
  }
}

DictObject* sys_modules() {
  if (!g_modules) g_modules = dict_new();
  return g_modules;
}

Object* sys_module() {
  if (!g_sys) build_sys();
  return g_sys;
}

Object* sys_get(const char* name) {
  return dict_get_cstr(module_dict(sys_module()), name);
}

Object* create_module_sys() { return sys_module(); }

}  // namespace slotpy
