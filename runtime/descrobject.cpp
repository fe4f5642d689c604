// Descriptors of builtin types and builtin function objects (descrobject.h).
#include "runtime/descrobject.h"

#include <cstddef>

#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/funcobject.h"
#include "runtime/intobject.h"
#include "runtime/moduleobject.h"
#include "runtime/slotdefs.h"
#include "runtime/strobject.h"
#include "runtime/tupleobject.h"
#include "runtime/typeobject.h"

namespace slotpy {

TypeObject BuiltinFunction_Type, MethodDescr_Type, ClassMethodDescr_Type, GetSetDescr_Type,
    MemberDescr_Type, WrapperDescr_Type, MethodWrapper_Type;

namespace {

// ---- builtin functions -------------------------------------------------------------------------
Object* builtin_call(Object* self, Object* const* args, size_t nargs, TupleObject* kwnames) {
  auto* f = static_cast<BuiltinFunctionObject*>(self);
  return f->def->fn(f->self, args, nargs, kwnames);
}

Object* builtin_repr(Object* self) {
  auto* f = static_cast<BuiltinFunctionObject*>(self);
  if (!f->self) return str_format_c("<built-in function %s>", f->def->name);
  if (type_of(f->self) == &Module_Type) return str_format_c("<built-in function %s>", f->def->name);
  return str_format_c("<built-in method %s of %s object at %p>", f->def->name,
                      type_name(f->self), static_cast<void*>(f->self));
}

Object* builtin_get_name(Object* self) {
  return str_from_cstr(static_cast<BuiltinFunctionObject*>(self)->def->name);
}
Object* builtin_get_qualname(Object* self) {
  auto* f = static_cast<BuiltinFunctionObject*>(self);
  if (!f->self || type_of(f->self) == &Module_Type) return str_from_cstr(f->def->name);
  TypeObject* t = is_type(f->self) ? static_cast<TypeObject*>(f->self) : type_of(f->self);
  return str_format_c("%s.%s", t->tp_name, f->def->name);
}
Object* builtin_get_self(Object* self) {
  auto* f = static_cast<BuiltinFunctionObject*>(self);
  return f->self ? f->self : (f->module ? f->module : Py_None);
}
Object* builtin_get_doc(Object* self) {
  auto* f = static_cast<BuiltinFunctionObject*>(self);
  return f->def->doc ? str_from_cstr(f->def->doc) : Py_None;
}
Object* builtin_get_module(Object* self) {
  auto* f = static_cast<BuiltinFunctionObject*>(self);
  if (f->module) {
    Object* n = get_attr_or_null(f->module, intern("__name__"));
    if (n) return n;
  }
  return Py_None;
}
const GetSetDef builtin_getset[] = {
    {"__name__", builtin_get_name, nullptr, nullptr},
    {"__qualname__", builtin_get_qualname, nullptr, nullptr},
    {"__self__", builtin_get_self, nullptr, nullptr},
    {"__doc__", builtin_get_doc, nullptr, nullptr},
    {"__module__", builtin_get_module, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr}};

// ---- method descriptors ----------------------------------------------------------------------
void descr_check(TypeObject* objclass, const char* name, Object* obj) {
  if (!is_subtype(type_of(obj), objclass))
    raise_type_error("descriptor '%s' for '%s' objects doesn't apply to a '%s' object", name,
                     objclass->tp_name, type_name(obj));
}

Object* methoddescr_get(Object* descr, Object* obj, Object*) {
  auto* d = static_cast<MethodDescrObject*>(descr);
  if (!obj) return descr;
  descr_check(d->objclass, d->def->name, obj);
  return new_builtin_function(d->def, obj);
}

Object* methoddescr_call(Object* descr, Object* const* args, size_t nargs, TupleObject* kwnames) {
  auto* d = static_cast<MethodDescrObject*>(descr);
  if (nargs < 1)
    raise_type_error("unbound method %s.%s() needs an argument", d->objclass->tp_name,
                     d->def->name);
  descr_check(d->objclass, d->def->name, args[0]);
  return d->def->fn(args[0], args + 1, nargs - 1, kwnames);
}

Object* methoddescr_repr(Object* descr) {
  auto* d = static_cast<MethodDescrObject*>(descr);
  return str_format_c("<method '%s' of '%s' objects>", d->def->name, d->objclass->tp_name);
}

Object* descr_get_name_m(Object* self) {
  return str_from_cstr(static_cast<MethodDescrObject*>(self)->def->name);
}
Object* descr_get_objclass_m(Object* self) { return static_cast<MethodDescrObject*>(self)->objclass; }
Object* descr_get_doc_m(Object* self) {
  auto* d = static_cast<MethodDescrObject*>(self);
  return d->def->doc ? str_from_cstr(d->def->doc) : Py_None;
}
// A descriptor's __qualname__: its class's __qualname__, a dot and its name.
Object* descr_qualname(TypeObject* objclass, const char* name) {
  static StrObject* qualname = intern("__qualname__");
  Object* q = get_attr(objclass, qualname);
  return str_format_c("%s.%s", str_utf8(static_cast<StrObject*>(str(q))), name);
}
Object* descr_get_qualname_m(Object* self) {
  auto* d = static_cast<MethodDescrObject*>(self);
  return descr_qualname(d->objclass, d->def->name);
}
const GetSetDef methoddescr_getset[] = {
    {"__name__", descr_get_name_m, nullptr, nullptr},
    {"__qualname__", descr_get_qualname_m, nullptr, nullptr},
    {"__objclass__", descr_get_objclass_m, nullptr, nullptr},
    {"__doc__", descr_get_doc_m, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr}};

// Class method descriptors (dict.fromkeys): bind to the type.
Object* classmethoddescr_get(Object* descr, Object* obj, Object* type) {
  auto* d = static_cast<MethodDescrObject*>(descr);
  if (!type) type = type_of(obj);
  return new_builtin_function(d->def, type);
}
Object* classmethoddescr_call(Object* descr, Object* const* args, size_t nargs,
                              TupleObject* kwnames) {
  auto* d = static_cast<MethodDescrObject*>(descr);
  if (nargs < 1)
    raise_type_error("descriptor '%s' of '%s' object needs an argument", d->def->name,
                     d->objclass->tp_name);
  return d->def->fn(args[0], args + 1, nargs - 1, kwnames);
}
Object* classmethoddescr_repr(Object* descr) {
  auto* d = static_cast<MethodDescrObject*>(descr);
  return str_format_c("<method '%s' of '%s' objects>", d->def->name, d->objclass->tp_name);
}

// ---- getset descriptors -----------------------------------------------------------------------
Object* getset_get(Object* descr, Object* obj, Object*) {
  auto* d = static_cast<GetSetDescrObject*>(descr);
  if (!obj) return descr;
  descr_check(d->objclass, d->def->name, obj);
  if (!d->def->get)
    raise_fmt(Exc_AttributeError, "attribute '%s' of '%s' objects is not readable", d->def->name,
              d->objclass->tp_name);
  return d->def->get(obj);
}
void getset_set(Object* descr, Object* obj, Object* value) {
  auto* d = static_cast<GetSetDescrObject*>(descr);
  descr_check(d->objclass, d->def->name, obj);
  if (!d->def->set)
    raise_fmt(Exc_AttributeError, "attribute '%s' of '%s' objects is not writable", d->def->name,
              d->objclass->tp_name);
  d->def->set(obj, value);
}
Object* getset_repr(Object* descr) {
  auto* d = static_cast<GetSetDescrObject*>(descr);
  return str_format_c("<attribute '%s' of '%s' objects>", d->def->name, d->objclass->tp_name);
}
Object* getset_get_name(Object* self) {
  return str_from_cstr(static_cast<GetSetDescrObject*>(self)->def->name);
}
Object* getset_get_objclass(Object* self) { return static_cast<GetSetDescrObject*>(self)->objclass; }
Object* getset_get_qualname(Object* self) {
  auto* d = static_cast<GetSetDescrObject*>(self);
  return descr_qualname(d->objclass, d->def->name);
}
const GetSetDef getsetdescr_getset[] = {
    {"__name__", getset_get_name, nullptr, nullptr},
    {"__qualname__", getset_get_qualname, nullptr, nullptr},
    {"__objclass__", getset_get_objclass, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr}};

// ---- member descriptors -------------------------------------------------------------------------
Object* member_descr_get(Object* descr, Object* obj, Object*) {
  auto* d = static_cast<MemberDescrObject*>(descr);
  if (!obj) return descr;
  if (!is_subtype(type_of(obj), d->objclass))
    raise_type_error("descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                     d->def->name, d->objclass->tp_name, type_name(obj));
  return member_get(obj, d->def);
}
void member_descr_set(Object* descr, Object* obj, Object* value) {
  auto* d = static_cast<MemberDescrObject*>(descr);
  if (!is_subtype(type_of(obj), d->objclass))
    raise_type_error("descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                     d->def->name, d->objclass->tp_name, type_name(obj));
  member_set(obj, d->def, value);
}
Object* member_descr_repr(Object* descr) {
  auto* d = static_cast<MemberDescrObject*>(descr);
  return str_format_c("<member '%s' of '%s' objects>", d->def->name, d->objclass->tp_name);
}
// __name__ and __objclass__ are read-only members (CPython: "readonly attribute"); __qualname__
// and __doc__ are computed.
const MemberDef memberdescr_members[] = {
    {"__objclass__", MEMBER_OBJECT, offsetof(MemberDescrObject, objclass), true, nullptr},
    {"__name__", MEMBER_OBJECT, offsetof(MemberDescrObject, name), true, nullptr},
    {nullptr, MEMBER_OBJECT, 0, false, nullptr}};
Object* member_get_qualname(Object* self) {
  auto* d = static_cast<MemberDescrObject*>(self);
  return descr_qualname(d->objclass, d->def->name);
}
Object* member_get_doc(Object* self) {
  const char* doc = static_cast<MemberDescrObject*>(self)->def->doc;
  return doc ? str_from_cstr(doc) : Py_None;
}
const GetSetDef memberdescr_getset[] = {
    {"__qualname__", member_get_qualname, nullptr, nullptr},
    {"__doc__", member_get_doc, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr}};
// descr.__reduce__() -> (getattr, (objclass, name)), so that pickling finds it again.
Object* member_reduce(Object* self, Object* const*, size_t nargs, TupleObject* kw) {
  check_no_kwargs("__reduce__", kw);
  check_nargs("__reduce__", nargs, 0, 0);
  auto* d = static_cast<MemberDescrObject*>(self);
  Object* getattr_fn = get_attr(create_module_builtins(), intern("getattr"));
  return tuple_pack({getattr_fn, tuple_pack({d->objclass, d->name})});
}
const MethodDef memberdescr_methods[] = {
    {"__reduce__", member_reduce, METH_DEFAULT, "Helper for pickle."},
    {nullptr, nullptr, 0, nullptr}};

// ---- slot wrappers ------------------------------------------------------------------------------
Object* call_wrapped(SlotWrapperObject* w, Object* self, Object* const* args, size_t nargs,
                     TupleObject* kwnames);

Object* wrapper_get(Object* descr, Object* obj, Object*) {
  auto* w = static_cast<SlotWrapperObject*>(descr);
  if (!obj) return descr;
  descr_check(w->objclass, w->slot->name, obj);
  auto* m = alloc_object<MethodWrapperObject>(&MethodWrapper_Type);
  m->descr = w;
  m->self = obj;
  return m;
}
Object* wrapper_call(Object* descr, Object* const* args, size_t nargs, TupleObject* kwnames) {
  auto* w = static_cast<SlotWrapperObject*>(descr);
  if (nargs < 1)
    raise_type_error("descriptor '%s' of '%s' object needs an argument", w->slot->name,
                     w->objclass->tp_name);
  if (!is_subtype(type_of(args[0]), w->objclass))
    raise_type_error("descriptor '%s' requires a '%s' object but received a '%s'",
                     w->slot->name, w->objclass->tp_name, type_name(args[0]));
  return call_wrapped(w, args[0], args + 1, nargs - 1, kwnames);
}
Object* wrapper_repr(Object* descr) {
  auto* w = static_cast<SlotWrapperObject*>(descr);
  return str_format_c("<slot wrapper '%s' of '%s' objects>", w->slot->name, w->objclass->tp_name);
}
Object* methodwrapper_call(Object* self, Object* const* args, size_t nargs, TupleObject* kwnames) {
  auto* m = static_cast<MethodWrapperObject*>(self);
  return call_wrapped(m->descr, m->self, args, nargs, kwnames);
}
Object* methodwrapper_repr(Object* self) {
  auto* m = static_cast<MethodWrapperObject*>(self);
  return str_format_c("<method-wrapper '%s' of %s object at %p>", m->descr->slot->name,
                      type_name(m->self), static_cast<void*>(m->self));
}
Object* wrapper_get_name(Object* self) {
  return str_from_cstr(static_cast<SlotWrapperObject*>(self)->slot->name);
}
Object* wrapper_get_objclass(Object* self) { return static_cast<SlotWrapperObject*>(self)->objclass; }
Object* wrapper_get_qualname(Object* self) {
  auto* w = static_cast<SlotWrapperObject*>(self);
  return descr_qualname(w->objclass, w->slot->name);
}
const GetSetDef wrapper_getset[] = {
    {"__name__", wrapper_get_name, nullptr, nullptr},
    {"__qualname__", wrapper_get_qualname, nullptr, nullptr},
    {"__objclass__", wrapper_get_objclass, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr}};
Object* methodwrapper_get_name(Object* self) {
  return str_from_cstr(static_cast<MethodWrapperObject*>(self)->descr->slot->name);
}
Object* methodwrapper_get_self(Object* self) { return static_cast<MethodWrapperObject*>(self)->self; }
Object* methodwrapper_get_qualname(Object* self) {
  SlotWrapperObject* w = static_cast<MethodWrapperObject*>(self)->descr;
  return descr_qualname(w->objclass, w->slot->name);
}
Object* methodwrapper_get_objclass(Object* self) {
  return static_cast<MethodWrapperObject*>(self)->descr->objclass;
}
const GetSetDef methodwrapper_getset[] = {
    {"__name__", methodwrapper_get_name, nullptr, nullptr},
    {"__qualname__", methodwrapper_get_qualname, nullptr, nullptr},
    {"__objclass__", methodwrapper_get_objclass, nullptr, nullptr},
    {"__self__", methodwrapper_get_self, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr}};

void need_args(SlotWrapperObject* w, size_t nargs, size_t n, TupleObject* kwnames) {
  check_no_kwargs(w->slot->name, kwnames);
  if (nargs != n) {
    if (n == 0) raise_type_error("expected 0 arguments, got %zu", nargs);
    raise_type_error("expected %zu argument%s, got %zu", n, n == 1 ? "" : "s", nargs);
  }
}

Object* call_wrapped(SlotWrapperObject* w, Object* self, Object* const* args, size_t nargs,
                     TupleObject* kwnames) {
  void* fn = w->fn;
  switch (w->slot->kind) {
    case SlotKind::Unary:
      need_args(w, nargs, 0, kwnames);
      return reinterpret_cast<UnaryFn>(fn)(self);
    case SlotKind::BinaryL:
      need_args(w, nargs, 1, kwnames);
      return reinterpret_cast<BinaryFn>(fn)(self, args[0]);
    case SlotKind::BinaryR:
      need_args(w, nargs, 1, kwnames);
      return reinterpret_cast<BinaryFn>(fn)(args[0], self);
    case SlotKind::TernaryL:
      check_no_kwargs(w->slot->name, kwnames);
      check_nargs(w->slot->name, nargs, 1, 2);
      return reinterpret_cast<TernaryFn>(fn)(self, args[0], nargs > 1 ? args[1] : Py_None);
    case SlotKind::TernaryR:
      check_no_kwargs(w->slot->name, kwnames);
      check_nargs(w->slot->name, nargs, 1, 2);
      return reinterpret_cast<TernaryFn>(fn)(args[0], self, nargs > 1 ? args[1] : Py_None);
    case SlotKind::Hash:
      need_args(w, nargs, 0, kwnames);
      return int_from_intptr(reinterpret_cast<HashFn>(fn)(self));
    case SlotKind::Inquiry:
      need_args(w, nargs, 0, kwnames);
      return py_bool(reinterpret_cast<InquiryFn>(fn)(self));
    case SlotKind::Len:
      need_args(w, nargs, 0, kwnames);
      return int_from_intptr(reinterpret_cast<LenFn>(fn)(self));
    case SlotKind::Contains:
      need_args(w, nargs, 1, kwnames);
      return py_bool(reinterpret_cast<int (*)(Object*, Object*)>(fn)(self, args[0]));
    case SlotKind::RichCmp:
      need_args(w, nargs, 1, kwnames);
      return reinterpret_cast<RichCmpFn>(fn)(self, args[0], w->slot->op);
    case SlotKind::SetItem:
      need_args(w, nargs, 2, kwnames);
      reinterpret_cast<ObjObjArgFn>(fn)(self, args[0], args[1]);
      return Py_None;
    case SlotKind::DelItem:
      need_args(w, nargs, 1, kwnames);
      reinterpret_cast<ObjObjArgFn>(fn)(self, args[0], nullptr);
      return Py_None;
    case SlotKind::Call:
      return reinterpret_cast<CallFn>(fn)(self, args, nargs, kwnames);
    case SlotKind::IterNext: {
      need_args(w, nargs, 0, kwnames);
      Object* r = reinterpret_cast<IterNextFn>(fn)(self);
      if (!r) raise_stop_iteration(nullptr);
      return r;
    }
    case SlotKind::DescrGet: {
      // CPython's wrapper checks these with an empty function name (hence the leading space).
      check_no_kwargs(w->slot->name, kwnames);
      if (nargs < 1) raise_type_error(" expected at least 1 argument, got %zu", nargs);
      if (nargs > 2) raise_type_error(" expected at most 2 arguments, got %zu", nargs);
      Object* obj = args[0] == Py_None ? nullptr : args[0];
      Object* type = nargs > 1 && args[1] != Py_None ? args[1] : nullptr;
      if (!obj && !type) raise_type_error("__get__(None, None) is invalid");
      return reinterpret_cast<DescrGetFn>(fn)(self, obj, type);
    }
    case SlotKind::DescrSet:
      check_no_kwargs(w->slot->name, kwnames);
      if (nargs != 2) raise_type_error(" expected 2 arguments, got %zu", nargs);
      reinterpret_cast<DescrSetFn>(fn)(self, args[0], args[1]);
      return Py_None;
    case SlotKind::DescrDelete:
      need_args(w, nargs, 1, kwnames);
      reinterpret_cast<DescrSetFn>(fn)(self, args[0], nullptr);
      return Py_None;
    case SlotKind::Init:
      reinterpret_cast<InitFn>(fn)(self, args, nargs, kwnames);
      return Py_None;
    case SlotKind::GetAttribute: {
      need_args(w, nargs, 1, kwnames);
      if (!is_str(args[0]))
        raise_type_error("attribute name must be string, not '%s'", type_name(args[0]));
      StrObject* name = intern_str(static_cast<StrObject*>(args[0]));
      Object* r = reinterpret_cast<GetAttrFn>(fn)(self, name);
      if (!r) raise_attribute_error(self, name);
      return r;
    }
    case SlotKind::SetAttr:
    case SlotKind::DelAttr: {
      bool set = w->slot->kind == SlotKind::SetAttr;
      need_args(w, nargs, set ? 2 : 1, kwnames);
      if (!is_str(args[0]))
        raise_type_error("attribute name must be string, not '%s'", type_name(args[0]));
      reinterpret_cast<SetAttrFn>(fn)(self, intern_str(static_cast<StrObject*>(args[0])),
                                      set ? args[1] : nullptr);
      return Py_None;
    }
    case SlotKind::GetAttr:
    case SlotKind::New:
      break;
  }
  raise_type_error("cannot call slot wrapper '%s'", w->slot->name);
}

}  // namespace

Object* member_get(Object* obj, const MemberDef* def) {
  char* addr = reinterpret_cast<char*>(obj) + def->offset;
  switch (def->kind) {
    case MEMBER_OBJECT: {
      Object* v = *reinterpret_cast<Object**>(addr);
      return v ? v : Py_None;
    }
    case MEMBER_OBJECT_EX: {
      Object* v = *reinterpret_cast<Object**>(addr);
      if (!v) {
        raise_fmt(Exc_AttributeError, "'%s' object has no attribute '%s'", type_name(obj),
                  def->name);
      }
      return v;
    }
    case MEMBER_INTPTR:
      return int_from_intptr(*reinterpret_cast<intptr_t*>(addr));
    case MEMBER_BOOL:
      return py_bool(*reinterpret_cast<bool*>(addr));
  }
  return Py_None;
}

void member_set(Object* obj, const MemberDef* def, Object* value) {
  if (def->readonly) raise_fmt(Exc_AttributeError, "readonly attribute");
  char* addr = reinterpret_cast<char*>(obj) + def->offset;
  switch (def->kind) {
    case MEMBER_OBJECT:
    case MEMBER_OBJECT_EX: {
      Object** slot = reinterpret_cast<Object**>(addr);
      if (!value && def->kind == MEMBER_OBJECT_EX && !*slot)  // CPython: just the name
        raise(new_exception_msg(Exc_AttributeError, def->name));
      *slot = value;
      return;
    }
    case MEMBER_INTPTR:
      if (!value) raise_type_error("can't delete numeric/char attribute");
      *reinterpret_cast<intptr_t*>(addr) = int_as_intptr(number_index(value));
      return;
    case MEMBER_BOOL:
      if (!value) raise_type_error("can't delete numeric/char attribute");
      if (!is_bool(value)) raise_type_error("attribute value type must be bool");
      *reinterpret_cast<bool*>(addr) = value == Py_True;
      return;
  }
}

Object* new_method_descr(TypeObject* owner, const MethodDef* def) {
  auto* d = alloc_object<MethodDescrObject>(&MethodDescr_Type);
  d->def = def;
  d->objclass = owner;
  return d;
}

Object* new_classmethod_descr(TypeObject* owner, const MethodDef* def) {
  auto* d = alloc_object<MethodDescrObject>(&ClassMethodDescr_Type);
  d->def = def;
  d->objclass = owner;
  return d;
}

Object* new_getset_descr(TypeObject* owner, const GetSetDef* def) {
  auto* d = alloc_object<GetSetDescrObject>(&GetSetDescr_Type);
  d->def = def;
  d->objclass = owner;
  return d;
}

Object* new_member_descr(TypeObject* owner, const MemberDef* def) {
  auto* d = alloc_object<MemberDescrObject>(&MemberDescr_Type);
  d->def = def;
  d->objclass = owner;
  d->name = intern(def->name);
  return d;
}

Object* new_slot_wrapper(TypeObject* owner, const SlotDef* slot, void* fn) {
  auto* w = alloc_object<SlotWrapperObject>(&WrapperDescr_Type);
  w->slot = slot;
  w->objclass = owner;
  w->fn = fn;
  return w;
}

// CPython's _Py_HashPointer: the address rotated right by 4 bits.
static intptr_t pointer_hash(const void* p) {
  uintptr_t y = reinterpret_cast<uintptr_t>(p);
  return static_cast<intptr_t>((y >> 4) | (y << (8 * sizeof(y) - 4)));
}

// Bound builtins compare and hash by what they call and their (identical) self, as CPython's:
// l.append == l.append, but [].append != [].append.
static Object* builtin_richcompare(Object* a, Object* b, int op) {
  if ((op != CMP_EQ && op != CMP_NE) || type_of(a) != &BuiltinFunction_Type ||
      type_of(b) != &BuiltinFunction_Type)
    return Py_NotImplemented;
  auto* x = static_cast<BuiltinFunctionObject*>(a);
  auto* y = static_cast<BuiltinFunctionObject*>(b);
  bool same = x->def == y->def && x->self == y->self;
  return py_bool(op == CMP_EQ ? same : !same);
}
static intptr_t builtin_hash(Object* self) {
  auto* f = static_cast<BuiltinFunctionObject*>(self);
  intptr_t h = pointer_hash(f->self) ^ pointer_hash(f->def);
  return h == -1 ? -2 : h;
}
static Object* methodwrapper_richcompare(Object* a, Object* b, int op) {
  if ((op != CMP_EQ && op != CMP_NE) || type_of(a) != &MethodWrapper_Type ||
      type_of(b) != &MethodWrapper_Type)
    return Py_NotImplemented;
  auto* x = static_cast<MethodWrapperObject*>(a);
  auto* y = static_cast<MethodWrapperObject*>(b);
  bool same = x->descr == y->descr && x->self == y->self;
  return py_bool(op == CMP_EQ ? same : !same);
}
static intptr_t methodwrapper_hash(Object* self) {
  auto* w = static_cast<MethodWrapperObject*>(self);
  intptr_t h = pointer_hash(w->self) ^ pointer_hash(w->descr);
  return h == -1 ? -2 : h;
}

void init_descr_types() {
  TypeObject* t = &BuiltinFunction_Type;
  t->tp_name = "builtin_function_or_method";
  t->tp_basicsize = sizeof(BuiltinFunctionObject);
  t->tp_weaklistoffset = offsetof(BuiltinFunctionObject, weaklist);
  t->tp_richcompare = builtin_richcompare;
  t->tp_hash = builtin_hash;
  t->tp_call = builtin_call;
  t->tp_repr = builtin_repr;
  t->tp_getset = builtin_getset;

  t = &MethodDescr_Type;
  t->tp_name = "method_descriptor";
  t->tp_basicsize = sizeof(MethodDescrObject);
  t->tp_flags = TPFLAGS_METHOD_DESCRIPTOR;
  t->tp_descr_get = methoddescr_get;
  t->tp_call = methoddescr_call;
  t->tp_repr = methoddescr_repr;
  t->tp_getset = methoddescr_getset;

  t = &ClassMethodDescr_Type;
  t->tp_name = "classmethod_descriptor";
  t->tp_basicsize = sizeof(MethodDescrObject);
  t->tp_descr_get = classmethoddescr_get;
  t->tp_call = classmethoddescr_call;
  t->tp_repr = classmethoddescr_repr;
  t->tp_getset = methoddescr_getset;

  t = &GetSetDescr_Type;
  t->tp_name = "getset_descriptor";
  t->tp_basicsize = sizeof(GetSetDescrObject);
  t->tp_descr_get = getset_get;
  t->tp_descr_set = getset_set;
  t->tp_repr = getset_repr;
  t->tp_getset = getsetdescr_getset;

  t = &MemberDescr_Type;
  t->tp_name = "member_descriptor";
  t->tp_basicsize = sizeof(MemberDescrObject);
  t->tp_descr_get = member_descr_get;
  t->tp_descr_set = member_descr_set;
  t->tp_repr = member_descr_repr;
  t->tp_getset = memberdescr_getset;
  t->tp_members = memberdescr_members;
  t->tp_methods = memberdescr_methods;

  t = &WrapperDescr_Type;
  t->tp_name = "wrapper_descriptor";
  t->tp_basicsize = sizeof(SlotWrapperObject);
  t->tp_flags = TPFLAGS_METHOD_DESCRIPTOR;
  t->tp_descr_get = wrapper_get;
  t->tp_call = wrapper_call;
  t->tp_repr = wrapper_repr;
  t->tp_getset = wrapper_getset;

  t = &MethodWrapper_Type;
  t->tp_name = "method-wrapper";
  t->tp_basicsize = sizeof(MethodWrapperObject);
  t->tp_call = methodwrapper_call;
  t->tp_repr = methodwrapper_repr;
  t->tp_richcompare = methodwrapper_richcompare;
  t->tp_hash = methodwrapper_hash;
  t->tp_getset = methodwrapper_getset;
}

}  // namespace slotpy
