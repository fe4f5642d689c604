// Function objects, bound methods, cells, classmethod, staticmethod and property.
#include "runtime/funcobject.h"

#include <cstddef>

#include "runtime/args.h"
#include "runtime/dictobject.h"
#include "runtime/errors.h"
#include "runtime/frame.h"
#include "runtime/strobject.h"
#include "runtime/tupleobject.h"
#include "runtime/typeobject.h"

namespace slotpy {

TypeObject Function_Type, Method_Type, Cell_Type, ClassMethod_Type, StaticMethod_Type,
    Property_Type;

FunctionObject* function_new(CodeObject* code, DictObject* globals, StrObject* qualname) {
  auto* f = alloc_object<FunctionObject>(&Function_Type);
  f->code = code;
  f->globals = globals;
  f->name = code->name;
  f->qualname = qualname ? qualname : code->name;
  f->doc = Py_None;
  Object* mod = dict_get_cstr(globals, "__name__");
  f->module = mod ? mod : Py_None;
  Object* b = dict_get_cstr(globals, "__builtins__");
  if (b && is_dict(b)) {
    f->builtins = static_cast<DictObject*>(b);
  } else if (b && !is_small_int(b) && b->ob_type == &Module_Type) {
    f->builtins = *instance_dict_ptr(b);
  }
  return f;
}

Object* method_new(Object* func, Object* self) {
  auto* m = alloc_object<MethodObject>(&Method_Type);
  m->func = func;
  m->self = self;
  return m;
}

CellObject* cell_new(Object* ref) {
  auto* c = alloc_object<CellObject>(&Cell_Type);
  c->ref = ref;
  return c;
}

Object* new_staticmethod(Object* callable) {
  auto* s = alloc_object<ClassMethodObject>(&StaticMethod_Type);
  s->callable = callable;
  return s;
}

Object* new_classmethod(Object* callable) {
  auto* s = alloc_object<ClassMethodObject>(&ClassMethod_Type);
  s->callable = callable;
  return s;
}

namespace {

FunctionObject* fn(Object* o) { return static_cast<FunctionObject*>(o); }

Object* func_call(Object* self, Object* const* args, size_t nargs, TupleObject* kwnames) {
  return function_call(self, args, nargs, kwnames);
}
Object* func_descr_get(Object* self, Object* obj, Object*) {
  if (!obj) return self;
  return method_new(self, obj);
}
Object* func_repr(Object* self) {
  return str_format_c("<function %s at %p>", str_utf8(fn(self)->qualname), static_cast<void*>(self));
}
Object* func_get_name(Object* self) { return fn(self)->name; }
void func_set_name(Object* self, Object* v) {
  if (!v || !is_str(v)) raise_type_error("__name__ must be set to a string object");
  fn(self)->name = static_cast<StrObject*>(v);
}
Object* func_get_qualname(Object* self) { return fn(self)->qualname; }
void func_set_qualname(Object* self, Object* v) {
  if (!v || !is_str(v)) raise_type_error("__qualname__ must be set to a string object");
  fn(self)->qualname = static_cast<StrObject*>(v);
}
Object* func_get_code(Object* self) { return fn(self)->code; }
Object* func_get_defaults(Object* self) {
  Object* d = fn(self)->defaults;
  return d ? d : Py_None;
}
void func_set_defaults(Object* self, Object* v) {
  if (v == Py_None) v = nullptr;
  if (v && !is_tuple(v)) raise_type_error("__defaults__ must be set to a tuple object");
  fn(self)->defaults = static_cast<TupleObject*>(v);
}
Object* func_get_kwdefaults(Object* self) {
  Object* d = fn(self)->kwdefaults;
  return d ? d : Py_None;
}
void func_set_kwdefaults(Object* self, Object* v) {
  if (v == Py_None) v = nullptr;
  if (v && !is_dict(v)) raise_type_error("__kwdefaults__ must be set to a dict object");
  fn(self)->kwdefaults = static_cast<DictObject*>(v);
}
Object* func_get_closure(Object* self) {
  Object* c = fn(self)->closure;
  return c ? c : Py_None;
}
Object* func_get_globals(Object* self) { return fn(self)->globals; }
Object* func_get_dict(Object* self) {
  if (!fn(self)->dict) fn(self)->dict = dict_new();
  return fn(self)->dict;
}
Object* func_get_annotations(Object* self) {
  if (!fn(self)->annotations) fn(self)->annotations = dict_new();
  return fn(self)->annotations;
}
void func_set_annotations(Object* self, Object* v) { fn(self)->annotations = v; }
Object* func_get_doc(Object* self) { return fn(self)->doc; }
void func_set_doc(Object* self, Object* v) { fn(self)->doc = v ? v : Py_None; }
Object* func_get_module(Object* self) { return fn(self)->module; }
void func_set_module(Object* self, Object* v) { fn(self)->module = v ? v : Py_None; }
Object* func_get_builtins(Object* self) {
  Object* b = fn(self)->builtins;
  return b ? b : Py_None;
}

const GetSetDef func_getset[] = {
    {"__name__", func_get_name, func_set_name, nullptr},
    {"__qualname__", func_get_qualname, func_set_qualname, nullptr},
    {"__code__", func_get_code, nullptr, nullptr},
    {"__defaults__", func_get_defaults, func_set_defaults, nullptr},
    {"__kwdefaults__", func_get_kwdefaults, func_set_kwdefaults, nullptr},
    {"__closure__", func_get_closure, nullptr, nullptr},
    {"__globals__", func_get_globals, nullptr, nullptr},
    {"__builtins__", func_get_builtins, nullptr, nullptr},
    {"__dict__", func_get_dict, nullptr, nullptr},
    {"__annotations__", func_get_annotations, func_set_annotations, nullptr},
    {"__doc__", func_get_doc, func_set_doc, nullptr},
    {"__module__", func_get_module, func_set_module, nullptr},
    {nullptr, nullptr, nullptr, nullptr}};

// ---- bound methods -----------------------------------------------------------------------------
Object* method_call(Object* self, Object* const* args, size_t nargs, TupleObject* kwnames) {
  auto* m = static_cast<MethodObject*>(self);
  size_t nkw = kwnames ? tuple_size(kwnames) : 0;
  Object* buf[8];
  Object** all = nargs + nkw + 1 <= 8
                     ? buf
                     : static_cast<Object**>(gc_alloc(sizeof(Object*) * (nargs + nkw + 1)));
  all[0] = m->self;
  for (size_t i = 0; i < nargs + nkw; ++i) all[i + 1] = args[i];
  return call(m->func, all, nargs + 1, kwnames);
}
Object* method_repr(Object* self) {
  auto* m = static_cast<MethodObject*>(self);
  Object* name = get_attr_or_null(m->func, intern("__qualname__"));
  if (!name) name = get_attr_or_null(m->func, intern("__name__"));
  const char* n = name && is_str(name) ? str_utf8(static_cast<StrObject*>(name)) : "?";
  return str_format_c("<bound method %s of %s>", n, repr_cstr(m->self));
}
Object* method_getattro(Object* self, StrObject* name) {
  Object* r = generic_getattr(self, name);
  if (r) return r;
  return get_attr_or_null(static_cast<MethodObject*>(self)->func, name);
}
Object* method_richcompare(Object* a, Object* b, int op) {
  if ((op != CMP_EQ && op != CMP_NE) || type_of(b) != &Method_Type) return Py_NotImplemented;
  auto* x = static_cast<MethodObject*>(a);
  auto* y = static_cast<MethodObject*>(b);
  bool e = x->self == y->self && eq(x->func, y->func);
  return py_bool(op == CMP_EQ ? e : !e);
}
intptr_t method_hash(Object* self) {
  auto* m = static_cast<MethodObject*>(self);
  intptr_t h = hash(m->func) ^ static_cast<intptr_t>(reinterpret_cast<uintptr_t>(m->self) >> 4);
  return h == -1 ? -2 : h;
}
// A bound method's __doc__ is its function's.
Object* method_get_doc(Object* self) {
  Object* d = get_attr_or_null(static_cast<MethodObject*>(self)->func, intern("__doc__"));
  return d ? d : Py_None;
}
const GetSetDef method_getset[] = {
    {"__doc__", method_get_doc, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr}};

// types.MethodType(function, instance).
Object* method_tp_new(TypeObject*, Object* const* args, size_t nargs, TupleObject* kwnames) {
  check_no_kwargs("method", kwnames);
  check_nargs("method", nargs, 2, 2);
  if (!type_of(args[0])->tp_call) raise_type_error("first argument must be callable");
  if (args[1] == Py_None) raise_type_error("instance must not be None");
  return method_new(args[0], args[1]);
}

const MemberDef method_members[] = {
    {"__func__", MEMBER_OBJECT, offsetof(MethodObject, func), true, "the function (or other callable) implementing a method"},
    {"__self__", MEMBER_OBJECT, offsetof(MethodObject, self), true, "the instance to which a method is bound"},
    {nullptr, MEMBER_OBJECT, 0, false, nullptr}};

// ---- cells -------------------------------------------------------------------------------------
Object* cell_get_contents(Object* self) {
  Object* r = static_cast<CellObject*>(self)->ref;
  if (!r) raise_fmt(Exc_ValueError, "Cell is empty");
  return r;
}
void cell_set_contents(Object* self, Object* v) { static_cast<CellObject*>(self)->ref = v; }
const GetSetDef cell_getset[] = {
    {"cell_contents", cell_get_contents, cell_set_contents, nullptr},
    {nullptr, nullptr, nullptr, nullptr}};
Object* cell_repr(Object* self) {
  Object* r = static_cast<CellObject*>(self)->ref;
  if (!r) return str_format_c("<cell at %p: empty>", static_cast<void*>(self));
  return str_format_c("<cell at %p: %s object at %p>", static_cast<void*>(self), type_name(r),
                      static_cast<void*>(r));
}

// ---- classmethod / staticmethod --------------------------------------------------------------
Object* cm_new(TypeObject* type, Object* const* args, size_t nargs, TupleObject* kwnames) {
  check_no_kwargs(type == &ClassMethod_Type ? "classmethod" : "staticmethod", kwnames);
  check_nargs(type == &ClassMethod_Type ? "classmethod" : "staticmethod", nargs, 1, 1);
  auto* s = static_cast<ClassMethodObject*>(type_alloc(type));
  s->callable = args[0];
  // As functools.wraps (CPython 3.10+): the wrapper shows the function's name, doc, ...
  s->dict = dict_new();
  for (const char* n : {"__module__", "__name__", "__qualname__", "__doc__", "__annotations__"})
    if (Object* v = get_attr_or_null(args[0], intern(n))) dict_set_cstr(s->dict, n, v);
  return s;
}
void cm_init(Object*, Object* const*, size_t, TupleObject*) {}
Object* classmethod_get(Object* self, Object* obj, Object* type) {
  if (!type) type = type_of(obj);
  Object* f = static_cast<ClassMethodObject*>(self)->callable;
  if (DescrGetFn g = type_of(f)->tp_descr_get; g && type_of(f) != &Function_Type)
    return g(f, type, nullptr);
  return method_new(f, type);
}
Object* staticmethod_get(Object* self, Object*, Object*) {
  return static_cast<ClassMethodObject*>(self)->callable;
}
Object* staticmethod_call(Object* self, Object* const* args, size_t nargs, TupleObject* kwnames) {
  return call(static_cast<ClassMethodObject*>(self)->callable, args, nargs, kwnames);
}
Object* cm_get_func(Object* self) { return static_cast<ClassMethodObject*>(self)->callable; }
Object* cm_get_dict(Object* self) {
  auto* s = static_cast<ClassMethodObject*>(self);
  if (!s->dict) s->dict = dict_new();
  return s->dict;
}
Object* cm_get_isabstract(Object* self) {
  Object* v = get_attr_or_null(static_cast<ClassMethodObject*>(self)->callable,
                               intern("__isabstractmethod__"));
  return v ? py_bool(is_true(v)) : Py_False;
}
const GetSetDef cm_getset[] = {
    {"__func__", cm_get_func, nullptr, nullptr},
    {"__wrapped__", cm_get_func, nullptr, nullptr},
    {"__dict__", cm_get_dict, nullptr, nullptr},
    {"__isabstractmethod__", cm_get_isabstract, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr}};
Object* cm_repr(Object* self) {
  return str_format_c("<%s(%s)>", type_name(self),
                      repr_cstr(static_cast<ClassMethodObject*>(self)->callable));
}

// ---- property ---------------------------------------------------------------------------------
PropertyObject* prop(Object* o) { return static_cast<PropertyObject*>(o); }
Object* property_new(TypeObject* type, Object* const*, size_t, TupleObject*) {
  auto* p = static_cast<PropertyObject*>(type_alloc(type));
  p->fget = p->fset = p->fdel = p->doc = Py_None;
  return p;
}
void property_init(Object* self, Object* const* args, size_t nargs, TupleObject* kwnames) {
  static const char* const names[] = {"fget", "fset", "fdel", "doc"};
  Object* v[4];
  parse_args("property", args, nargs, kwnames, names, 4, 0, 0, 4, v);
  auto* p = prop(self);
  p->fget = v[0] ? v[0] : Py_None;
  p->fset = v[1] ? v[1] : Py_None;
  p->fdel = v[2] ? v[2] : Py_None;
  p->doc = v[3] ? v[3] : Py_None;
  if (p->doc == Py_None && p->fget != Py_None) {
    Object* d = get_attr_or_null(p->fget, intern("__doc__"));
    if (d) p->doc = d;
  }
  // A subclass of property keeps the doc in its instance dict (its own class __doc__ would
  // hide the field otherwise), as CPython does.
  if (type_of(self) != &Property_Type && p->doc != Py_None)
    set_attr(self, intern("__doc__"), p->doc);
}
const char* prop_qualname(PropertyObject* p, Object* obj) {
  (void)obj;
  if (p->name) return str_utf8(p->name);
  if (p->fget != Py_None) {
    Object* n = get_attr_or_null(p->fget, intern("__name__"));
    if (n && is_str(n)) return str_utf8(static_cast<StrObject*>(n));
  }
  return nullptr;
}
Object* property_get(Object* self, Object* obj, Object*) {
  auto* p = prop(self);
  if (!obj) return self;
  if (p->fget == Py_None) {
    const char* n = prop_qualname(p, obj);
    if (n)
      raise_fmt(Exc_AttributeError, "property '%s' of '%s' object has no getter", n, type_name(obj));
    raise_fmt(Exc_AttributeError, "unreadable attribute");
  }
  return call1(p->fget, obj);
}
void property_set(Object* self, Object* obj, Object* value) {
  auto* p = prop(self);
  Object* f = value ? p->fset : p->fdel;
  if (f == Py_None) {
    const char* n = prop_qualname(p, obj);
    if (n)
      raise_fmt(Exc_AttributeError, "property '%s' of '%s' object has no %s", n, type_name(obj),
                value ? "setter" : "deleter");
    raise_fmt(Exc_AttributeError, value ? "can't set attribute" : "can't delete attribute");
  }
  if (value) call2(f, obj, value);
  else call1(f, obj);
}
Object* property_copy(Object* self, Object* fget, Object* fset, Object* fdel) {
  auto* p = prop(self);
  Object* args[4] = {fget ? fget : p->fget, fset ? fset : p->fset, fdel ? fdel : p->fdel, p->doc};
  Object* r = call(type_of(self), args, 4);
  if (is_instance(r, &Property_Type)) prop(r)->name = p->name;
  return r;
}
Object* property_getter(Object* self, Object* const* args, size_t nargs, TupleObject* kw) {
  check_no_kwargs("getter", kw);
  check_nargs("getter", nargs, 1, 1);
  return property_copy(self, args[0], nullptr, nullptr);
}
Object* property_setter(Object* self, Object* const* args, size_t nargs, TupleObject* kw) {
  check_no_kwargs("setter", kw);
  check_nargs("setter", nargs, 1, 1);
  return property_copy(self, nullptr, args[0], nullptr);
}
Object* property_deleter(Object* self, Object* const* args, size_t nargs, TupleObject* kw) {
  check_no_kwargs("deleter", kw);
  check_nargs("deleter", nargs, 1, 1);
  return property_copy(self, nullptr, nullptr, args[0]);
}
Object* property_set_name(Object* self, Object* const* args, size_t nargs, TupleObject* kw) {
  check_no_kwargs("__set_name__", kw);
  check_nargs("__set_name__", nargs, 2, 2);
  if (is_str(args[1])) prop(self)->name = static_cast<StrObject*>(args[1]);
  return Py_None;
}
const MethodDef property_methods[] = {
    {"getter", property_getter, METH_DEFAULT, "Descriptor to obtain a copy of the property with a different getter."},
    {"setter", property_setter, METH_DEFAULT, "Descriptor to obtain a copy of the property with a different setter."},
    {"deleter", property_deleter, METH_DEFAULT, "Descriptor to obtain a copy of the property with a different deleter."},
    {"__set_name__", property_set_name, METH_DEFAULT, "Method to set name of a property."},
    {nullptr, nullptr, 0, nullptr}};
// True when the getter, setter or deleter is abstract (abc.abstractmethod).
Object* property_get_isabstract(Object* self) {
  auto* p = static_cast<PropertyObject*>(self);
  for (Object* f : {p->fget, p->fset, p->fdel}) {
    if (!f || f == Py_None) continue;
    Object* v = get_attr_or_null(f, intern("__isabstractmethod__"));
    if (v && is_true(v)) return Py_True;
  }
  return Py_False;
}
const GetSetDef property_getset[] = {
    {"__isabstractmethod__", property_get_isabstract, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr}};

const MemberDef property_members[] = {
    {"fget", MEMBER_OBJECT, offsetof(PropertyObject, fget), true, nullptr},
    {"fset", MEMBER_OBJECT, offsetof(PropertyObject, fset), true, nullptr},
    {"fdel", MEMBER_OBJECT, offsetof(PropertyObject, fdel), true, nullptr},
    {"__doc__", MEMBER_OBJECT, offsetof(PropertyObject, doc), false, nullptr},
    {nullptr, MEMBER_OBJECT, 0, false, nullptr}};

}  // namespace

void init_function_types() {
  TypeObject* t = &Function_Type;
  t->tp_name = "function";
  t->tp_basicsize = sizeof(FunctionObject);
  t->tp_flags = TPFLAGS_METHOD_DESCRIPTOR;
  t->tp_dictoffset = offsetof(FunctionObject, dict);
  t->tp_weaklistoffset = offsetof(FunctionObject, weaklist);
  t->tp_call = func_call;
  t->tp_descr_get = func_descr_get;
  t->tp_repr = func_repr;
  t->tp_getset = func_getset;

  t = &Method_Type;
  t->tp_name = "method";
  t->tp_basicsize = sizeof(MethodObject);
  t->tp_call = method_call;
  t->tp_repr = method_repr;
  t->tp_getattro = method_getattro;
  t->tp_richcompare = method_richcompare;
  t->tp_hash = method_hash;
  t->tp_members = method_members;
  t->tp_getset = method_getset;
  t->tp_new = method_tp_new;

  t = &Cell_Type;
  t->tp_name = "cell";
  t->tp_basicsize = sizeof(CellObject);
  t->tp_getset = cell_getset;
  t->tp_repr = cell_repr;

  t = &ClassMethod_Type;
  t->tp_name = "classmethod";
  t->tp_basicsize = sizeof(ClassMethodObject);
  t->tp_flags = TPFLAGS_BASETYPE;
  t->tp_dictoffset = offsetof(ClassMethodObject, dict);
  t->tp_new = cm_new;
  t->tp_init = cm_init;
  t->tp_descr_get = classmethod_get;
  t->tp_getset = cm_getset;
  t->tp_repr = cm_repr;

  t = &StaticMethod_Type;
  t->tp_name = "staticmethod";
  t->tp_basicsize = sizeof(ClassMethodObject);
  t->tp_flags = TPFLAGS_BASETYPE;
  t->tp_dictoffset = offsetof(ClassMethodObject, dict);
  t->tp_new = cm_new;
  t->tp_init = cm_init;
  t->tp_descr_get = staticmethod_get;
  t->tp_call = staticmethod_call;
  t->tp_getset = cm_getset;
  t->tp_repr = cm_repr;

  t = &Property_Type;
  t->tp_name = "property";
  t->tp_basicsize = sizeof(PropertyObject);
  t->tp_flags = TPFLAGS_BASETYPE;
  t->tp_new = property_new;
  t->tp_init = property_init;
  t->tp_descr_get = property_get;
  t->tp_descr_set = property_set;
  t->tp_methods = property_methods;
  t->tp_members = property_members;
  t->tp_getset = property_getset;
}

}  // namespace slotpy
