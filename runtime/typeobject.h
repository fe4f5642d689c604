// Type objects: readying builtin types, attribute lookup along the MRO, and the generic
// attribute protocol of `object`.
#pragma once

#include "runtime/object.h"

namespace slotpy {

// Completes a statically defined builtin type: sets ob_type (type), tp_base (object unless
// set), tp_bases, tp_mro, tp_dict with the entries of tp_methods/tp_getset/tp_members and one
// wrapper per special-method slot (so `int.__add__`, `[].__len__` exist), inherits unset slots
// from the base, and assigns a version tag. Called once per builtin type by runtime_init().
void type_ready(TypeObject* t);

// Looks `name` up in the type's MRO dicts; nullptr when missing. Cached per (type version, name).
Object* type_lookup(TypeObject* t, StrObject* name);
// Marks the type (and its subclasses) modified: caches keyed on its version are invalidated.
void type_modified(TypeObject* t);
// classobject.cpp: CPython's compatible_for_assignment (raises "<attr> assignment: 'New' object
// layout differs from 'Old'"), and the __bases__ setter.
void check_layout_compatible(TypeObject* oldto, TypeObject* newto, const char* attr);
void type_set_bases(Object* self, Object* value);

// object.__getattribute__ / __setattr__ (descriptors, instance dict at tp_dictoffset).
Object* generic_getattr(Object* obj, StrObject* name);  // nullptr when missing
void generic_setattr(Object* obj, StrObject* name, Object* value);
// Address of the instance-dict pointer of obj, or nullptr when its type has none.
DictObject** instance_dict_ptr(Object* obj);
// The word holding obj's first weak reference (tp_weaklistoffset), or nullptr when its type
// has none.
Object** instance_weaklist_ptr(Object* obj);

// Builtin function objects (`len`, `[].append`), method descriptors (`list.append`).
Object* new_builtin_function(const MethodDef* def, Object* self, Object* module = nullptr);
// Adds one builtin function per entry of `defs` (nullptr-terminated) to `dict`.
void add_functions(DictObject* dict, const MethodDef* defs, Object* module);

// Creates a subclass of `base` by name, for exception classes defined natively.
TypeObject* new_static_subtype(const char* name, TypeObject* base, const char* module = nullptr);

// Instance allocation for a type: one zeroed block of tp_basicsize (+ nitems * tp_itemsize).
Object* type_alloc(TypeObject* t, intptr_t nitems = 0);

// Guard for repr of containers: returns false if `o` is already being repr'd on this thread
// (print "[...]"); pair each true return with repr_leave(o).
bool repr_enter(Object* o);
void repr_leave(Object* o);

}  // namespace slotpy
