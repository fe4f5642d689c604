// BaseExceptionGroup and ExceptionGroup (PEP 654), and the two operations behind `except*`:
// matching a raised exception against a clause's types (CHECK_EG_MATCH) and combining what the
// clauses raised into the exception that leaves the try statement (PREP_RERAISE_STAR).
#include <cstddef>
#include <string>

#include "runtime/args.h"
#include "runtime/dictobject.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/genericalias.h"
#include "runtime/intobject.h"
#include "runtime/listobject.h"
#include "runtime/setobject.h"
#include "runtime/strobject.h"
#include "runtime/tupleobject.h"
#include "runtime/typeobject.h"

namespace slotpy {

namespace {

BaseExceptionGroupObject* as_group(Object* o) { return static_cast<BaseExceptionGroupObject*>(o); }

bool is_group(Object* o) { return is_exception(o) && is_subtype(type_of(o), Exc_BaseExceptionGroup); }

bool is_exception_class(Object* o) {
  return is_type(o) && is_subtype(static_cast<TypeObject*>(o), Exc_BaseException);
}

Object* group_new(TypeObject* type, Object* const* args, size_t nargs, TupleObject* kwnames) {
  if (kwnames && tuple_size(kwnames) > 0) raise_type_error("%s() takes no keyword arguments", type->tp_name);
  if (nargs != 2)
    raise_type_error("BaseExceptionGroup.__new__() takes exactly 2 arguments (%zu given)", nargs);
  Object* message = args[0];
  if (!is_str(message))
    raise_type_error("BaseExceptionGroup.__new__() argument 1 must be str, not %s", type_name(message));
  Object* seq = args[1];
  if (is_dict(seq) || is_anyset(seq) || !type_of(seq)->mp_subscript)
    raise_type_error("second argument (exceptions) must be a sequence");
  TupleObject* excs = tuple_from_iterable(seq);
  if (tuple_size(excs) == 0)
    raise_value_error("second argument (exceptions) must be a non-empty sequence");
  bool nested_base = false;
  for (intptr_t i = 0; i < tuple_size(excs); ++i) {
    Object* e = tuple_item(excs, i);
    if (!is_exception(e))
      raise_value_error("Item %zd of second argument (exceptions) is not an exception", i);
    if (!is_subtype(type_of(e), Exc_Exception)) nested_base = true;
  }
  TypeObject* cls = type;
  if (cls == Exc_ExceptionGroup) {
    if (nested_base) raise_type_error("Cannot nest BaseExceptions in an ExceptionGroup");
  } else if (cls == Exc_BaseExceptionGroup) {
    if (!nested_base) cls = Exc_ExceptionGroup;  // only Exceptions inside: an ExceptionGroup
  } else if (nested_base && is_subtype(cls, Exc_Exception)) {
    raise_type_error("Cannot nest BaseExceptions in '%s'", cls->tp_name);
  }
  Object* self = type_alloc(cls);
  as_exc(self)->args = tuple_pack({args[0], args[1]});
  as_group(self)->msg = message;
  as_group(self)->excs = excs;
  return self;
}

void group_init(Object* self, Object* const* args, size_t nargs, TupleObject* kwnames) {
  if (kwnames && tuple_size(kwnames) > 0)
    raise_type_error("%s() takes no keyword arguments", type_of(self)->tp_name);
  TupleObject* a = tuple_new(static_cast<intptr_t>(nargs));
  for (size_t i = 0; i < nargs; ++i) a->items[i] = args[i];
  as_exc(self)->args = a;
}

Object* group_str(Object* self) {
  intptr_t n = as_group(self)->excs ? tuple_size(as_group(self)->excs) : 0;
  std::string out = str_utf8(static_cast<StrObject*>(str(as_group(self)->msg)));
  out += " (" + std::to_string(n) + " sub-exception" + (n > 1 ? "s" : "") + ")";
  return str_from(out);
}

// ---- split / subgroup -----------------------------------------------------------------------------

enum class Matcher { Type, Predicate, InstanceIds };

Matcher matcher_kind(Object* value) {
  if (type_of(value)->tp_call && !is_type(value)) return Matcher::Predicate;
  if (is_exception_class(value)) return Matcher::Type;
  if (is_tuple(value)) {
    bool ok = true;
    for (intptr_t i = 0; i < tuple_size(value) && ok; ++i) ok = is_exception_class(tuple_item(value, i));
    if (ok) return Matcher::Type;
  }
  raise_type_error("expected a function, exception type or tuple of exception types");
}

bool matches(Object* exc, Matcher kind, Object* value) {
  switch (kind) {
    case Matcher::Type:
      if (is_tuple(value)) {
        for (intptr_t i = 0; i < tuple_size(value); ++i)
          if (is_subtype(type_of(exc), static_cast<TypeObject*>(tuple_item(value, i)))) return true;
        return false;
      }
      return is_subtype(type_of(exc), static_cast<TypeObject*>(value));
    case Matcher::Predicate:
      return is_true(call1(value, exc));
    case Matcher::InstanceIds:
      return set_contains(static_cast<SetObject*>(value),
                          int_from_intptr(reinterpret_cast<intptr_t>(exc)));
  }
  return false;
}

Object* notes_of(Object* e) {
  DictObject* d = as_exc(e)->dict;
  return d ? dict_get_cstr(d, "__notes__") : nullptr;
}

// orig.derive(excs) with orig's traceback, cause, context and notes; nullptr for no excs.
Object* subset(Object* orig, ListObject* excs) {
  if (excs->size == 0) return nullptr;
  Object* arg = excs;
  Object* eg = call_method_cstr(orig, "derive", &arg, 1);
  if (!is_group(eg)) raise_type_error("derive must return an instance of BaseExceptionGroup");
  as_exc(eg)->traceback = as_exc(orig)->traceback;
  as_exc(eg)->context = as_exc(orig)->context;
  as_exc(eg)->cause = as_exc(orig)->cause;
  as_exc(eg)->suppress_context = true;  // as CPython's PyException_SetCause
  static StrObject* notes_name = intern("__notes__");
  if (Object* notes = get_attr_or_null(orig, notes_name)) {
    if (is_list(notes) || is_tuple(notes)) set_attr(eg, notes_name, list_from_iterable(notes));
  }
  return eg;
}

void split_recursive(Object* exc, Matcher kind, Object* value, bool want_rest, Object** match,
                     Object** rest) {
  *match = *rest = nullptr;
  if (matches(exc, kind, value)) {
    *match = exc;
    return;
  }
  if (!is_group(exc)) {
    if (want_rest) *rest = exc;
    return;
  }
  ListObject* match_list = list_new(0);
  ListObject* rest_list = list_new(0);
  TupleObject* excs = as_group(exc)->excs;
  for (intptr_t i = 0; i < tuple_size(excs); ++i) {
    Object *m, *r;
    split_recursive(tuple_item(excs, i), kind, value, want_rest, &m, &r);
    if (m) list_append(match_list, m);
    if (r) list_append(rest_list, r);
  }
  *match = subset(exc, match_list);
  if (want_rest) *rest = subset(exc, rest_list);
}

Object* or_none(Object* o) { return o ? o : Py_None; }

Object* group_split(Object* self, Object* const* args, size_t nargs, TupleObject* kwnames) {
  check_no_kwargs("split", kwnames);
  check_nargs("split", nargs, 1, 1);
  Matcher kind = matcher_kind(args[0]);
  Object *m, *r;
  split_recursive(self, kind, args[0], true, &m, &r);
  return tuple_pack({or_none(m), or_none(r)});
}

Object* group_subgroup(Object* self, Object* const* args, size_t nargs, TupleObject* kwnames) {
  check_no_kwargs("subgroup", kwnames);
  check_nargs("subgroup", nargs, 1, 1);
  Matcher kind = matcher_kind(args[0]);
  Object *m, *r;
  split_recursive(self, kind, args[0], false, &m, &r);
  return or_none(m);
}

Object* group_derive(Object* self, Object* const* args, size_t nargs, TupleObject* kwnames) {
  check_no_kwargs("derive", kwnames);
  check_nargs("derive", nargs, 1, 1);
  Object* a[2] = {as_group(self)->msg, args[0]};
  return call(Exc_BaseExceptionGroup, a, 2);
}

const MethodDef group_methods[] = {
    {"__class_getitem__", generic_class_getitem, METH_CLASS, "See PEP 585"},
    {"derive", group_derive, METH_DEFAULT, nullptr},
    {"split", group_split, METH_DEFAULT, nullptr},
    {"subgroup", group_subgroup, METH_DEFAULT, nullptr},
    {nullptr, nullptr, 0, nullptr}};

const MemberDef group_members[] = {
    {"message", MEMBER_OBJECT, offsetof(BaseExceptionGroupObject, msg), true, "exception message"},
    {"exceptions", MEMBER_OBJECT, offsetof(BaseExceptionGroupObject, excs), true, "nested exceptions"},
    {nullptr, MEMBER_OBJECT, 0, false, nullptr}};

// ---- except* ------------------------------------------------------------------------------------

void collect_leaf_ids(Object* e, SetObject* ids) {
  if (e == Py_None) return;
  if (!is_group(e)) {
    set_add(ids, int_from_intptr(reinterpret_cast<intptr_t>(e)));
    return;
  }
  TupleObject* excs = as_group(e)->excs;
  for (intptr_t i = 0; i < tuple_size(excs); ++i) collect_leaf_ids(tuple_item(excs, i), ids);
}

// The part of eg whose leaves are leaves of the exceptions in keep (None when keep is empty).
Object* projection(Object* eg, ListObject* keep) {
  if (keep->size == 0) return Py_None;
  SetObject* ids = set_new();
  for (intptr_t i = 0; i < keep->size; ++i) collect_leaf_ids(keep->items[i], ids);
  Object *m, *r;
  split_recursive(eg, Matcher::InstanceIds, ids, false, &m, &r);
  return or_none(m);
}

bool same_metadata(Object* a, Object* b) {
  return notes_of(a) == notes_of(b) && as_exc(a)->traceback == as_exc(b)->traceback &&
         as_exc(a)->cause == as_exc(b)->cause && as_exc(a)->context == as_exc(b)->context;
}

Object* new_group(Object* excs) {
  Object* a[2] = {Empty_Str, excs};
  return call(Exc_BaseExceptionGroup, a, 2);
}

}  // namespace

void check_except_star_type(Object* type) {
  auto check_one = [](Object* t) {
    if (!is_exception_class(t))
      raise_type_error("catching classes that do not inherit from BaseException is not allowed");
    if (is_subtype(static_cast<TypeObject*>(t), Exc_BaseExceptionGroup))
      raise_type_error("catching ExceptionGroup with except* is not allowed. Use except instead.");
  };
  if (is_tuple(type)) {
    for (intptr_t i = 0; i < tuple_size(type); ++i) check_one(tuple_item(type, i));
  } else {
    check_one(type);
  }
}

Object* exception_group_match(Object* exc, Object* type, Object** rest) {
  if (exc == Py_None) {
    *rest = Py_None;
    return Py_None;
  }
  if (matches(exc, Matcher::Type, type)) {
    *rest = Py_None;
    if (is_group(exc)) return exc;
    // A plain exception caught by except*: wrapped in a group of its own.
    Object* wrapped = new_group(tuple_pack({exc}));
    as_exc(wrapped)->traceback = as_exc(exc)->traceback;
    return wrapped;
  }
  if (is_group(exc)) {
    Object* pair = call_method_cstr(exc, "split", &type, 1);
    if (!is_tuple(pair) || tuple_size(pair) != 2)
      raise_type_error("%s.split must return a 2-tuple, got %s", type_name(exc), type_name(pair));
    *rest = tuple_item(pair, 1);
    return tuple_item(pair, 0);
  }
  *rest = exc;
  return Py_None;
}

Object* prep_reraise_star(Object* orig, Object* excs_list) {
  auto* excs = static_cast<ListObject*>(excs_list);
  if (excs->size == 0) return Py_None;
  if (!is_group(orig)) return excs->items[0];  // a wrapped plain exception: one clause ran
  ListObject* raised = list_new(0);
  ListObject* reraised = list_new(0);
  for (intptr_t i = 0; i < excs->size; ++i) {
    Object* e = excs->items[i];
    if (e == Py_None) continue;
    list_append(same_metadata(e, orig) ? reraised : raised, e);
  }
  Object* reraised_eg = projection(orig, reraised);
  if (raised->size == 0) return reraised_eg;
  if (reraised_eg != Py_None) list_append(raised, reraised_eg);
  if (raised->size > 1) return new_group(raised);
  return raised->items[0];
}

void init_exception_group_types() {
  TypeObject* b = Exc_BaseExceptionGroup;
  b->tp_basicsize = sizeof(BaseExceptionGroupObject);
  b->tp_new = group_new;
  b->tp_init = group_init;
  b->tp_str = group_str;
  b->tp_members = group_members;
  b->tp_methods = group_methods;
  b->tp_doc = "A combination of multiple unrelated exceptions.";
  // class ExceptionGroup(BaseExceptionGroup, Exception): the layout is BaseExceptionGroup's;
  // ready_exception_types() gives it both bases.
  TypeObject* e = Exc_ExceptionGroup;
  e->tp_base = b;
  e->tp_basicsize = sizeof(BaseExceptionGroupObject);
}

}  // namespace slotpy
