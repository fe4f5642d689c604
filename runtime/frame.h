// Frames and the interpreter loop.
#pragma once

#include "runtime/codeobject.h"
#include "runtime/funcobject.h"
#include "runtime/object.h"

namespace slotpy {

struct Frame {
  CodeObject* code;
  FunctionObject* func;     // nullptr for module and exec code
  DictObject* globals;
  DictObject* builtins;
  Object* locals;           // namespace mapping for module/class code; nullptr in functions
  Frame* back;
  Object** sp;              // value stack top (saved while suspended or calling)
  int32_t lasti;            // index of the current instruction
  bool is_generator;        // lives in the heap, owned by a generator object
  Object* localsplus[];     // nlocals + ncells + nfrees, then the value stack
};

// The thread's interpreter state.
struct ThreadState {
  Frame* frame = nullptr;   // innermost executing frame
  int depth = 0;            // Python call depth
  int recursion_limit = 1000;
  Object* handled = nullptr;   // the exception being handled (sys.exc_info())
  char* stack_base = nullptr;  // C stack at startup
  size_t stack_limit = 0;      // bytes of C stack we allow ourselves
  size_t stack_reserve = 0;    // bytes kept back beyond stack_limit
  bool recursion_headroom = false;  // creating a RecursionError: limits relaxed
};
extern ThreadState g_ts;

// Runs a module/exec code object with the given namespaces.
Object* eval_code(CodeObject* code, DictObject* globals, Object* locals);
// Calls a Python function (vectorcall).
Object* function_call(Object* func, Object* const* args, size_t nargs, TupleObject* kwnames);
// Resumes a generator frame with `value` sent in (or an exception thrown in when `throwing`):
// returns the yielded value, or nullptr when the generator returned (the return value is then
// stored in *retval).
Object* generator_resume(GeneratorObject* gen, Object* value, bool throwing, Object** retval);

// What locals() returns for frame f: the namespace of module/class code, else a new dict.
Object* frame_locals(Frame* f);

// Zero-argument super(): the __class__ cell and the first argument of the calling function.
// Raises RuntimeError (returns false) when they are missing.
bool frame_super_args(TypeObject** type, Object** obj);

// Recursion checks for native re-entry into Python (repr, sort keys, ...).
void enter_recursive_call(const char* where);
// Raises RecursionError (called with g_ts.depth already incremented past a limit).
void recursion_overflow(const char* where);
inline void leave_recursive_call() { --g_ts.depth; }
struct RecursionGuard {
  explicit RecursionGuard(const char* where) { enter_recursive_call(where); }
  ~RecursionGuard() { leave_recursive_call(); }
  RecursionGuard(const RecursionGuard&) = delete;
  RecursionGuard& operator=(const RecursionGuard&) = delete;
};

}  // namespace slotpy
