// Code objects: the compiled form of a module, class body, function, lambda or comprehension.
#pragma once

#include "runtime/object.h"
#include "runtime/opcodes.h"

namespace slotpy {

enum CodeFlags : uint32_t {
  CO_OPTIMIZED = 0x1,
  CO_NEWLOCALS = 0x2,
  CO_VARARGS = 0x4,
  CO_VARKEYWORDS = 0x8,
  CO_NESTED = 0x10,
  CO_GENERATOR = 0x20,
  CO_NOFREE = 0x40,
  CO_COROUTINE = 0x80,
  CO_ITERABLE_COROUTINE = 0x100,
  CO_ASYNC_GENERATOR = 0x200,
};
// Calling a function whose code has one of these flags makes a generator-like object.
constexpr uint32_t kGenLikeFlags = CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR;

// Source span of one instruction (1-based lines, 0-based UTF-8 byte columns; -1: unknown).
struct CodePos {
  int32_t lineno, end_lineno;
  int32_t col, end_col;
};

// One run of instructions [start, end) whose exceptions go to `target`, with the value stack
// cut to `depth` items (plus the instruction index pushed first when `lasti`).
struct ExcEntry {
  int32_t start, end, target, depth;
  bool lasti;
};

// Per-instruction-site cache for LOAD_GLOBAL / LOAD_ATTR / STORE_ATTR / LOAD_METHOD.
struct InlineCache {
  uint64_t version;   // globals dict version, or type version tag
  uint64_t version2;  // builtins dict version (LOAD_GLOBAL)
  intptr_t index;     // dict entry index (or -1)
  Object* value;      // cached descriptor/method
  int kind;
};

struct CodeObject : Object {
  uint32_t* code;
  int32_t ncode;
  int32_t argcount, posonlyargcount, kwonlyargcount;
  int32_t nlocals;   // len(varnames)
  int32_t ncells;    // len(cellvars)
  int32_t nfrees;    // len(freevars)
  int32_t stacksize;
  uint32_t flags;
  int32_t firstlineno;
  TupleObject* consts;
  TupleObject* names;     // interned strs
  TupleObject* varnames;
  TupleObject* cellvars;
  TupleObject* freevars;
  int32_t* cell2arg;      // per cellvar: index of the argument it holds, or -1
  StrObject* name;
  StrObject* qualname;
  StrObject* filename;
  StrObject* source;      // interactive input: the text compiled, for tracebacks; else nullptr
  CodePos* positions;     // one per instruction word
  ExcEntry* exctable;
  int32_t nexc;
  InlineCache* caches;
  int32_t ncaches;
};

// Line of the instruction at index `lasti`.
int code_line_of(Object* code, int lasti);
// The handler entry for an exception at instruction `lasti`, or nullptr.
const ExcEntry* code_find_handler(CodeObject* code, int lasti);

void init_code_type();

}  // namespace slotpy
