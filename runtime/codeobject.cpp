// Code objects and the opcode tables.
#include "runtime/codeobject.h"

#include "runtime/intobject.h"
#include "runtime/strobject.h"
#include "runtime/tupleobject.h"
#include "runtime/typeobject.h"

namespace slotpy {

TypeObject Code_Type;

const char* const g_opcode_names[OP_COUNT] = {
#define SLOTPY_OPNAME_(name, arg, cache) #name,
    SLOTPY_OPCODES(SLOTPY_OPNAME_)
#undef SLOTPY_OPNAME_
};
const bool g_opcode_has_arg[OP_COUNT] = {
#define SLOTPY_OPARG_(name, arg, cache) arg != 0,
    SLOTPY_OPCODES(SLOTPY_OPARG_)
#undef SLOTPY_OPARG_
};
const bool g_opcode_has_cache[OP_COUNT] = {
#define SLOTPY_OPCACHE_(name, arg, cache) cache != 0,
    SLOTPY_OPCODES(SLOTPY_OPCACHE_)
#undef SLOTPY_OPCACHE_
};

int code_line_of(Object* code, int lasti) {
  auto* co = static_cast<CodeObject*>(code);
  if (lasti < 0 || lasti >= co->ncode) return co->firstlineno;
  return co->positions[lasti].lineno;
}

const ExcEntry* code_find_handler(CodeObject* co, int lasti) {
  // Entries are sorted and disjoint: binary search.
  int lo = 0, hi = co->nexc;
  while (lo < hi) {
    int mid = (lo + hi) / 2;
    const ExcEntry& e = co->exctable[mid];
    if (lasti < e.start) hi = mid;
    else if (lasti >= e.end) lo = mid + 1;
    else return &e;
  }
  return nullptr;
}

namespace {
CodeObject* as_code(Object* o) { return static_cast<CodeObject*>(o); }
Object* code_repr(Object* self) {
  CodeObject* co = as_code(self);
  return str_format_c("<code object %s at %p, file \"%s\", line %d>", str_utf8(co->name),
                      static_cast<void*>(self), str_utf8(co->filename), co->firstlineno);
}
Object* get_name(Object* s) { return as_code(s)->name; }
Object* get_qualname(Object* s) { return as_code(s)->qualname; }
Object* get_filename(Object* s) { return as_code(s)->filename; }
Object* get_firstlineno(Object* s) { return make_small_int(as_code(s)->firstlineno); }
Object* get_argcount(Object* s) { return make_small_int(as_code(s)->argcount); }
Object* get_posonly(Object* s) { return make_small_int(as_code(s)->posonlyargcount); }
Object* get_kwonly(Object* s) { return make_small_int(as_code(s)->kwonlyargcount); }
Object* get_nlocals(Object* s) { return make_small_int(as_code(s)->nlocals); }
// CO_NOFREE is the compiler's own note: CPython 3.11 no longer shows it in co_flags.
Object* get_flags(Object* s) { return make_small_int(as_code(s)->flags & ~CO_NOFREE); }
Object* get_consts(Object* s) { return as_code(s)->consts; }
Object* get_names(Object* s) { return as_code(s)->names; }
Object* get_varnames(Object* s) { return as_code(s)->varnames; }
Object* get_cellvars(Object* s) { return as_code(s)->cellvars; }
Object* get_freevars(Object* s) { return as_code(s)->freevars; }
Object* get_stacksize(Object* s) { return make_small_int(as_code(s)->stacksize); }
const GetSetDef code_getset[] = {
    {"co_name", get_name, nullptr, nullptr},
    {"co_qualname", get_qualname, nullptr, nullptr},
    {"co_filename", get_filename, nullptr, nullptr},
    {"co_firstlineno", get_firstlineno, nullptr, nullptr},
    {"co_argcount", get_argcount, nullptr, nullptr},
    {"co_posonlyargcount", get_posonly, nullptr, nullptr},
    {"co_kwonlyargcount", get_kwonly, nullptr, nullptr},
    {"co_nlocals", get_nlocals, nullptr, nullptr},
    {"co_flags", get_flags, nullptr, nullptr},
    {"co_consts", get_consts, nullptr, nullptr},
    {"co_names", get_names, nullptr, nullptr},
    {"co_varnames", get_varnames, nullptr, nullptr},
    {"co_cellvars", get_cellvars, nullptr, nullptr},
    {"co_freevars", get_freevars, nullptr, nullptr},
    {"co_stacksize", get_stacksize, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr}};
}  // namespace

void init_code_type() {
  Code_Type.tp_name = "code";
  Code_Type.tp_basicsize = sizeof(CodeObject);
  Code_Type.tp_repr = code_repr;
  Code_Type.tp_getset = code_getset;
}

}  // namespace slotpy
