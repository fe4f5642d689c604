// The __future__ module: the record of the language's phased-in features, with CPython 3.11's
// feature names, releases and compiler flags. The compiler itself recognizes
// `from __future__ import ...` (compiler/symtable.cpp); this module is what that statement
// imports at run time. The small _Feature class is defined by running Python source in the
// module's namespace, so that it is an ordinary class of module '__future__' as in CPython.
#include "runtime/compile_text.h"
#include "runtime/dictobject.h"
#include "runtime/frame.h"
#include "runtime/moduleobject.h"
#include "runtime/strobject.h"

namespace slotpy {

namespace {

const char kFutureSource[] = R"PY(
all_feature_names = [
    "nested_scopes", "generators", "division", "absolute_import", "with_statement",
    "print_function", "unicode_literals", "barry_as_FLUFL", "generator_stop", "annotations",
]
__all__ = ["all_feature_names"] + all_feature_names

CO_NESTED = 0x10
CO_GENERATOR_ALLOWED = 0
CO_FUTURE_DIVISION = 0x20000
CO_FUTURE_ABSOLUTE_IMPORT = 0x40000
CO_FUTURE_WITH_STATEMENT = 0x80000
CO_FUTURE_PRINT_FUNCTION = 0x100000
CO_FUTURE_UNICODE_LITERALS = 0x200000
CO_FUTURE_BARRY_AS_BDFL = 0x400000
CO_FUTURE_GENERATOR_STOP = 0x800000
CO_FUTURE_ANNOTATIONS = 0x1000000


class _Feature:

    def __init__(self, optionalRelease, mandatoryRelease, compiler_flag):
        self.optional = optionalRelease
        self.mandatory = mandatoryRelease
        self.compiler_flag = compiler_flag

    def getOptionalRelease(self):
        """The release (a sys.version_info-like 5-tuple) that made the feature optional."""
        return self.optional

    def getMandatoryRelease(self):
        """The release (a 5-tuple) that makes the feature mandatory, or None if undecided."""
        return self.mandatory

    def __repr__(self):
        return "_Feature" + repr((self.optional, self.mandatory, self.compiler_flag))


nested_scopes = _Feature((2, 1, 0, "beta", 1), (2, 2, 0, "alpha", 0), CO_NESTED)
generators = _Feature((2, 2, 0, "alpha", 1), (2, 3, 0, "final", 0), CO_GENERATOR_ALLOWED)
division = _Feature((2, 2, 0, "alpha", 2), (3, 0, 0, "alpha", 0), CO_FUTURE_DIVISION)
absolute_import = _Feature((2, 5, 0, "alpha", 1), (3, 0, 0, "alpha", 0),
                           CO_FUTURE_ABSOLUTE_IMPORT)
with_statement = _Feature((2, 5, 0, "alpha", 1), (2, 6, 0, "alpha", 0),
                          CO_FUTURE_WITH_STATEMENT)
print_function = _Feature((2, 6, 0, "alpha", 2), (3, 0, 0, "alpha", 0),
                          CO_FUTURE_PRINT_FUNCTION)
unicode_literals = _Feature((2, 6, 0, "alpha", 2), (3, 0, 0, "alpha", 0),
                            CO_FUTURE_UNICODE_LITERALS)
barry_as_FLUFL = _Feature((3, 1, 0, "alpha", 2), (4, 0, 0, "alpha", 0),
                          CO_FUTURE_BARRY_AS_BDFL)
generator_stop = _Feature((3, 5, 0, "beta", 1), (3, 7, 0, "alpha", 0),
                          CO_FUTURE_GENERATOR_STOP)
annotations = _Feature((3, 7, 0, "beta", 1), None, CO_FUTURE_ANNOTATIONS)
)PY";

}  // namespace

Object* create_module_future() {
  ModuleObject* m = module_new("__future__");
  module_add(m, "__doc__",
             str_from_cstr("Record of phased-in incompatible language changes.\n\n"
                           "Each feature name is bound to a _Feature instance: the release in\n"
                           "which the feature became optional (getOptionalRelease()), the\n"
                           "release in which it became or will become mandatory\n"
                           "(getMandatoryRelease(), None when undetermined), and the compiler\n"
                           "flag (compiler_flag) that enables it in compile().\n"));
  DictObject* d = module_dict(m);
  dict_set_cstr(d, "__builtins__", create_module_builtins());
  CodeObject* code = compile_text(kFutureSource, "<frozen __future__>", SourceMode::Exec);
  eval_code(code, d, d);
  return m;
}

}  // namespace slotpy
