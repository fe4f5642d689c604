// types.GenericAlias and types.UnionType (PEP 585 / PEP 604), with CPython 3.11's reprs,
// equality, hashing, attribute forwarding and errors.
#include "runtime/genericalias.h"

#include <cstring>
#include <string>

#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/listobject.h"
#include "runtime/setobject.h"
#include "runtime/slotdefs.h"
#include "runtime/strobject.h"
#include "runtime/tupleobject.h"
#include "runtime/typeobject.h"

namespace slotpy {

TypeObject GenericAlias_Type;
TypeObject UnionType_Type;

namespace {

struct GenericAliasObject : Object {
  Object* origin;
  TupleObject* args;
  TupleObject* parameters;  // nullptr until first asked for
};

struct UnionObject : Object {
  TupleObject* args;
  TupleObject* parameters;
};

inline GenericAliasObject* GA(Object* o) { return static_cast<GenericAliasObject*>(o); }
inline UnionObject* UN(Object* o) { return static_cast<UnionObject*>(o); }
inline bool is_ga(Object* o) { return is_subtype(type_of(o), &GenericAlias_Type); }
inline bool is_union(Object* o) { return type_of(o) == &UnionType_Type; }

// One item of a GenericAlias / union repr: "...", a nested alias's repr, "module.qualname" for a
// class ("qualname" for builtins), else repr().
void repr_item(std::string& out, Object* p) {
  if (p == Py_Ellipsis) {
    out += "...";
    return;
  }
  static StrObject* origin_name = intern("__origin__");
  static StrObject* args_name = intern("__args__");
  static StrObject* qualname_name = intern("__qualname__");
  static StrObject* module_name = intern("__module__");
  if (get_attr_or_null(p, origin_name) && get_attr_or_null(p, args_name)) {
    out += str_utf8(static_cast<StrObject*>(repr(p)));
    return;
  }
  Object* qualname = get_attr_or_null(p, qualname_name);
  Object* module = qualname ? get_attr_or_null(p, module_name) : nullptr;
  if (!qualname || !module || module == Py_None || !is_str(qualname) || !is_str(module)) {
    out += str_utf8(static_cast<StrObject*>(repr(p)));
    return;
  }
  if (!str_eq_cstr(static_cast<StrObject*>(module), "builtins")) {
    out += str_utf8(static_cast<StrObject*>(module));
    out += '.';
  }
  out += str_utf8(static_cast<StrObject*>(qualname));
}

// TypeVar-like arguments (and those of nested aliases), in order, without repeats.
TupleObject* collect_parameters(TupleObject* args) {
  static StrObject* params_name = intern("__parameters__");
  Object* found[64];
  size_t n = 0;
  auto add = [&](Object* p) {
    for (size_t i = 0; i < n; ++i)
      if (found[i] == p) return;
    if (n < 64) found[n++] = p;
  };
  for (intptr_t i = 0; i < tuple_size(args); ++i) {
    Object* a = tuple_item(args, i);
    if (is_type(a)) continue;
    const char* tn = type_of(a)->tp_name;
    const char* dot = std::strrchr(tn, '.');
    std::string name = dot ? dot + 1 : tn;
    if (name == "TypeVar" || name == "ParamSpec" || name == "TypeVarTuple") {
      add(a);
      continue;
    }
    Object* sub = get_attr_or_null(a, params_name);
    if (sub && is_tuple(sub))
      for (intptr_t j = 0; j < tuple_size(sub); ++j) add(tuple_item(sub, j));
  }
  return n ? tuple_from(found, n) : Empty_Tuple;
}

// ---- GenericAlias ---------------------------------------------------------------------------------
Object* ga_new(TypeObject* type, Object* const* args, size_t nargs, TupleObject* kwnames) {
  if (kwnames && tuple_size(kwnames) > 0 && type == &GenericAlias_Type)
    raise_type_error("GenericAlias() takes no keyword arguments");
  check_nargs("GenericAlias", nargs, 2, 2);
  auto* ga = static_cast<GenericAliasObject*>(generic_alias_new(args[0], args[1]));
  if (type != &GenericAlias_Type) {  // a subclass (collections.abc's Callable alias)
    auto* sub = static_cast<GenericAliasObject*>(type_alloc(type));
    sub->origin = ga->origin;
    sub->args = ga->args;
    sub->parameters = nullptr;
    return sub;
  }
  return ga;
}

Object* ga_repr(Object* self) {
  std::string out;
  repr_item(out, GA(self)->origin);
  out += '[';
  TupleObject* a = GA(self)->args;
  if (tuple_size(a) == 0) out += "()";
  for (intptr_t i = 0; i < tuple_size(a); ++i) {
    if (i) out += ", ";
    repr_item(out, tuple_item(a, i));
  }
  out += ']';
  return str_from(out);
}

Object* ga_call(Object* self, Object* const* args, size_t nargs, TupleObject* kwnames) {
  Object* r = call(GA(self)->origin, args, nargs, kwnames);
  static StrObject* orig_class = intern("__orig_class__");
  try {
    set_attr(r, orig_class, self);
  } catch (PyError&) {
    if (!exception_matches(Exc_AttributeError) && !exception_matches(Exc_TypeError)) throw;
    clear_exception();
  }
  return r;
}

// Attributes: a few of the alias's own, everything else from the origin.
const char* const kOwnAttrs[] = {"__class__", "__origin__", "__args__", "__unpacked__",
                                 "__parameters__", "__typing_unpacked_tuple_args__",
                                 "__mro_entries__", "__reduce_ex__", "__reduce__",
                                 "__copy__", "__deepcopy__"};

Object* ga_getattro(Object* self, StrObject* name) {
  bool is_own = false;
  for (const char* o : kOwnAttrs)
    if (str_eq_cstr(name, o)) is_own = true;
  if (!is_own) return get_attr_or_null(GA(self)->origin, name);
  return generic_getattr(self, name);
}

Object* ga_richcompare(Object* a, Object* b, int op) {
  if (!is_ga(a) || !is_ga(b) || (op != CMP_EQ && op != CMP_NE)) return Py_NotImplemented;
  bool same = eq(GA(a)->origin, GA(b)->origin) && eq(GA(a)->args, GA(b)->args);
  return py_bool(op == CMP_EQ ? same : !same);
}

intptr_t ga_hash(Object* self) {
  intptr_t h = hash(GA(self)->origin) ^ hash(GA(self)->args);
  return h == -1 ? -2 : h;
}

Object* ga_getitem(Object* self, Object* key) {
  TupleObject* params = collect_parameters(GA(self)->args);
  if (tuple_size(params) == 0)
    raise_type_error("%s is not a generic class", str_utf8(static_cast<StrObject*>(repr(self))));
  // Substitute the parameters in order.
  TupleObject* items = is_tuple(key) ? static_cast<TupleObject*>(key) : tuple_pack({key});
  if (tuple_size(items) != tuple_size(params))
    raise_type_error("Too %s arguments for %s; actual %zd, expected %zd",
                     tuple_size(items) > tuple_size(params) ? "many" : "few",
                     str_utf8(static_cast<StrObject*>(repr(self))),
                     static_cast<ssize_t>(tuple_size(items)), static_cast<ssize_t>(tuple_size(params)));
  TupleObject* a = GA(self)->args;
  TupleObject* out = tuple_new(tuple_size(a));
  for (intptr_t i = 0; i < tuple_size(a); ++i) {
    Object* arg = tuple_item(a, i);
    Object* sub = arg;
    for (intptr_t j = 0; j < tuple_size(params); ++j)
      if (tuple_item(params, j) == arg) sub = tuple_item(items, j);
    if (sub == arg && !is_type(arg)) {
      static StrObject* params_name = intern("__parameters__");
      Object* inner = get_attr_or_null(arg, params_name);
      if (inner && is_tuple(inner) && tuple_size(inner) > 0) {
        Object* subargs[64];
        intptr_t k = tuple_size(inner);
        if (k > 64) k = 64;
        for (intptr_t m = 0; m < k; ++m) {
          subargs[m] = tuple_item(inner, m);
          for (intptr_t j = 0; j < tuple_size(params); ++j)
            if (tuple_item(params, j) == subargs[m]) subargs[m] = tuple_item(items, j);
        }
        Object* key2 = k == 1 ? subargs[0] : tuple_from(subargs, static_cast<size_t>(k));
        sub = get_item(arg, key2);
      }
    }
    out->items[i] = sub;
  }
  return generic_alias_new(GA(self)->origin, out);
}

Object* ga_get_origin(Object* self) { return GA(self)->origin; }
Object* ga_get_args(Object* self) { return GA(self)->args; }
Object* ga_get_parameters(Object* self) {
  if (!GA(self)->parameters) GA(self)->parameters = collect_parameters(GA(self)->args);
  return GA(self)->parameters;
}
Object* ga_get_unpacked(Object*) { return Py_False; }
Object* ga_get_unpacked_args(Object*) { return Py_None; }

Object* ga_mro_entries(Object* self, Object* const*, size_t nargs, TupleObject* kwnames) {
  check_no_kwargs("__mro_entries__", kwnames);
  check_nargs("__mro_entries__", nargs, 1, 1);
  return tuple_pack({GA(self)->origin});
}
Object* ga_instancecheck(Object*, Object* const*, size_t nargs, TupleObject* kwnames) {
  check_no_kwargs("__instancecheck__", kwnames);
  check_nargs("__instancecheck__", nargs, 1, 1);
  raise_type_error("isinstance() argument 2 cannot be a parameterized generic");
}
Object* ga_subclasscheck(Object*, Object* const*, size_t nargs, TupleObject* kwnames) {
  check_no_kwargs("__subclasscheck__", kwnames);
  check_nargs("__subclasscheck__", nargs, 1, 1);
  raise_type_error("issubclass() argument 2 cannot be a parameterized generic");
}
Object* ga_reduce(Object* self, Object* const*, size_t nargs, TupleObject* kwnames) {
  check_no_kwargs("__reduce__", kwnames);
  check_nargs("__reduce__", nargs, 0, 0);
  return tuple_pack({&GenericAlias_Type, tuple_pack({GA(self)->origin, GA(self)->args})});
}
Object* ga_dir(Object* self, Object* const*, size_t nargs, TupleObject* kwnames) {
  check_no_kwargs("__dir__", kwnames);
  check_nargs("__dir__", nargs, 0, 0);
  static StrObject* dir_name = intern("__dir__");
  Object* d = call_special(GA(self)->origin, dir_name, nullptr, 0);
  ListObject* out = list_from_iterable(d ? d : static_cast<Object*>(Empty_Tuple));
  for (const char* n : kOwnAttrs) {
    StrObject* s = intern(n);
    if (!contains(out, s)) list_append(out, s);
  }
  return out;
}

Object* ga_or(Object* a, Object* b) { return union_type_or(a, b); }

const GetSetDef ga_getset[] = {
    {"__origin__", ga_get_origin, nullptr, nullptr},
    {"__args__", ga_get_args, nullptr, nullptr},
    {"__parameters__", ga_get_parameters, nullptr, "Type variables in the GenericAlias."},
    {"__unpacked__", ga_get_unpacked, nullptr, nullptr},
    {"__typing_unpacked_tuple_args__", ga_get_unpacked_args, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

const MethodDef ga_methods[] = {
    {"__mro_entries__", ga_mro_entries, METH_DEFAULT, nullptr},
    {"__instancecheck__", ga_instancecheck, METH_DEFAULT, nullptr},
    {"__subclasscheck__", ga_subclasscheck, METH_DEFAULT, nullptr},
    {"__reduce__", ga_reduce, METH_DEFAULT, nullptr},
    {"__dir__", ga_dir, METH_DEFAULT, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

// ---- UnionType --------------------------------------------------------------------------------------
bool is_unionable(Object* o) {
  return o == Py_None || is_type(o) || is_ga(o) || is_union(o);
}

// Arguments equal for deduplication: the same object, or equal aliases.
bool same_arg(Object* a, Object* b) {
  if (a == b) return true;
  if (is_ga(a) && is_ga(b)) return eq(a, b);
  return false;
}

Object* union_repr(Object* self) {
  std::string out;
  TupleObject* a = UN(self)->args;
  for (intptr_t i = 0; i < tuple_size(a); ++i) {
    if (i) out += " | ";
    Object* p = tuple_item(a, i);
    if (p == reinterpret_cast<Object*>(type_of(Py_None))) out += "None";
    else repr_item(out, p);
  }
  return str_from(out);
}

SetObject* args_set(Object* self) {
  SetObject* s = set_new(&FrozenSet_Type);
  TupleObject* a = UN(self)->args;
  for (intptr_t i = 0; i < tuple_size(a); ++i) set_add(s, tuple_item(a, i));
  return s;
}

Object* union_richcompare(Object* a, Object* b, int op) {
  if (!is_union(a) || !is_union(b) || (op != CMP_EQ && op != CMP_NE)) return Py_NotImplemented;
  return rich_compare(args_set(a), args_set(b), op);
}

intptr_t union_hash(Object* self) { return hash(args_set(self)); }

Object* union_get_args(Object* self) { return UN(self)->args; }
Object* union_get_parameters(Object* self) {
  if (!UN(self)->parameters) UN(self)->parameters = collect_parameters(UN(self)->args);
  return UN(self)->parameters;
}

Object* union_check(Object* self, Object* const* args, size_t nargs, TupleObject* kwnames,
                    bool instance) {
  const char* fname = instance ? "__instancecheck__" : "__subclasscheck__";
  check_no_kwargs(fname, kwnames);
  check_nargs(fname, nargs, 1, 1);
  TupleObject* a = UN(self)->args;
  for (intptr_t i = 0; i < tuple_size(a); ++i) {
    if (is_ga(tuple_item(a, i)))
      raise_type_error("%s() argument 2 cannot contain a parameterized generic",
                       instance ? "isinstance" : "issubclass");
  }
  for (intptr_t i = 0; i < tuple_size(a); ++i) {
    Object* t = tuple_item(a, i);
    if (instance ? is_instance(args[0], t) : is_subclass(args[0], t)) return Py_True;
  }
  return Py_False;
}
Object* union_instancecheck(Object* self, Object* const* args, size_t nargs, TupleObject* kw) {
  return union_check(self, args, nargs, kw, true);
}
Object* union_subclasscheck(Object* self, Object* const* args, size_t nargs, TupleObject* kw) {
  return union_check(self, args, nargs, kw, false);
}

Object* union_getattro(Object* self, StrObject* name) { return generic_getattr(self, name); }

Object* union_or(Object* a, Object* b) { return union_type_or(a, b); }

const GetSetDef union_getset[] = {
    {"__args__", union_get_args, nullptr, nullptr},
    {"__parameters__", union_get_parameters, nullptr, "Type variables in the types.UnionType."},
    {nullptr, nullptr, nullptr, nullptr},
};

const MethodDef union_methods[] = {
    {"__instancecheck__", union_instancecheck, METH_DEFAULT, nullptr},
    {"__subclasscheck__", union_subclasscheck, METH_DEFAULT, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

Object* generic_alias_new(Object* origin, Object* args) {
  auto* ga = alloc_object<GenericAliasObject>(&GenericAlias_Type);
  ga->origin = origin;
  ga->args = is_tuple(args) ? tuple_from(static_cast<TupleObject*>(args)->items, tuple_size(args))
                            : tuple_pack({args});
  ga->parameters = nullptr;
  return ga;
}

Object* generic_class_getitem(Object* cls, Object* const* args, size_t nargs, TupleObject* kwnames) {
  std::string fname = static_cast<TypeObject*>(cls)->tp_name;
  fname += ".__class_getitem__";
  check_no_kwargs(fname.c_str(), kwnames);
  if (nargs != 1)
    raise_type_error("%s() takes exactly one argument (%zu given)", fname.c_str(), nargs);
  return generic_alias_new(cls, args[0]);
}

Object* union_type_or(Object* a, Object* b) {
  if (!is_unionable(a) || !is_unionable(b)) return Py_NotImplemented;
  Object* items[256];
  size_t n = 0;
  auto add = [&](Object* p) {
    if (p == Py_None) p = reinterpret_cast<Object*>(type_of(Py_None));
    for (size_t i = 0; i < n; ++i)
      if (same_arg(items[i], p)) return;
    if (n == 256) raise_type_error("too many arguments in a union");
    items[n++] = p;
  };
  for (Object* side : {a, b}) {
    if (is_union(side)) {
      TupleObject* t = UN(side)->args;
      for (intptr_t i = 0; i < tuple_size(t); ++i) add(tuple_item(t, i));
    } else {
      add(side);
    }
  }
  if (n == 1) return items[0];
  auto* u = alloc_object<UnionObject>(&UnionType_Type);
  u->args = tuple_from(items, n);
  u->parameters = nullptr;
  return u;
}

void init_genericalias_types() {
  TypeObject* t = &GenericAlias_Type;
  t->tp_name = "types.GenericAlias";
  t->tp_basicsize = sizeof(GenericAliasObject);
  t->tp_flags = TPFLAGS_BASETYPE;
  t->tp_new = ga_new;
  t->tp_repr = ga_repr;
  t->tp_call = ga_call;
  t->tp_getattro = ga_getattro;
  t->tp_richcompare = ga_richcompare;
  t->tp_hash = ga_hash;
  t->mp_subscript = ga_getitem;
  t->nb_or = ga_or;
  t->tp_getset = ga_getset;
  t->tp_methods = ga_methods;
  t->tp_doc =
      "Represent a PEP 585 generic type\n\nE.g. for t = list[int], t.__origin__ is list and "
      "t.__args__ is (int,).";

  TypeObject* u = &UnionType_Type;
  u->tp_name = "types.UnionType";
  u->tp_basicsize = sizeof(UnionObject);
  u->tp_flags = TPFLAGS_IMMUTABLETYPE | TPFLAGS_DISALLOW_INSTANTIATION;
  u->tp_repr = union_repr;
  u->tp_getattro = union_getattro;
  u->tp_richcompare = union_richcompare;
  u->tp_hash = union_hash;
  u->nb_or = union_or;
  u->tp_getset = union_getset;
  u->tp_methods = union_methods;
  u->tp_doc = "Represent a PEP 604 union type\n\nE.g. for int | str";
}

}  // namespace slotpy
