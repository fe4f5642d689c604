// The sys module, and "struct sequences" (named tuples of native modules such as
// sys.version_info and time.struct_time).
#pragma once

#include "runtime/object.h"

namespace slotpy {

// Command line, set by main before the program runs (may be called before or after the sys
// module is created): sys.argv = argv[0..argc), and sys.path[0] = dir (the script's directory,
// "" for -c and stdin).
void sys_set_argv(int argc, char** argv);
void sys_set_argv_list(Object* list);
void sys_set_path0(const char* dir);

// sys.modules (created on first use, so the import machinery can use it before sys exists).
DictObject* sys_modules();
// The sys module (created on first use; create_module_sys() returns the same object).
Object* sys_module();
// An attribute of sys as the program sees it now (sys.stdout after reassignment...), or
// nullptr when missing.
Object* sys_get(const char* name);

// Struct sequences: a tuple subclass whose items also have names. The first `n_visible` fields
// are the tuple items; the others (up to n_fields) are attributes only (time.struct_time's
// tm_zone, tm_gmtoff). `instantiable`: the type can be called with one sequence argument.
TypeObject* structseq_new_type(const char* name, const char* const* fields, int n_fields,
                               int n_visible, bool instantiable, const char* doc = nullptr);
// A new instance from n_fields values.
Object* structseq_new(TypeObject* type, Object* const* values);

}  // namespace slotpy
