// dict views (dict_keys, dict_values, dict_items) and the dict iterators, as CPython 3.11's
// Objects/dictobject.c.
#include <string>

#include "runtime/args.h"
#include "runtime/dictobject.h"
#include "runtime/mappingproxy.h"
#include "runtime/errors.h"
#include "runtime/intobject.h"
#include "runtime/listobject.h"
#include "runtime/setobject.h"
#include "runtime/strobject.h"
#include "runtime/tupleobject.h"
#include "runtime/typeobject.h"

namespace slotpy {

// slotdefs.cpp: the tp_hash of unhashable types (their __hash__ is None).
extern HashFn g_hash_not_implemented;

TypeObject DictKeys_Type, DictValues_Type, DictItems_Type;
TypeObject DictKeyIter_Type, DictValueIter_Type, DictItemIter_Type;
TypeObject DictRevKeyIter_Type, DictRevValueIter_Type, DictRevItemIter_Type;

namespace {

inline DictViewObject* as_view(Object* o) { return static_cast<DictViewObject*>(o); }
inline DictIterObject* as_iter(Object* o) { return static_cast<DictIterObject*>(o); }

inline bool is_keys_view(const Object* o) { return !is_small_int(o) && o->ob_type == &DictKeys_Type; }
inline bool is_items_view(const Object* o) { return !is_small_int(o) && o->ob_type == &DictItems_Type; }
inline bool is_set_view(const Object* o) { return is_keys_view(o) || is_items_view(o); }

inline bool is_reverse_iter_type(const TypeObject* t) {
  return t == &DictRevKeyIter_Type || t == &DictRevValueIter_Type || t == &DictRevItemIter_Type;
}

// ---- iterators -----------------------------------------------------------------------------
Object* self_iter(Object* self) { return self; }

// The next live entry for a forward iterator (nullptr at the end), with CPython's checks.
DictEntry* forward_next(DictIterObject* di) {
  DictObject* d = di->dict;
  if (!d) return nullptr;
  if (di->used != d->used) {
    di->used = -1;  // make this state sticky
    raise_fmt(Exc_RuntimeError, "dictionary changed size during iteration");
  }
  intptr_t i = di->pos;
  intptr_t n = d->nentries;
  DictEntry* entries = d->entries;
  while (i < n && !entries[i].key) i++;
  if (i >= n) {
    di->dict = nullptr;
    return nullptr;
  }
  if (di->len == 0) {
    di->dict = nullptr;
    raise_fmt(Exc_RuntimeError, "dictionary keys changed during iteration");
  }
  di->pos = i + 1;
  di->len--;
  return &entries[i];
}

DictEntry* reverse_next(DictIterObject* di) {
  DictObject* d = di->dict;
  if (!d) return nullptr;
  if (di->used != d->used) {
    di->used = -1;
    raise_fmt(Exc_RuntimeError, "dictionary changed size during iteration");
  }
  intptr_t i = di->pos;
  if (i < 0 || i >= d->nentries) {
    di->dict = nullptr;
    return nullptr;
  }
  DictEntry* e = &d->entries[i];
  while (!e->key) {
    if (--i < 0) {
      di->dict = nullptr;
      return nullptr;
    }
    e--;
  }
  di->pos = i - 1;
  di->len--;
  return e;
}

Object* keyiter_next(Object* self) {
  DictEntry* e = forward_next(as_iter(self));
  return e ? e->key : nullptr;
}
Object* valueiter_next(Object* self) {
  DictEntry* e = forward_next(as_iter(self));
  return e ? e->value : nullptr;
}
Object* itemiter_next(Object* self) {
  DictEntry* e = forward_next(as_iter(self));
  return e ? tuple_pack({e->key, e->value}) : nullptr;
}
Object* revkeyiter_next(Object* self) {
  DictEntry* e = reverse_next(as_iter(self));
  return e ? e->key : nullptr;
}
Object* revvalueiter_next(Object* self) {
  DictEntry* e = reverse_next(as_iter(self));
  return e ? e->value : nullptr;
}
Object* revitemiter_next(Object* self) {
  DictEntry* e = reverse_next(as_iter(self));
  return e ? tuple_pack({e->key, e->value}) : nullptr;
}

Object* dictiter_length_hint(Object* self, Object* const*, size_t nargs, TupleObject* kwnames) {
  if ((kwnames && kwnames->ob_size > 0) || nargs) {
    std::string name = std::string(type_name(self)) + ".__length_hint__";
    check_no_kwargs(name.c_str(), kwnames);
    check_nargs(name.c_str(), nargs, 0, 0);
  }
  DictIterObject* di = as_iter(self);
  intptr_t len = 0;
  if (di->dict && di->used == di->dict->used) len = di->len;
  return int_from_intptr(len);
}

const MethodDef dictiter_methods[] = {
    {"__length_hint__", dictiter_length_hint, METH_DEFAULT,
     "Private method returning an estimate of len(list(it))."},
    {nullptr, nullptr, 0, nullptr},
};

// ---- views ---------------------------------------------------------------------------------
struct ReprGuard {
  Object* o;
  bool entered;
  explicit ReprGuard(Object* obj) : o(obj), entered(repr_enter(obj)) {}
  ~ReprGuard() {
    if (entered) repr_leave(o);
  }
};

intptr_t view_len(Object* self) {
  DictObject* d = as_view(self)->dict;
  return d ? d->used : 0;
}

Object* view_repr(Object* self) {
  ReprGuard guard(self);
  if (!guard.entered) return str_from_cstr("...");
  ListObject* seq = list_from_iterable(self);
  Object* parts[4] = {str_from_cstr(type_name(self)), str_from_cstr("("), repr(seq),
                      str_from_cstr(")")};
  return str_join_array(parts, 4);
}

Object* keys_iter(Object* self) { return dict_iter_new(as_view(self)->dict, &DictKeyIter_Type); }
Object* values_iter(Object* self) { return dict_iter_new(as_view(self)->dict, &DictValueIter_Type); }
Object* items_iter(Object* self) { return dict_iter_new(as_view(self)->dict, &DictItemIter_Type); }

int keys_contains(Object* self, Object* key) {
  DictObject* d = as_view(self)->dict;
  if (!d) return 0;
  return dict_contains(d, key);
}

int items_contains(Object* self, Object* obj) {
  DictObject* d = as_view(self)->dict;
  if (!d) return 0;
  if (!is_tuple(obj) || tuple_size(obj) != 2) return 0;
  Object* key = tuple_item(obj, 0);
  Object* value = tuple_item(obj, 1);
  Object* found = dict_get(d, key);
  if (!found) return 0;
  return fast_eq(found, value);
}

// Every item of `self` is in `other`.
bool all_contained_in(Object* self, Object* other) {
  Object* it = get_iter(self);
  while (Object* item = iter_next(it)) {
    if (!contains(other, item)) return false;
  }
  return true;
}

Object* view_richcompare(Object* self, Object* other, int op) {
  if (!is_set_view(self)) {
    if (!is_set_view(other)) return Py_NotImplemented;
    static const int swapped[] = {CMP_GT, CMP_GE, CMP_EQ, CMP_NE, CMP_LT, CMP_LE};
    Object* t = self;
    self = other;
    other = t;
    op = swapped[op];
  }
  if (!is_anyset(other) && !is_set_view(other)) return Py_NotImplemented;
  intptr_t len_self = length(self);
  intptr_t len_other = length(other);
  bool ok = false;
  switch (op) {
    case CMP_NE:
    case CMP_EQ:
      if (len_self == len_other) ok = all_contained_in(self, other);
      if (op == CMP_NE) ok = !ok;
      break;
    case CMP_LT:
      if (len_self < len_other) ok = all_contained_in(self, other);
      break;
    case CMP_LE:
      if (len_self <= len_other) ok = all_contained_in(self, other);
      break;
    case CMP_GT:
      if (len_self > len_other) ok = all_contained_in(other, self);
      break;
    case CMP_GE:
      if (len_self >= len_other) ok = all_contained_in(other, self);
      break;
  }
  return py_bool(ok);
}

// set(self); for a keys view of an exact dict, set(dict) (which has a fast path).
SetObject* views_to_set(Object* self) {
  Object* left = self;
  if (is_keys_view(self)) {
    DictObject* d = as_view(self)->dict;
    if (d && is_dict_exact(d)) left = d;
  }
  return set_from_iterable(&Set_Type, left);
}

Object* views_sub(Object* self, Object* other) {
  SetObject* result = views_to_set(self);
  set_difference_update(result, other);
  return result;
}

Object* views_or(Object* self, Object* other) {
  SetObject* result = views_to_set(self);
  set_update(result, other);
  return result;
}

Object* view_intersect(Object* self, Object* other) {
  // The interpreter swaps the operands when the view is on the right side of &.
  if (!is_set_view(self)) {
    Object* t = other;
    other = self;
    self = t;
  }
  intptr_t len_self = view_len(self);
  if (!is_small_int(other) && other->ob_type == &Set_Type && len_self <= length(other))
    return set_intersection(static_cast<SetObject*>(other), self);
  if (is_set_view(other)) {
    intptr_t len_other = view_len(other);
    if (len_other > len_self) {
      Object* t = other;
      other = self;
      self = t;
    }
  }
  SetObject* result = set_new(&Set_Type);
  Object* it = get_iter(other);
  bool keys = is_keys_view(self);
  while (Object* key = iter_next(it)) {
    if (keys ? keys_contains(self, key) : items_contains(self, key)) set_add(result, key);
  }
  return result;
}

Object* items_xor(Object* self, Object* other) {
  DictObject* d1 = as_view(self)->dict;
  DictObject* d2 = as_view(other)->dict;
  DictObject* temp = dict_copy(d1);
  SetObject* result = set_new(&Set_Type);
  intptr_t pos = 0;
  Object *key, *val2;
  while (dict_next(d2, &pos, &key, &val2)) {
    intptr_t hash = fast_hash(key);
    Object* val1 = dict_get_hashed(temp, key, hash);
    bool to_delete = val1 && fast_eq(val1, val2);
    if (to_delete) {
      dict_del(temp, key);
    } else {
      set_add(result, tuple_pack({key, val2}));
    }
  }
  set_update(result, dict_view_new(temp, &DictItems_Type));
  return result;
}

Object* views_xor(Object* self, Object* other) {
  if (is_items_view(self) && is_items_view(other)) return items_xor(self, other);
  SetObject* result = views_to_set(self);
  set_symmetric_difference_update(result, other);
  return result;
}


// ---- view methods --------------------------------------------------------------------------
Object* m_isdisjoint(Object* self, Object* const* args, size_t nargs, TupleObject* kwnames) {
  const char* name = is_keys_view(self) ? "dict_keys.isdisjoint" : "dict_items.isdisjoint";
  if (kwnames && kwnames->ob_size > 0) check_no_kwargs(name, kwnames);
  check_nargs(name, nargs, 1, 1);
  Object* other = args[0];
  if (self == other) return py_bool(view_len(self) == 0);
  if (is_anyset(other) || is_set_view(other)) {
    intptr_t len_self = view_len(self);
    intptr_t len_other = length(other);
    if (len_other > len_self) {
      Object* t = other;
      other = self;
      self = t;
    }
  }
  Object* it = get_iter(other);
  while (Object* item = iter_next(it)) {
    if (contains(self, item)) return Py_False;
  }
  return Py_True;
}

Object* m_keys_reversed(Object* self, Object* const*, size_t nargs, TupleObject* kwnames) {
  if (kwnames && kwnames->ob_size > 0) check_no_kwargs("dict_keys.__reversed__", kwnames);
  check_nargs("dict_keys.__reversed__", nargs, 0, 0);
  return dict_iter_new(as_view(self)->dict, &DictRevKeyIter_Type);
}

Object* m_values_reversed(Object* self, Object* const*, size_t nargs, TupleObject* kwnames) {
  if (kwnames && kwnames->ob_size > 0) check_no_kwargs("dict_values.__reversed__", kwnames);
  check_nargs("dict_values.__reversed__", nargs, 0, 0);
  return dict_iter_new(as_view(self)->dict, &DictRevValueIter_Type);
}

Object* m_items_reversed(Object* self, Object* const*, size_t nargs, TupleObject* kwnames) {
  if (kwnames && kwnames->ob_size > 0) check_no_kwargs("dict_items.__reversed__", kwnames);
  check_nargs("dict_items.__reversed__", nargs, 0, 0);
  return dict_iter_new(as_view(self)->dict, &DictRevItemIter_Type);
}

const MethodDef keys_methods[] = {
    {"isdisjoint", m_isdisjoint, METH_DEFAULT,
     "Return True if the view and the given iterable have a null intersection."},
    {"__reversed__", m_keys_reversed, METH_DEFAULT, "Return a reverse iterator over the dict keys."},
    {nullptr, nullptr, 0, nullptr},
};

const MethodDef items_methods[] = {
    {"isdisjoint", m_isdisjoint, METH_DEFAULT,
     "Return True if the view and the given iterable have a null intersection."},
    {"__reversed__", m_items_reversed, METH_DEFAULT,
     "Return a reverse iterator over the dict items."},
    {nullptr, nullptr, 0, nullptr},
};

const MethodDef values_methods[] = {
    {"__reversed__", m_values_reversed, METH_DEFAULT,
     "Return a reverse iterator over the dict values."},
    {nullptr, nullptr, 0, nullptr},
};

Object* view_get_mapping(Object* self) { return mappingproxy_new(as_view(self)->dict); }

const GetSetDef view_getset[] = {
    {"mapping", view_get_mapping, nullptr,
     "dictionary that this view refers to"},
    {nullptr, nullptr, nullptr, nullptr},
};

void init_view_type(TypeObject* t, const char* name, UnaryFn iter, const MethodDef* methods) {
  t->tp_getset = view_getset;
  t->tp_name = name;
  t->tp_basicsize = sizeof(DictViewObject);
  t->tp_flags = TPFLAGS_IMMUTABLETYPE | TPFLAGS_DISALLOW_INSTANTIATION;
  t->tp_repr = view_repr;
  t->tp_iter = iter;
  t->mp_length = view_len;
  t->tp_methods = methods;
}

void init_set_view_type(TypeObject* t, int (*contains_fn)(Object*, Object*)) {
  t->tp_hash = g_hash_not_implemented;
  t->tp_richcompare = view_richcompare;
  t->sq_contains = contains_fn;
  t->nb_subtract = views_sub;
  t->nb_and = view_intersect;
  t->nb_xor = views_xor;
  t->nb_or = views_or;
}

void init_iter_type(TypeObject* t, const char* name, IterNextFn next) {
  t->tp_name = name;
  t->tp_basicsize = sizeof(DictIterObject);
  t->tp_flags = TPFLAGS_IMMUTABLETYPE | TPFLAGS_DISALLOW_INSTANTIATION;
  t->tp_iter = self_iter;
  t->tp_iternext = next;
  t->tp_methods = dictiter_methods;
}

}  // namespace

Object* dict_view_new(DictObject* d, TypeObject* view_type) {
  DictViewObject* v = alloc_object<DictViewObject>(view_type);
  v->dict = d;
  return v;
}

Object* dict_iter_new(DictObject* d, TypeObject* iter_type) {
  DictIterObject* di = alloc_object<DictIterObject>(iter_type);
  di->dict = d;
  di->used = d->used;
  di->len = d->used;
  di->pos = is_reverse_iter_type(iter_type) ? d->nentries - 1 : 0;
  return di;
}

void init_dictview_types() {
  init_view_type(&DictKeys_Type, "dict_keys", keys_iter, keys_methods);
  init_set_view_type(&DictKeys_Type, keys_contains);
  init_view_type(&DictItems_Type, "dict_items", items_iter, items_methods);
  init_set_view_type(&DictItems_Type, items_contains);
  init_view_type(&DictValues_Type, "dict_values", values_iter, values_methods);

  init_iter_type(&DictKeyIter_Type, "dict_keyiterator", keyiter_next);
  init_iter_type(&DictValueIter_Type, "dict_valueiterator", valueiter_next);
  init_iter_type(&DictItemIter_Type, "dict_itemiterator", itemiter_next);
  init_iter_type(&DictRevKeyIter_Type, "dict_reversekeyiterator", revkeyiter_next);
  init_iter_type(&DictRevValueIter_Type, "dict_reversevalueiterator", revvalueiter_next);
  init_iter_type(&DictRevItemIter_Type, "dict_reverseitemiterator", revitemiter_next);
}

}  // namespace slotpy
