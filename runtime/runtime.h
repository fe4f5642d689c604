// Starting the runtime: every builtin type, the builtins module and the core modules.
#pragma once

#include "runtime/object.h"

namespace slotpy {

// Boehm GC set up as slotpy uses it; call instead of GC_INIT() at the start of main.
// Interior pointers are recognized only from the C stack and registers (Boehm always accepts
// those) and at the offsets slotpy stores in heap objects (a str's text inside a shared
// buffer: StrBuf::data); heap and root words must otherwise point to an object's start. This
// drops Boehm's extra byte per allocation, so a 32-byte instance takes 32 bytes, not 48.
void gc_init();

// Initializes everything once (GC must already be initialized with gc_init()). `stack_base` is
// an address in main's frame: the C-stack recursion check measures from it.
void runtime_init(int argc, char** argv, char* stack_base = nullptr);

// Finalizers (weakref callbacks, file closing) run only at safe points: the collector sets
// g_finalizers_pending (and the eval breaker, runtime/signals.h), and the interpreter loop calls
// run_pending_finalizers on a loop back-edge (stdlib/weakrefmodule.cpp).
extern bool g_finalizers_pending;
void run_pending_finalizers();

// Type initializers of files that have no header of their own (called by runtime_init only).
void init_type_and_object_types();   // typeobject.cpp
void init_singleton_types();         // singletons.cpp
void init_super_type();              // classobject.cpp
void init_seqiter_type();            // abstract.cpp
void init_generator_type();          // genobject.cpp
void runtime_stack_init(char* base); // eval.cpp

}  // namespace slotpy
