// The import system: sys.modules, the native modules (moduleobject.h), and .py modules and
// packages found on sys.path (sys.path[0] is the main script's directory).
#pragma once

#include "runtime/codeobject.h"
#include "runtime/object.h"

namespace slotpy {

// IMPORT_NAME: __import__(name, globals, None, fromlist, level).
Object* import_name(StrObject* name, Object* globals, Object* fromlist, int level);
// IMPORT_FROM: `from module import name`.
Object* import_from(Object* module, StrObject* name);
// IMPORT_STAR: binds the public names of module in the namespace `locals`.
void import_star(Object* module, Object* locals);
// FORMAT_VALUE: f"{value!conversion:spec}" (conversion 0 none, 1 !s, 2 !r, 3 !a; spec may be
// nullptr).
Object* format_value(Object* value, int conversion, Object* spec);
// Runs a code object as the body of a new module object registered in sys.modules as `name`.
Object* exec_code_module(const char* name, CodeObject* code, const char* file);

}  // namespace slotpy
