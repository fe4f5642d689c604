// Module objects.
#include "runtime/moduleobject.h"

#include <cstddef>

#include "runtime/args.h"
#include "runtime/dictobject.h"
#include "runtime/errors.h"
#include "runtime/strobject.h"
#include "runtime/typeobject.h"

namespace slotpy {

TypeObject Module_Type;

ModuleObject* module_new(const char* name) {
  auto* m = alloc_object<ModuleObject>(&Module_Type);
  m->dict = dict_new();
  dict_set_cstr(m->dict, "__name__", str_from_cstr(name));
  dict_set_cstr(m->dict, "__doc__", Py_None);
  dict_set_cstr(m->dict, "__package__", Py_None);
  dict_set_cstr(m->dict, "__loader__", Py_None);
  dict_set_cstr(m->dict, "__spec__", Py_None);
  return m;
}

void module_add(Object* m, const char* name, Object* value) {
  dict_set_cstr(module_dict(m), name, value);
}

void module_add_functions(Object* m, const MethodDef* defs) {
  add_functions(module_dict(m), defs, m);
}

namespace {
Object* module_repr(Object* self) {
  DictObject* d = module_dict(self);
  Object* name = dict_get_cstr(d, "__name__");
  Object* file = dict_get_cstr(d, "__file__");
  const char* n = name && is_str(name) ? str_utf8(static_cast<StrObject*>(name)) : "?";
  if (file && is_str(file))
    return str_format_c("<module '%s' from '%s'>", n, str_utf8(static_cast<StrObject*>(file)));
  if (auto* m = static_cast<ModuleObject*>(self); m->origin)
    return str_format_c("<module '%s' (%s)>", n, m->origin);
  return str_format_c("<module '%s'>", n);
}
Object* module_getattro(Object* self, StrObject* name) {
  Object* r = generic_getattr(self, name);
  if (r) return r;
  static StrObject* ga = intern("__getattr__");
  Object* hook = dict_get_str(module_dict(self), ga);
  if (hook) return call1(hook, name);
  return nullptr;
}
Object* module_new_tp(TypeObject* type, Object* const*, size_t, TupleObject*) {
  auto* m = static_cast<ModuleObject*>(type_alloc(type));
  m->dict = dict_new();
  return m;
}
void module_init(Object* self, Object* const* args, size_t nargs, TupleObject* kwnames) {
  static const char* const names[] = {"name", "doc"};
  Object* v[2];
  parse_args("module", args, nargs, kwnames, names, 2, 1, 0, 2, v);
  DictObject* d = module_dict(self);
  dict_set_cstr(d, "__name__", v[0]);
  dict_set_cstr(d, "__doc__", v[1] ? v[1] : Py_None);
  dict_set_cstr(d, "__package__", Py_None);
  dict_set_cstr(d, "__loader__", Py_None);
  dict_set_cstr(d, "__spec__", Py_None);
}
Object* module_get_dict(Object* self) { return module_dict(self); }
// __annotations__ is made on first use, as in CPython 3.10+.
StrObject* annotations_name() {
  static StrObject* n = intern("__annotations__");
  return n;
}
Object* module_get_annotations(Object* self) {
  DictObject* d = module_dict(self);
  Object* a = dict_get_str(d, annotations_name());
  if (!a) {
    a = dict_new();
    dict_set(d, annotations_name(), a);
  }
  return a;
}
void module_set_annotations(Object* self, Object* value) {
  DictObject* d = module_dict(self);
  if (value) {
    dict_set(d, annotations_name(), value);
  } else if (!dict_get_str(d, annotations_name())) {
    raise_fmt(Exc_AttributeError, "__annotations__");
  } else {
    dict_del(d, annotations_name());
  }
}
const GetSetDef module_getset[] = {{"__dict__", module_get_dict, nullptr, nullptr},
                                   {"__annotations__", module_get_annotations, module_set_annotations, nullptr},
                                   {nullptr, nullptr, nullptr, nullptr}};
}  // namespace

void init_module_type() {
  TypeObject* t = &Module_Type;
  t->tp_name = "module";
  t->tp_basicsize = sizeof(ModuleObject);
  t->tp_flags = TPFLAGS_BASETYPE;
  t->tp_dictoffset = offsetof(ModuleObject, dict);
  t->tp_weaklistoffset = offsetof(ModuleObject, weaklist);
  t->tp_repr = module_repr;
  t->tp_getattro = module_getattro;
  t->tp_new = module_new_tp;
  t->tp_init = module_init;
  t->tp_getset = module_getset;
}

}  // namespace slotpy
