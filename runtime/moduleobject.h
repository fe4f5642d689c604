// Module objects and the table of native modules.
#pragma once

#include "runtime/object.h"

namespace slotpy {

struct ModuleObject : Object {
  DictObject* dict;    // the module namespace (tp_dictoffset points here)
  Object* weaklist;    // the first weak reference (tp_weaklistoffset points here)
  const char* origin;  // for repr() without __file__: "built-in", "frozen", or nullptr
};

// A new module with __name__ set (and __doc__ None).
ModuleObject* module_new(const char* name);
inline DictObject* module_dict(Object* m) { return static_cast<ModuleObject*>(m)->dict; }
// Adds name = value to the module's namespace.
void module_add(Object* m, const char* name, Object* value);
// Adds one builtin function per entry of defs (nullptr-terminated).
void module_add_functions(Object* m, const MethodDef* defs);

void init_module_type();

// Native modules, defined once: X(name). Each stdlib/<name>module.cpp defines
// `Object* create_module_<name>()`, which builds and returns the module object; `import name`
// calls it the first time.
#define SLOTPY_NATIVE_MODULES(X) X(sys) X(array) X(zlib) X(math) X(time) X(_weakref) X(gc) X(_operator) X(itertools) X(_functools) X(_random) X(cmath) X(posix) X(_collections) X(_abc) X(_sre) X(atexit) X(_json) X(unicodedata) X(select) X(_posixsubprocess) X(_signal) X(_ast) X(_coroutines)
#define SLOTPY_DECLARE_MODULE_(name) Object* create_module_##name();
SLOTPY_NATIVE_MODULES(SLOTPY_DECLARE_MODULE_)
#undef SLOTPY_DECLARE_MODULE_
// Native modules whose Python name is no good C++ identifier: X(id, "name"), the module `name`
// built by `Object* create_module_<id>()` (stdlib/<id>module.cpp).
#define SLOTPY_NATIVE_MODULES_NAMED(X) X(future, "__future__")
#define SLOTPY_DECLARE_MODULE_(id, name) Object* create_module_##id();
SLOTPY_NATIVE_MODULES_NAMED(SLOTPY_DECLARE_MODULE_)
#undef SLOTPY_DECLARE_MODULE_
// The builtins module (stdlib/builtins.cpp): created once, also entered in sys.modules.
Object* create_module_builtins();

}  // namespace slotpy
