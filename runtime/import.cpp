// The import system.
//
// `import a.b.c` imports a, then a.b, then a.b.c, each once: a module is looked up in
// sys.modules, then among the native modules (stdlib/*module.cpp), then as `<dir>/a.py` or the
// package `<dir>/a/__init__.py` for each directory of sys.path (for a submodule: of the
// package's __path__), and last among the Python modules compiled into the binary
// (runtime/frozen.h: stdlib/lib, where CPython has its stdlib directory at the end of sys.path).
// A module is entered in sys.modules before its body runs (so circular imports see the partly
// initialized module) and removed again if the body raises.
#include "runtime/import.h"

#include <sys/stat.h>

#include <cstring>
#include <fstream>
#include <sstream>
#include <string>

#include "runtime/compile_text.h"
#include "runtime/dictobject.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/frame.h"
#include "runtime/frozen.h"
#include "runtime/listobject.h"
#include "runtime/moduleobject.h"
#include "runtime/strobject.h"
#include "runtime/tupleobject.h"
#include "runtime/typeobject.h"
#include "stdlib/sysmodule.h"

namespace slotpy {

namespace {

bool is_file(const std::string& p) {
  struct stat st;
  return ::stat(p.c_str(), &st) == 0 && S_ISREG(st.st_mode);
}

[[noreturn]] void module_not_found(const std::string& name) {
  Object* exc = new_exception_msg(Exc_ModuleNotFoundError,
                                  ("No module named '" + name + "'").c_str());
  static_cast<ImportErrorObject*>(exc)->name = str_from(name);
  raise(exc);
}

Object* native_module_new(const std::string& name);

// A native module, marked built-in for its repr.
Object* native_module(const std::string& name) {
  Object* m = native_module_new(name);
  if (m && type_of(m) == &Module_Type) static_cast<ModuleObject*>(m)->origin = "built-in";
  return m;
}

Object* native_module_new(const std::string& name) {
#define SLOTPY_NATIVE_CASE_(n) \
  if (name == #n) return create_module_##n();
  SLOTPY_NATIVE_MODULES(SLOTPY_NATIVE_CASE_)
#undef SLOTPY_NATIVE_CASE_
#define SLOTPY_NATIVE_CASE_(id, n) \
  if (name == n) return create_module_##id();
  SLOTPY_NATIVE_MODULES_NAMED(SLOTPY_NATIVE_CASE_)
#undef SLOTPY_NATIVE_CASE_
  if (name == "builtins") return create_module_builtins();
  return nullptr;
}

// Finds `leaf` in the directories of `path` (a list of str): the file to run and whether it is a
// package's __init__.py.
bool find_source(Object* path, const std::string& leaf, std::string* file, std::string* pkgdir) {
  if (!path || !is_list(path)) return false;
  auto* l = static_cast<ListObject*>(path);
  for (intptr_t i = 0; i < l->size; ++i) {
    Object* e = l->items[i];
    if (!is_str(e)) continue;
    std::string dir = str_utf8(static_cast<StrObject*>(e));
    std::string base = dir.empty() ? leaf : dir + "/" + leaf;
    if (is_file(base + "/__init__.py")) {
      *file = base + "/__init__.py";
      *pkgdir = base;
      return true;
    }
    if (is_file(base + ".py")) {
      *file = base + ".py";
      pkgdir->clear();
      return true;
    }
  }
  return false;
}

// Runs `text` as the body of the new module `name`. `file` is its __file__ (none for a
// frozen module, whose code names "<frozen NAME>"); a package gets __path__ = [pkgdir] (empty
// for a frozen package, whose submodules are frozen too).
Object* run_module_source(const std::string& name, const std::string& text, const std::string& file,
                          bool package, const std::string& pkgdir, bool frozen) {
  std::string code_file = frozen ? "<frozen " + name + ">" : file;
  CodeObject* code = compile_text(text, code_file.c_str(), SourceMode::Exec);
  ModuleObject* m = module_new(name.c_str());
  DictObject* d = module_dict(m);
  if (frozen) m->origin = "frozen";
  else dict_set_cstr(d, "__file__", str_from(file));
  if (package) {
    ListObject* p = list_new(0);
    if (!frozen) list_append(p, str_from(pkgdir));
    dict_set_cstr(d, "__path__", p);
    dict_set_cstr(d, "__package__", str_from(name));
  } else {
    size_t dot = name.rfind('.');
    dict_set_cstr(d, "__package__", str_from(dot == std::string::npos ? "" : name.substr(0, dot)));
  }
  dict_set_cstr(d, "__builtins__", create_module_builtins());
  DictObject* modules = sys_modules();
  Object* key = str_from(name);
  dict_set(modules, key, m);
  try {
    eval_code(code, d, d);
  } catch (PyError&) {
    Object* e = current_exception();
    clear_exception();
    dict_del(modules, key);
    set_current_exception(e);
    throw;
  }
  // The module may have replaced itself in sys.modules.
  Object* r = dict_get(modules, key);
  return r ? r : m;
}

// Imports one fully qualified module whose parent (if any) is already imported.
Object* import_one(const std::string& name, Object* parent) {
  DictObject* modules = sys_modules();
  Object* key = str_from(name);
  if (Object* m = dict_get(modules, key)) {
    if (m == Py_None) module_not_found(name);
    return m;
  }
  if (!parent) {
    if (Object* m = native_module(name)) {
      if (!dict_get(modules, key)) dict_set(modules, key, m);
      return m;
    }
  }
  std::string leaf = name.substr(name.rfind('.') == std::string::npos ? 0 : name.rfind('.') + 1);
  Object* path;
  if (parent) {
    static StrObject* path_name = intern("__path__");
    path = get_attr_or_null(parent, path_name);
    if (!path) {
      std::string pname = name.substr(0, name.rfind('.'));
      Object* exc = new_exception_msg(
          Exc_ModuleNotFoundError,
          ("No module named '" + name + "'; '" + pname + "' is not a package").c_str());
      static_cast<ImportErrorObject*>(exc)->name = str_from(name);
      raise(exc);
    }
  } else {
    path = sys_get("path");
  }
  std::string file, pkgdir;
  Object* m;
  if (find_source(path, leaf, &file, &pkgdir)) {
    std::ifstream in(file, std::ios::binary);
    if (!in) raise_os_error(errno, str_from(file));
    std::ostringstream ss;
    ss << in.rdbuf();
    m = run_module_source(name, ss.str(), file, !pkgdir.empty(), pkgdir, false);
  } else if (const FrozenModule* fm = find_frozen_module(name)) {
    m = run_module_source(name, std::string(fm->source, fm->size), "", fm->package, "", true);
  } else {
    module_not_found(name);
  }
  if (parent) {
    // Bind the submodule as an attribute of its package.
    set_attr(parent, intern(leaf.c_str()), m);
  }
  return m;
}

// The package that relative imports in `globals` are relative to.
std::string resolve_relative(const std::string& name, Object* globals, int level) {
  std::string package;
  if (globals && is_dict(globals)) {
    auto* g = static_cast<DictObject*>(globals);
    Object* p = dict_get_cstr(g, "__package__");
    if (p && is_str(p)) {
      package = str_utf8(static_cast<StrObject*>(p));
    } else if (Object* n = dict_get_cstr(g, "__name__"); n && is_str(n)) {
      package = str_utf8(static_cast<StrObject*>(n));
      if (!dict_get_cstr(g, "__path__")) {
        size_t dot = package.rfind('.');
        package = dot == std::string::npos ? "" : package.substr(0, dot);
      }
    }
  }
  if (package.empty())
    raise_fmt(Exc_ImportError, "attempted relative import with no known parent package");
  for (int i = 1; i < level; ++i) {
    size_t dot = package.rfind('.');
    if (dot == std::string::npos)
      raise_fmt(Exc_ImportError, "attempted relative import beyond top-level package");
    package.resize(dot);
  }
  return name.empty() ? package : package + "." + name;
}

}  // namespace

Object* import_name(StrObject* name_obj, Object* globals, Object* fromlist, int level) {
  std::string name = str_utf8(name_obj);
  if (level > 0) name = resolve_relative(name, globals, level);
  else if (name.empty()) raise_value_error("Empty module name");
  // Import every prefix a, a.b, a.b.c.
  Object* top = nullptr;
  Object* m = nullptr;
  size_t start = 0;
  for (;;) {
    size_t dot = name.find('.', start);
    std::string prefix = name.substr(0, dot);
    m = import_one(prefix, m);
    if (!top) top = m;
    if (dot == std::string::npos) break;
    start = dot + 1;
  }
  bool has_fromlist = fromlist && fromlist != Py_None && is_true(fromlist);
  if (!has_fromlist) {
    if (level == 0) return top;
    // `from . import x` never gets here (it has a fromlist); `import .a` is not valid syntax.
    return m;
  }
  // from package import submodule: import the submodules named in fromlist.
  static StrObject* path_name = intern("__path__");
  if (get_attr_or_null(m, path_name)) {
    Object* it = get_iter(fromlist);
    while (Object* item = iter_next(it)) {
      if (!is_str(item)) continue;
      std::string sub = str_utf8(static_cast<StrObject*>(item));
      if (sub == "*") continue;
      if (get_attr_or_null(m, static_cast<StrObject*>(intern_str(static_cast<StrObject*>(item)))))
        continue;
      try {
        import_one(name + "." + sub, m);
      } catch (PyError&) {
        // a missing submodule is reported by IMPORT_FROM as "cannot import name"
        if (!exception_matches(Exc_ModuleNotFoundError)) throw;
        clear_exception();
      }
    }
  }
  return m;
}

Object* import_from(Object* module, StrObject* name) {
  if (Object* v = get_attr_or_null(module, name)) return v;
  // A submodule imported since (circular imports): look in sys.modules.
  static StrObject* name_name = intern("__name__");
  Object* modname = get_attr_or_null(module, name_name);
  if (modname && is_str(modname)) {
    std::string full = std::string(str_utf8(static_cast<StrObject*>(modname))) + "." + str_utf8(name);
    if (Object* m = dict_get(sys_modules(), str_from(full))) return m;
  }
  std::string mod = modname && is_str(modname) ? str_utf8(static_cast<StrObject*>(modname))
                                               : "<unknown module name>";
  static StrObject* file_name = intern("__file__");
  Object* file = get_attr_or_null(module, file_name);
  std::string where = file && is_str(file) ? str_utf8(static_cast<StrObject*>(file))
                                           : "unknown location";
  Object* exc = new_exception_msg(
      Exc_ImportError,
      ("cannot import name '" + std::string(str_utf8(name)) + "' from '" + mod + "' (" + where + ")")
          .c_str());
  static_cast<ImportErrorObject*>(exc)->name = modname ? modname : Py_None;
  if (file) static_cast<ImportErrorObject*>(exc)->path = file;
  raise(exc);
}

void import_star(Object* module, Object* locals) {
  static StrObject* all_name = intern("__all__");
  static StrObject* dict_name = intern("__dict__");
  Object* all = get_attr_or_null(module, all_name);
  auto bind = [&](Object* k, Object* v) {
    if (is_dict(locals)) dict_set(static_cast<DictObject*>(locals), k, v);
    else set_item(locals, k, v);
  };
  if (all) {
    Object* it = get_iter(all);
    while (Object* k = iter_next(it)) {
      if (!is_str(k))
        raise_type_error("Item in %s.__all__ must be str, not %s", "module", type_name(k));
      bind(k, get_attr(module, static_cast<StrObject*>(intern_str(static_cast<StrObject*>(k)))));
    }
    return;
  }
  Object* d = get_attr(module, dict_name);
  if (!is_dict(d)) raise_fmt(Exc_ImportError, "from-import-* object has no __dict__ and no __all__");
  intptr_t pos = 0;
  Object *k, *v;
  while (dict_next(static_cast<DictObject*>(d), &pos, &k, &v)) {
    if (is_str(k) && str_utf8(static_cast<StrObject*>(k))[0] == '_') continue;
    bind(k, v);
  }
}

Object* exec_code_module(const char* name, CodeObject* code, const char* file) {
  ModuleObject* m = module_new(name);
  DictObject* d = module_dict(m);
  if (file) dict_set_cstr(d, "__file__", str_from_cstr(file));
  dict_set_cstr(d, "__builtins__", create_module_builtins());
  dict_set_cstr(d, "__package__", Py_None);
  dict_set(sys_modules(), str_from_cstr(name), m);
  eval_code(code, d, d);
  return m;
}

// FORMAT_VALUE: f"{value!conv:spec}".
Object* format_value(Object* value, int conversion, Object* spec) {
  switch (conversion) {
    case 1: value = str(value); break;
    case 2: value = repr(value); break;
    case 3: {
      static Object* ascii_fn = nullptr;
      if (!ascii_fn) ascii_fn = dict_get_cstr(module_dict(create_module_builtins()), "ascii");
      value = call1(ascii_fn, value);
      break;
    }
    default: break;
  }
  if (!spec && is_str_exact(value)) return value;
  if (!spec) spec = Empty_Str;
  return format(value, spec);
}

}  // namespace slotpy
