// mappingproxy: read access to a mapping (len, [], in, iteration, get, keys, values, items,
// copy, ==, |) and no way to change it.
#include "runtime/mappingproxy.h"

#include <string>

#include "runtime/args.h"
#include "runtime/dictobject.h"
#include "runtime/errors.h"
#include "runtime/slotdefs.h"
#include "runtime/strobject.h"
#include "runtime/typeobject.h"

namespace slotpy {

TypeObject MappingProxy_Type;

namespace {

struct MappingProxyObject : Object {
  Object* mapping;
};

Object* target(Object* self) { return static_cast<MappingProxyObject*>(self)->mapping; }

Object* mp_new(TypeObject*, Object* const* args, size_t nargs, TupleObject* kwnames) {
  static const char* const names[] = {"mapping"};
  Object* v[1];
  parse_args("mappingproxy", args, nargs, kwnames, names, 1, 1, 0, 1, v);
  Object* m = v[0];
  TypeObject* t = type_of(m);
  if (!t->mp_subscript || is_list(m) || is_tuple(m))
    raise_type_error("mappingproxy() argument must be a mapping, not %s", t->tp_name);
  return mappingproxy_new(m);
}

intptr_t mp_len(Object* self) { return length(target(self)); }
Object* mp_getitem(Object* self, Object* key) { return get_item(target(self), key); }
int mp_contains(Object* self, Object* key) {
  Object* m = target(self);
  if (is_dict_exact(m)) return dict_contains(static_cast<DictObject*>(m), key);
  return contains(m, key);
}
Object* mp_iter(Object* self) { return get_iter(target(self)); }
Object* mp_repr(Object* self) {
  std::string s = "mappingproxy(";
  s += repr_cstr(target(self));
  s += ')';
  return str_from(s);
}
Object* mp_str(Object* self) { return str(target(self)); }
Object* mp_richcompare(Object* self, Object* other, int op) {
  return rich_compare(target(self), other, op);
}
Object* mp_or(Object* a, Object* b) {
  if (type_of(a) == &MappingProxy_Type) a = target(a);
  if (type_of(b) == &MappingProxy_Type) b = target(b);
  return binary_op(a, b, BINOP_or);
}

Object* forward(Object* self, const char* name, Object* const* args, size_t nargs) {
  return call_method_cstr(target(self), name, args, nargs);
}
Object* mp_get(Object* self, Object* const* args, size_t nargs, TupleObject* kwnames) {
  check_no_kwargs("get", kwnames);
  check_nargs("get", nargs, 1, 2);
  return forward(self, "get", args, nargs);
}
#define SLOTPY_MP_NOARG_(name)                                                           \
  Object* mp_##name(Object* self, Object* const* args, size_t nargs, TupleObject* kw) { \
    check_no_kwargs(#name, kw);                                                          \
    check_nargs(#name, nargs, 0, 0);                                                     \
    return forward(self, #name, args, 0);                                                \
  }
SLOTPY_MP_NOARG_(keys)
SLOTPY_MP_NOARG_(values)
SLOTPY_MP_NOARG_(items)
SLOTPY_MP_NOARG_(copy)
#undef SLOTPY_MP_NOARG_
Object* mp_reversed(Object* self, Object* const*, size_t nargs, TupleObject* kw) {
  check_no_kwargs("__reversed__", kw);
  check_nargs("__reversed__", nargs, 0, 0);
  return call_method_cstr(target(self), "__reversed__", nullptr, 0);
}

const MethodDef mp_methods[] = {
    {"get", mp_get, METH_DEFAULT,
     "D.get(k[,d]) -> D[k] if k in D, else d.  d defaults to None."},
    {"keys", mp_keys, METH_DEFAULT, "D.keys() -> a set-like object providing a view on D's keys"},
    {"values", mp_values, METH_DEFAULT, "D.values() -> an object providing a view on D's values"},
    {"items", mp_items, METH_DEFAULT, "D.items() -> a set-like object providing a view on D's items"},
    {"copy", mp_copy, METH_DEFAULT, "D.copy() -> a shallow copy of D"},
    {"__reversed__", mp_reversed, METH_DEFAULT, "D.__reversed__() -> reverse iterator"},
    {nullptr, nullptr, 0, nullptr}};

}  // namespace

Object* mappingproxy_new(Object* mapping) {
  auto* p = alloc_object<MappingProxyObject>(&MappingProxy_Type);
  p->mapping = mapping;
  return p;
}

void init_mappingproxy_type() {
  TypeObject* t = &MappingProxy_Type;
  t->tp_name = "mappingproxy";
  t->tp_flags = TPFLAGS_MAPPING;
  t->tp_basicsize = sizeof(MappingProxyObject);
  t->tp_new = mp_new;
  t->mp_length = mp_len;
  t->mp_subscript = mp_getitem;
  t->sq_contains = mp_contains;
  t->tp_iter = mp_iter;
  t->tp_repr = mp_repr;
  t->tp_str = mp_str;
  t->tp_richcompare = mp_richcompare;
  t->nb_or = mp_or;
  t->tp_hash = g_hash_not_implemented;
  t->tp_methods = mp_methods;
  t->tp_doc = "mappingproxy(mapping)\n--\n\nRead-only proxy of a mapping.";
}

}  // namespace slotpy
