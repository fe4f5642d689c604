// The interpreter loop: executes code objects on frames.
//
// Dispatch uses computed goto where the compiler supports it (a table of label addresses
// generated from the opcode list), and a switch otherwise. Python-to-Python calls re-enter
// eval_frame on a new frame carved from a per-thread frame stack (GC-scanned, never freed), so a
// call allocates nothing but its frame slice; generator frames live in the heap.
//
// Errors are C++ exceptions (PyError). The try/catch around the dispatch loop costs nothing until
// an exception is thrown; the handler consults the code's exception table, cuts the value stack,
// pushes the exception and continues at the handler, or records a traceback entry and rethrows.
#include "runtime/frame.h"

#include <sys/resource.h>

#include <gc/gc.h>
#include <gc/gc_mark.h>

#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "runtime/descrobject.h"
#include "runtime/dictobject.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/floatobject.h"
#include "runtime/genobject.h"
#include "runtime/import.h"
#include "runtime/intobject.h"
#include "runtime/listobject.h"
#include "runtime/rangeobject.h"
#include "runtime/runtime.h"
#include "runtime/signals.h"
#include "stdlib/sysmodule.h"
#include "runtime/setobject.h"
#include "runtime/strobject.h"
#include "runtime/tupleobject.h"
#include "runtime/typeobject.h"

#if defined(__GNUC__) && !defined(SLOTPY_NO_COMPUTED_GOTO)
#define SLOTPY_COMPUTED_GOTO 1
#endif

namespace slotpy {

ThreadState g_ts;

// A Python function call that reports an exception by returning nullptr (no C++ throw).
Object* function_call_noraise(FunctionObject* f, Object* const* args, size_t nargs,
                              TupleObject* kwnames);


namespace {

// ---- the frame stack -----------------------------------------------------------------------
constexpr size_t kChunkWords = 1 << 18;  // 2 MiB per chunk
struct Chunk {
  Chunk* prev;
  Object** limit;
  Object** top;
  Object* data[];
};
Chunk* g_chunk = nullptr;

// The chunks are uncollectable but not scanned as a whole: at each collection only their used
// part [data, top) is pushed as a root range, so a deep frame stack costs what it uses.
GC_push_other_roots_proc g_prev_push_roots = nullptr;
void GC_CALLBACK push_frame_stack_roots() {
  for (Chunk* c = g_chunk; c; c = c->prev) GC_push_all(c->data, c->top);
  if (g_prev_push_roots) g_prev_push_roots();
}

Frame* push_frame(CodeObject* co) {
  size_t words = (sizeof(Frame) / sizeof(Object*)) + co->nlocals + co->ncells + co->nfrees +
                 co->stacksize + 1;
  if (!g_chunk || g_chunk->top + words > g_chunk->limit) {
    size_t n = words > kChunkWords ? words : kChunkWords;
    static bool hooked = false;
    if (!hooked) {
      hooked = true;
      g_prev_push_roots = GC_get_push_other_roots();
      GC_set_push_other_roots(push_frame_stack_roots);
    }
    auto* c = static_cast<Chunk*>(
        GC_MALLOC_ATOMIC_UNCOLLECTABLE(sizeof(Chunk) + n * sizeof(Object*)));
    if (!c) raise_memory_error();
    c->prev = g_chunk;
    c->limit = c->data + n;
    c->top = c->data;
    g_chunk = c;
  }
  auto* f = reinterpret_cast<Frame*>(g_chunk->top);
  g_chunk->top += words;
  std::memset(static_cast<void*>(f), 0, words * sizeof(Object*));
  f->code = co;
  f->lasti = -1;  // not started
  return f;
}

void pop_frame(Frame* f) {
  Object** p = reinterpret_cast<Object**>(f);
  while (g_chunk && !(p >= g_chunk->data && p < g_chunk->limit)) {
    Chunk* prev = g_chunk->prev;
    GC_FREE(g_chunk);
    g_chunk = prev;
  }
  if (g_chunk) g_chunk->top = p;
}

Frame* heap_frame(CodeObject* co) {
  size_t words = (sizeof(Frame) / sizeof(Object*)) + co->nlocals + co->ncells + co->nfrees +
                 co->stacksize + 1;
  auto* f = static_cast<Frame*>(gc_alloc(words * sizeof(Object*)));
  f->code = co;
  f->lasti = -1;
  f->is_generator = true;
  return f;
}

// ---- argument binding (CPython's messages) ----------------------------------------------------
const char* fname(FunctionObject* f) { return str_utf8(f->qualname); }

std::string join_names(const std::vector<std::string>& names) {
  std::string s;
  for (size_t i = 0; i < names.size(); ++i) {
    if (i) s += names.size() == 2 ? " and " : (i + 1 == names.size() ? ", and " : ", ");
    s += "'" + names[i] + "'";
  }
  return s;
}

[[noreturn]] void missing_args(FunctionObject* f, Object** locals, int start, int end, bool kwonly) {
  std::vector<std::string> names;
  CodeObject* co = f->code;
  for (int i = start; i < end; ++i)
    if (!locals[i]) names.push_back(str_utf8(static_cast<StrObject*>(co->varnames->items[i])));
  raise_type_error("%s() missing %zu required %s argument%s: %s", fname(f), names.size(),
                   kwonly ? "keyword-only" : "positional", names.size() == 1 ? "" : "s",
                   join_names(names).c_str());
}

[[noreturn]] void too_many_positional(FunctionObject* f, size_t given, Object** locals) {
  CodeObject* co = f->code;
  int defcount = f->defaults ? static_cast<int>(f->defaults->ob_size) : 0;
  int kwonly_given = 0;
  for (int i = co->argcount; i < co->argcount + co->kwonlyargcount; ++i)
    if (locals[i]) ++kwonly_given;
  std::string sig;
  char buf[128];
  if (defcount) {
    std::snprintf(buf, sizeof buf, "from %d to %d", co->argcount - defcount, co->argcount);
    sig = buf;
  } else {
    std::snprintf(buf, sizeof buf, "%d", co->argcount);
    sig = buf;
  }
  bool plural = defcount ? true : co->argcount != 1;
  if (kwonly_given) {
    raise_type_error(
        "%s() takes %s positional argument%s but %zu positional argument%s (and %d keyword-only "
        "argument%s) were given",
        fname(f), sig.c_str(), plural ? "s" : "", given, given == 1 ? "" : "s", kwonly_given,
        kwonly_given == 1 ? "" : "s");
  }
  raise_type_error("%s() takes %s positional argument%s but %zu %s given", fname(f), sig.c_str(),
                   plural ? "s" : "", given, given == 1 ? "was" : "were");
}

void bind_args(FunctionObject* f, Frame* fr, Object* const* args, size_t nargs, TupleObject* kwnames) {
  CodeObject* co = f->code;
  Object** locals = fr->localsplus;
  int argcount = co->argcount;
  int total = argcount + co->kwonlyargcount;
  bool varargs = co->flags & CO_VARARGS;
  bool varkw = co->flags & CO_VARKEYWORDS;
  DictObject* kwdict = nullptr;
  if (varkw) {
    kwdict = dict_new();
    locals[total + (varargs ? 1 : 0)] = kwdict;
  }
  size_t n = nargs < static_cast<size_t>(argcount) ? nargs : argcount;
  for (size_t i = 0; i < n; ++i) locals[i] = args[i];
  if (varargs) {
    locals[total] = nargs > n ? tuple_from(args + n, nargs - n) : Empty_Tuple;
  }
  intptr_t nkw = kwnames ? kwnames->ob_size : 0;
  for (intptr_t k = 0; k < nkw; ++k) {
    Object* key = kwnames->items[k];
    Object* value = args[nargs + k];
    int found = -1;
    for (int i = co->posonlyargcount; i < total; ++i) {
      if (co->varnames->items[i] == key) {
        found = i;
        break;
      }
    }
    if (found < 0) {
      for (int i = co->posonlyargcount; i < total; ++i) {
        if (str_eq(static_cast<StrObject*>(co->varnames->items[i]), static_cast<StrObject*>(key))) {
          found = i;
          break;
        }
      }
    }
    if (found < 0) {
      if (kwdict) {
        dict_set(kwdict, key, value);
        continue;
      }
      for (int i = 0; i < co->posonlyargcount; ++i) {
        if (str_eq(static_cast<StrObject*>(co->varnames->items[i]), static_cast<StrObject*>(key))) {
          // Name every positional-only parameter passed by keyword, in parameter order.
          std::string names;
          for (int p = 0; p < co->posonlyargcount; ++p) {
            auto* pn = static_cast<StrObject*>(co->varnames->items[p]);
            for (intptr_t j = 0; j < kwnames->ob_size; ++j) {
              if (str_eq(pn, static_cast<StrObject*>(kwnames->items[j]))) {
                if (!names.empty()) names += ", ";
                names += str_utf8(pn);
                break;
              }
            }
          }
          raise_type_error("%s() got some positional-only arguments passed as keyword arguments: '%s'",
                           fname(f), names.c_str());
        }
      }
      raise_type_error("%s() got an unexpected keyword argument '%s'", fname(f),
                       str_utf8(static_cast<StrObject*>(key)));
    }
    if (locals[found])
      raise_type_error("%s() got multiple values for argument '%s'", fname(f),
                       str_utf8(static_cast<StrObject*>(key)));
    locals[found] = value;
  }
  if (nargs > static_cast<size_t>(argcount) && !varargs) too_many_positional(f, nargs, locals);
  // Defaults.
  if (nargs < static_cast<size_t>(argcount)) {
    int defcount = f->defaults ? static_cast<int>(f->defaults->ob_size) : 0;
    int first_default = argcount - defcount;
    for (int i = static_cast<int>(nargs); i < argcount; ++i) {
      if (!locals[i] && i >= first_default) locals[i] = f->defaults->items[i - first_default];
    }
    for (int i = static_cast<int>(nargs); i < first_default; ++i)
      if (!locals[i]) missing_args(f, locals, static_cast<int>(nargs), first_default, false);
  }
  for (int i = argcount; i < total; ++i) {
    if (locals[i]) continue;
    Object* d = f->kwdefaults ? dict_get(f->kwdefaults, co->varnames->items[i]) : nullptr;
    if (d) locals[i] = d;
  }
  for (int i = argcount; i < total; ++i)
    if (!locals[i]) missing_args(f, locals, argcount, total, true);
}

void init_cells(Frame* fr, CodeObject* co, TupleObject* closure) {
  Object** cells = fr->localsplus + co->nlocals;
  for (int i = 0; i < co->ncells; ++i) {
    int a = co->cell2arg[i];
    cells[i] = cell_new(a >= 0 ? fr->localsplus[a] : nullptr);
  }
  for (int i = 0; i < co->nfrees; ++i) cells[co->ncells + i] = closure->items[i];
}

Object* eval_frame(Frame* f, Object* sent, bool throwing);

}  // namespace

// ---- recursion -------------------------------------------------------------------------------------
// Past the limit (depth already incremented): raises RecursionError. While that exception is
// being created (which may run Python code: a RecursionError subclass's __init__, ...), the
// limits are 50 calls / the stack reserve higher, as in CPython; beyond those it is fatal.
void recursion_overflow(const char* where) {
  if (g_ts.recursion_headroom) {
    char here;
    if (g_ts.depth <= g_ts.recursion_limit + 50 &&
        static_cast<size_t>(g_ts.stack_base - &here) <= g_ts.stack_limit + g_ts.stack_reserve / 2)
      return;
    std::fputs("Fatal Python error: Cannot recover from stack overflow.\n", stderr);
    std::abort();
  }
  --g_ts.depth;
  g_ts.recursion_headroom = true;
  Object* exc;
  try {
    char buf[128];
    std::snprintf(buf, sizeof buf, "maximum recursion depth exceeded%s", where);
    exc = new_exception_msg(Exc_RecursionError, buf);
  } catch (...) {
    g_ts.recursion_headroom = false;
    throw;
  }
  g_ts.recursion_headroom = false;
  raise(exc);
}

void enter_recursive_call(const char* where) {
  char here;
  if (++g_ts.depth > g_ts.recursion_limit ||
      static_cast<size_t>(g_ts.stack_base - &here) > g_ts.stack_limit)
    recursion_overflow(where);
}

namespace {
void init_stack_limits() {
  struct rlimit rl;
  size_t limit = 8u << 20;
  if (getrlimit(RLIMIT_STACK, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY) limit = rl.rlim_cur;
  if (limit > (256u << 20)) limit = 256u << 20;
  g_ts.stack_reserve = limit / 8 > (512u << 10) ? limit / 8 : (512u << 10);
  g_ts.stack_limit = limit - g_ts.stack_reserve;
}
}  // namespace

void runtime_stack_init(char* base) {
  init_stack_limits();
  g_ts.stack_base = base;
}

// ---- calls --------------------------------------------------------------------------------------
// Calling a generator function: binds the arguments in a heap frame, runs nothing yet.
Object* make_generator(FunctionObject* f, Object* const* args, size_t nargs, TupleObject* kwnames) {
  CodeObject* co = f->code;
  Frame* fr = heap_frame(co);
  fr->func = f;
  fr->globals = f->globals;
  fr->builtins = f->builtins;
  bind_args(f, fr, args, nargs, kwnames);
  init_cells(fr, co, f->closure);
  fr->sp = fr->localsplus + co->nlocals + co->ncells + co->nfrees;
  fr->lasti = -1;
  GeneratorObject* g = gen_alloc_for(co->flags);
  g->frame = fr;
  g->code = co;
  g->name = f->name;
  g->qualname = f->qualname;
  return g;
}

Object* function_call(Object* callable, Object* const* args, size_t nargs, TupleObject* kwnames) {
  auto* f = static_cast<FunctionObject*>(callable);
  CodeObject* co = f->code;
  if (co->flags & kGenLikeFlags) return make_generator(f, args, nargs, kwnames);
  Object* r = function_call_noraise(f, args, nargs, kwnames);
  if (!r) throw PyError{};
  return r;
}

// Pops a frame when leaving the scope (also when an exception passes).
struct FramePopper {
  Frame* fr;
  ~FramePopper() { pop_frame(fr); }
};

Object* function_call_noraise(FunctionObject* f, Object* const* args, size_t nargs,
                              TupleObject* kwnames) {
  CodeObject* co = f->code;
  Frame* fr = push_frame(co);
  FramePopper popper{fr};
  fr->func = f;
  fr->globals = f->globals;
  fr->builtins = f->builtins;
  // Fast path: exact positional arguments, no defaults needed.
  if (!kwnames && nargs == static_cast<size_t>(co->argcount) && co->kwonlyargcount == 0 &&
      !(co->flags & (CO_VARARGS | CO_VARKEYWORDS))) {
    for (size_t i = 0; i < nargs; ++i) fr->localsplus[i] = args[i];
  } else {
    bind_args(f, fr, args, nargs, kwnames);
  }
  if (co->ncells || co->nfrees) init_cells(fr, co, f->closure);
  fr->sp = fr->localsplus + co->nlocals + co->ncells + co->nfrees;
  return eval_frame(fr, nullptr, false);
}

Object* eval_code(CodeObject* co, DictObject* globals, Object* locals) {
  Frame* fr = push_frame(co);
  fr->globals = globals;
  Object* b = dict_get_cstr(globals, "__builtins__");
  if (b && is_dict(b)) fr->builtins = static_cast<DictObject*>(b);
  else if (b && type_of(b) == &Module_Type) fr->builtins = *instance_dict_ptr(b);
  fr->locals = locals;
  fr->sp = fr->localsplus + co->nlocals + co->ncells + co->nfrees;
  FramePopper popper{fr};
  Object* r = eval_frame(fr, nullptr, false);
  if (!r) throw PyError{};
  return r;
}

Object* run_class_body(FunctionObject* func, Object* ns) {
  CodeObject* co = func->code;
  Frame* fr = push_frame(co);
  fr->func = func;
  fr->globals = func->globals;
  fr->builtins = func->builtins;
  fr->locals = ns;
  init_cells(fr, co, func->closure);
  fr->sp = fr->localsplus + co->nlocals + co->ncells + co->nfrees;
  FramePopper popper{fr};
  Object* r = eval_frame(fr, nullptr, false);
  if (!r) throw PyError{};
  return r;
}

Object* generator_resume(GeneratorObject* gen, Object* value, bool throwing, Object** retval) {
  Frame* fr = gen->frame;
  gen->running = true;
  Object* saved_handled = g_ts.handled;
  // As CPython's exc_info chain: outside its own handlers, the generator sees the exception
  // its caller is handling.
  Object* own = gen->exc_state;
  g_ts.handled = own ? own : saved_handled;
  try {
    Object* r = eval_frame(fr, value, throwing);
    if (!r) throw PyError{};
    gen->running = false;
    gen->exc_state = (!own && g_ts.handled == saved_handled) ? nullptr : g_ts.handled;
    g_ts.handled = saved_handled;
    if (fr->lasti >= 0 && instr_op(fr->code->code[fr->lasti]) == OP_YIELD_VALUE) return r;
    gen->frame = nullptr;
    *retval = r;
    return nullptr;
  } catch (PyError&) {
    gen->running = false;
    gen->frame = nullptr;
    g_ts.handled = saved_handled;
    Object* e = current_exception();
    bool stop_iter = is_exception(e) && is_subtype(type_of(e), Exc_StopIteration);
    if (stop_iter || (is_exception(e) && type_of(gen) == &AsyncGen_Type &&
                      is_subtype(type_of(e), Exc_StopAsyncIteration))) {
      std::string msg = gen_kind(gen);
      msg += stop_iter ? " raised StopIteration" : " raised StopAsyncIteration";
      Object* rt = new_exception_msg(Exc_RuntimeError, msg.c_str());
      as_exc(rt)->cause = e;
      as_exc(rt)->context = e;
      as_exc(rt)->suppress_context = true;
      clear_exception();
      set_current_exception(rt);
    }
    throw;
  } catch (...) {
    gen->running = false;
    gen->frame = nullptr;
    g_ts.handled = saved_handled;
    throw;
  }
}

bool frame_super_args(TypeObject** type, Object** obj) {
  Frame* f = g_ts.frame;
  if (!f || !f->func) {
    set_current_exception(new_exception_msg(Exc_RuntimeError, "super(): no arguments"));
    return false;
  }
  CodeObject* co = f->code;
  if (co->argcount == 0) {
    set_current_exception(new_exception_msg(Exc_RuntimeError, "super(): no arguments"));
    return false;
  }
  Object* first = f->localsplus[0];
  for (int i = 0; i < co->ncells; ++i)
    if (co->cell2arg[i] == 0) first = static_cast<CellObject*>(f->localsplus[co->nlocals + i])->ref;
  if (!first) {
    set_current_exception(new_exception_msg(Exc_RuntimeError, "super(): arg[0] deleted"));
    return false;
  }
  for (int i = 0; i < co->nfrees; ++i) {
    auto* n = static_cast<StrObject*>(co->freevars->items[i]);
    if (str_eq_cstr(n, "__class__")) {
      Object* cell = f->localsplus[co->nlocals + co->ncells + i];
      Object* cls = static_cast<CellObject*>(cell)->ref;
      if (!cls) {
        set_current_exception(new_exception_msg(Exc_RuntimeError, "super(): empty __class__ cell"));
        return false;
      }
      if (!is_type(cls)) {
        set_current_exception(new_exception_msg(Exc_RuntimeError, "super(): __class__ is not a type"));
        return false;
      }
      *type = static_cast<TypeObject*>(cls);
      *obj = first;
      return true;
    }
  }
  set_current_exception(new_exception_msg(Exc_RuntimeError, "super(): __class__ cell not found"));
  return false;
}

// ---- helpers for the loop ------------------------------------------------------------------------
namespace {

[[noreturn]] void name_error(StrObject* name) {
  Object* exc = new_exception_msg(Exc_NameError,
                                  (std::string("name '") + str_utf8(name) + "' is not defined").c_str());
  static_cast<NameErrorObject*>(exc)->name = name;
  raise(exc);
}

[[noreturn]] void unbound_local(StrObject* name) {
  Object* exc = new_exception_msg(
      Exc_UnboundLocalError,
      (std::string("cannot access local variable '") + str_utf8(name) +
       "' where it is not associated with a value").c_str());
  static_cast<NameErrorObject*>(exc)->name = name;
  raise(exc);
}

[[noreturn]] void free_var_error(StrObject* name) {
  Object* exc = new_exception_msg(
      Exc_NameError, (std::string("cannot access free variable '") + str_utf8(name) +
                      "' where it is not associated with a value in enclosing scope").c_str());
  static_cast<NameErrorObject*>(exc)->name = name;
  raise(exc);
}

StrObject* deref_name(CodeObject* co, uint32_t i) {
  if (static_cast<int>(i) < co->ncells) return static_cast<StrObject*>(co->cellvars->items[i]);
  return static_cast<StrObject*>(co->freevars->items[i - co->ncells]);
}

Object* load_global(Frame* f, StrObject* name, InlineCache* c) {
  DictObject* g = f->globals;
  DictObject* b = f->builtins;
  if (c->version == g->version && b && c->version2 == b->version) {
    DictEntry& e = (c->kind == 0 ? g : b)->entries[c->index];
    if (e.value) return e.value;
  }
  intptr_t h = str_hash(name);
  intptr_t ix = dict_lookup_index(g, name, h);
  if (ix >= 0) {
    c->version = g->version;
    c->version2 = b ? b->version : 0;
    c->index = ix;
    c->kind = 0;
    return g->entries[ix].value;
  }
  if (b) {
    ix = dict_lookup_index(b, name, h);
    if (ix >= 0) {
      c->version = g->version;
      c->version2 = b->version;
      c->index = ix;
      c->kind = 1;
      return b->entries[ix].value;
    }
  }
  name_error(name);
}

Object* load_name(Frame* f, StrObject* name) {
  Object* v = nullptr;
  if (f->locals) {
    if (is_dict_exact(f->locals)) {
      v = dict_get_str(static_cast<DictObject*>(f->locals), name);
    } else {
      try {
        v = get_item(f->locals, name);
      } catch (PyError&) {
        if (!exception_matches(Exc_KeyError)) throw;
        clear_exception();
      }
    }
    if (v) return v;
  }
  v = dict_get_str(f->globals, name);
  if (v) return v;
  if (f->builtins) v = dict_get_str(f->builtins, name);
  if (v) return v;
  name_error(name);
}

// obj.name with a per-site cache: for instances whose type keeps attribute lookup generic, a
// hit in the instance dict is remembered as (type version, entry index) and checked by pointer.

// The slot (member descriptor of a __slots__ name) that `name` resolves to on instances of t,
// when t uses the generic attribute protocol: its offset, or -1.
intptr_t slot_offset(TypeObject* t, StrObject* name, bool setting) {
  if (!t->tp_version) return -1;
  if (setting ? t->tp_setattro != Object_Type.tp_setattro
              : t->tp_getattro != Object_Type.tp_getattro)
    return -1;
  Object* d = type_lookup(t, name);
  if (!d || type_of(d) != &MemberDescr_Type) return -1;
  const MemberDef* def = static_cast<MemberDescrObject*>(d)->def;
  if (def->kind != MEMBER_OBJECT_EX || def->readonly) return -1;
  return def->offset;
}

// LOAD_ATTR's cache: kind 1 = a hit in the instance dict at entry `index`; kind 3 = a slot at
// offset `index` (both keyed on the type version).
Object* load_attr(Object* obj, StrObject* name, InlineCache* c) {
  TypeObject* t = type_of(obj);
  if (c->version == t->tp_version) {
    if (c->kind == 3) {
      if (Object* v = *reinterpret_cast<Object**>(reinterpret_cast<char*>(obj) + c->index))
        return v;
    } else if (c->kind == 1) {
      DictObject** dp = instance_dict_ptr(obj);
      if (dp && *dp && c->index < (*dp)->nentries && (*dp)->entries[c->index].key == name)
        return (*dp)->entries[c->index].value;
    }
  }
  Object* r = t->tp_getattro ? t->tp_getattro(obj, name) : nullptr;
  if (!r) raise_attribute_error(obj, name);
  intptr_t off = slot_offset(t, name, false);
  if (off >= 0) {
    c->version = t->tp_version;
    c->kind = 3;
    c->index = off;
    return r;
  }
  if (t->tp_version && !is_small_int(obj) && t->tp_dictoffset > 0 &&
      t->tp_getattro == Object_Type.tp_getattro) {
    DictObject** dp = instance_dict_ptr(obj);
    if (dp && *dp) {
      intptr_t ix = dict_lookup_index(*dp, name, str_hash(name));
      if (ix >= 0 && (*dp)->entries[ix].value == r && !type_lookup(t, name)) {
        c->version = t->tp_version;
        c->kind = 1;
        c->index = ix;
      }
    }
  }
  return r;
}


[[noreturn]] void unpack_error(intptr_t expected, intptr_t got, bool at_least) {
  if (got < expected) {
    if (at_least)
      raise_value_error("not enough values to unpack (expected at least %zd, got %zd)", expected, got);
    raise_value_error("not enough values to unpack (expected %zd, got %zd)", expected, got);
  }
  raise_value_error("too many values to unpack (expected %zd)", expected);
}

// UNPACK_SEQUENCE / UNPACK_EX: pushes the items so that the first ends on top.
Object** unpack(Object* seq, intptr_t before, intptr_t after, bool star, Object** sp) {
  if (!star && (is_tuple_exact(seq) || is_list_exact(seq))) {
    intptr_t n = is_tuple_exact(seq) ? tuple_size(seq) : static_cast<ListObject*>(seq)->size;
    Object** items = is_tuple_exact(seq) ? static_cast<TupleObject*>(seq)->items
                                         : static_cast<ListObject*>(seq)->items;
    if (n != before) unpack_error(before, n, false);
    for (intptr_t i = n - 1; i >= 0; --i) *sp++ = items[i];
    return sp;
  }
  if (!type_of(seq)->tp_iter && !type_of(seq)->mp_subscript)
    raise_type_error("cannot unpack non-iterable %s object", type_name(seq));
  Object* it = get_iter(seq);
  Object** out = static_cast<Object**>(gc_alloc(sizeof(Object*) * (before + 1)));
  for (intptr_t i = 0; i < before; ++i) {
    Object* v = iter_next(it);
    if (!v) unpack_error(before + after, i, star);
    out[i] = v;
  }
  if (!star) {
    if (iter_next(it)) {
      raise_value_error("too many values to unpack (expected %zd)", before);
    }
    for (intptr_t i = before - 1; i >= 0; --i) *sp++ = out[i];
    return sp;
  }
  ListObject* rest = list_new(0);
  while (Object* v = iter_next(it)) list_append(rest, v);
  if (rest->size < after) unpack_error(before + after, before + rest->size, true);
  for (intptr_t i = 0; i < after; ++i) *sp++ = rest->items[rest->size - 1 - i];
  rest->size -= after;
  *sp++ = rest;
  for (intptr_t i = before - 1; i >= 0; --i) *sp++ = out[i];
  return sp;
}

inline __attribute__((always_inline)) Object* compare(Object* a, Object* b, int op) {
  if (is_small_int(a) && is_small_int(b)) {
    intptr_t x = small_int_value(a), y = small_int_value(b);
    bool r;
    switch (op) {
      case CMP_LT: r = x < y; break;
      case CMP_LE: r = x <= y; break;
      case CMP_EQ: r = x == y; break;
      case CMP_NE: r = x != y; break;
      case CMP_GT: r = x > y; break;
      default: r = x >= y; break;
    }
    return py_bool(r);
  }
  return rich_compare(a, b, op);
}

__attribute__((noinline)) Object* binary_slow(Object* a, Object* b, uint32_t arg) {
  // Small ints and exact floats are immutable: `a op= b` is `a op b` for them.
  if (is_small_int(a) && is_small_int(b)) {
    intptr_t x = small_int_value(a), y = small_int_value(b), r;
    switch (arg & ~kInplaceFlag) {
      case BINOP_add:
        if (!__builtin_add_overflow(x, y, &r) && fits_small_int(r)) return make_small_int(r);
        break;
      case BINOP_subtract:
        if (!__builtin_sub_overflow(x, y, &r) && fits_small_int(r)) return make_small_int(r);
        break;
      case BINOP_multiply:
        if (!__builtin_mul_overflow(x, y, &r) && fits_small_int(r)) return make_small_int(r);
        break;
      case BINOP_and: return make_small_int(x & y);
      case BINOP_or: return make_small_int(x | y);
      case BINOP_xor: return make_small_int(x ^ y);
      case BINOP_floor_divide:
        if (y > 0) {
          intptr_t q = x / y;
          if ((x % y) && (x < 0)) --q;
          return make_small_int(q);
        }
        break;
      case BINOP_remainder:
        if (y > 0) {
          intptr_t m = x % y;
          if (m < 0) m += y;
          return make_small_int(m);
        }
        break;
      default: break;
    }
  } else if (is_float_exact(a) && is_float_exact(b)) {
    double x = float_value(a), y = float_value(b);
    switch (arg & ~kInplaceFlag) {
      case BINOP_add: return float_new(x + y);
      case BINOP_subtract: return float_new(x - y);
      case BINOP_multiply: return float_new(x * y);
      case BINOP_true_divide:
        if (y != 0.0) return float_new(x / y);
        break;
      default: break;
    }
  }
  uint32_t op = arg & ~kInplaceFlag;
  if (op == kBinopPower) return (arg & kInplaceFlag) ? inplace_power(a, b) : power(a, b, Py_None);
  return (arg & kInplaceFlag) ? inplace_op(a, b, static_cast<int>(op)) : binary_op(a, b, static_cast<int>(op));
}

// Float temporaries: the last two floats the fast path below created. A BINARY_OP whose
// operand the compiler marked as the direct result of another BINARY_OP (kLeftTemp /
// kRightTemp) may overwrite that operand with its result instead of allocating, if the operand
// is one of these two: then it was made by the fast path, so it is only on this value stack
// (whatever stored it elsewhere would have consumed it). binary_slow forgets both before and
// after running, so a float returned by user code (__add__ ...) is never taken for one.
Object* g_fresh_float[2];

inline __attribute__((always_inline)) Object* float_result(Object* a, Object* b, uint32_t arg,
                                                           double r) {
  if ((arg & kLeftTemp) && (a == g_fresh_float[0] || a == g_fresh_float[1])) {
    static_cast<FloatObject*>(a)->value = r;
    return a;
  }
  if ((arg & kRightTemp) && (b == g_fresh_float[0] || b == g_fresh_float[1])) {
    static_cast<FloatObject*>(b)->value = r;
    return b;
  }
  Object* f = float_new(r);
  g_fresh_float[1] = g_fresh_float[0];
  g_fresh_float[0] = f;
  return f;
}

// The common cases of BINARY_OP, inlined into the loop; everything else in binary_slow.
inline __attribute__((always_inline)) Object* binary(Object* a, Object* b, uint32_t arg) {
  uint32_t op = arg & ~(kInplaceFlag | kBinopHints);
  if (is_small_int(a) && is_small_int(b)) {
    intptr_t x = small_int_value(a), y = small_int_value(b), r;
    if (op == BINOP_add) {
      if (!__builtin_add_overflow(x, y, &r) && fits_small_int(r)) return make_small_int(r);
    } else if (op == BINOP_subtract) {
      if (!__builtin_sub_overflow(x, y, &r) && fits_small_int(r)) return make_small_int(r);
    }
  } else if (!is_small_int(a) && !is_small_int(b) && a->ob_type == &Float_Type &&
             b->ob_type == &Float_Type) {
    double x = float_value(a), y = float_value(b);
    switch (op) {
      case BINOP_add: return float_result(a, b, arg, x + y);
      case BINOP_subtract: return float_result(a, b, arg, x - y);
      case BINOP_multiply: return float_result(a, b, arg, x * y);
      case BINOP_true_divide:
        if (y != 0.0) return float_result(a, b, arg, x / y);
        break;
      default: break;
    }
  }
  g_fresh_float[0] = g_fresh_float[1] = nullptr;
  Object* r = binary_slow(a, b, arg & ~kBinopHints);
  g_fresh_float[0] = g_fresh_float[1] = nullptr;
  return r;
}

inline __attribute__((always_inline)) Object* subscript(Object* o, Object* key) {
  if (is_list_exact(o) && is_small_int(key)) {
    auto* l = static_cast<ListObject*>(o);
    intptr_t i = small_int_value(key);
    if (i < 0) i += l->size;
    if (i >= 0 && i < l->size) return l->items[i];
  } else if (is_tuple_exact(o) && is_small_int(key)) {
    auto* t = static_cast<TupleObject*>(o);
    intptr_t i = small_int_value(key);
    if (i < 0) i += t->ob_size;
    if (i >= 0 && i < t->ob_size) return t->items[i];
  }
  return get_item(o, key);
}

// with: [mgr] -> [exit, enter()]
Object** before_with(Object** sp) {
  Object* mgr = sp[-1];
  static StrObject* enter = intern("__enter__");
  static StrObject* exit = intern("__exit__");
  Object* fenter = type_lookup(type_of(mgr), enter);
  if (!fenter)
    raise_type_error("'%s' object does not support the context manager protocol", type_name(mgr));
  Object* fexit = type_lookup(type_of(mgr), exit);
  if (!fexit)
    raise_type_error("'%s' object does not support the context manager protocol (missed __exit__ method)",
                     type_name(mgr));
  Object* bound_exit = fexit;
  if (DescrGetFn g = type_of(fexit)->tp_descr_get) bound_exit = g(fexit, mgr, type_of(mgr));
  Object* bound_enter = fenter;
  if (DescrGetFn g = type_of(fenter)->tp_descr_get) bound_enter = g(fenter, mgr, type_of(mgr));
  Object* res = call0(bound_enter);
  sp[-1] = bound_exit;
  *sp++ = res;
  return sp;
}

}  // namespace

// Chains `exc` to the exception being handled (implicit __context__), avoiding cycles.
void exception_set_context(Object* exc) {
  Object* handled = g_ts.handled;
  if (!handled || handled == exc) return;
  // Break a cycle if exc is already in the context chain of handled.
  Object* o = handled;
  while (o) {
    Object* ctx = as_exc(o)->context;
    if (ctx == exc) {
      as_exc(o)->context = nullptr;
      break;
    }
    o = ctx;
  }
  as_exc(exc)->context = handled;
}

namespace {

// RAISE_VARARGS: makes `exc` (with its cause) the current exception; the loop then unwinds to
// a handler without a C++ throw.
void prepare_raise(Object* exc, Object* cause) {
  if (!exc) {
    Object* h = g_ts.handled;
    if (!h) raise_fmt(Exc_RuntimeError, "No active exception to reraise");
    set_current_exception(h);
    return;
  }
  Object* value = exc;
  if (is_type(exc)) {
    if (!is_subtype(static_cast<TypeObject*>(exc), Exc_BaseException))
      raise_type_error("exceptions must derive from BaseException");
    value = call0(exc);
    if (!is_exception(value))
      raise_type_error("calling %s should have returned an instance of BaseException, not %s",
                       repr_cstr(exc), type_name(value));
  } else if (!is_exception(exc)) {
    raise_type_error("exceptions must derive from BaseException");
  }
  if (cause) {
    if (cause == Py_None) {
      as_exc(value)->cause = nullptr;
    } else if (is_type(cause) && is_subtype(static_cast<TypeObject*>(cause), Exc_BaseException)) {
      as_exc(value)->cause = call0(cause);
    } else if (is_exception(cause)) {
      as_exc(value)->cause = cause;
    } else {
      raise_type_error("exception causes must derive from BaseException");
    }
    as_exc(value)->suppress_context = true;
  }
  exception_set_context(value);
  set_current_exception(value);
}

Object* make_function_obj(Frame* f, Object** items, uint32_t flags, CodeObject* co) {
  FunctionObject* fn = function_new(co, f->globals, co->qualname);
  fn->builtins = f->builtins;
  int i = 0;
  if (flags & MF_DEFAULTS) fn->defaults = static_cast<TupleObject*>(items[i++]);
  if (flags & MF_KWDEFAULTS) fn->kwdefaults = static_cast<DictObject*>(items[i++]);
  if (flags & MF_ANNOTATIONS) fn->annotations = items[i++];
  if (flags & MF_CLOSURE) fn->closure = static_cast<TupleObject*>(items[i++]);
  if (co->consts->ob_size > 0 && (co->flags & CO_NEWLOCALS) && is_str(co->consts->items[0]))
    fn->doc = co->consts->items[0];
  return fn;
}

// CPython's name of a callable in call errors: "module.qualname()" (no module for builtins).
std::string function_str(Object* f) {
  static StrObject* qualname_s = intern("__qualname__");
  static StrObject* module_s = intern("__module__");
  Object* q = get_attr_or_null(f, qualname_s);
  if (!q || !is_str(q)) return str_utf8(static_cast<StrObject*>(str(f)));
  std::string out;
  Object* m = get_attr_or_null(f, module_s);
  if (m && is_str(m) && !str_eq_cstr(static_cast<StrObject*>(m), "builtins")) {
    out = str_utf8(static_cast<StrObject*>(m));
    out += '.';
  }
  out += str_utf8(static_cast<StrObject*>(q));
  out += "()";
  return out;
}

Object* call_ex(Object* callable, Object* args, Object* kwargs) {
  if (!is_tuple_exact(args)) {  // a tuple subclass may iterate differently
    if (!type_of(args)->tp_iter && !type_of(args)->mp_subscript)
      raise_type_error("%s argument after * must be an iterable, not %s",
                       function_str(callable).c_str(), type_name(args));
    args = tuple_from_iterable(args);
  }
  auto* t = static_cast<TupleObject*>(args);
  if (!kwargs || static_cast<DictObject*>(kwargs)->used == 0)
    return call(callable, t->items, t->ob_size, nullptr);
  auto* d = static_cast<DictObject*>(kwargs);
  intptr_t n = t->ob_size, nk = d->used;
  Object** all = static_cast<Object**>(gc_alloc(sizeof(Object*) * (n + nk)));
  for (intptr_t i = 0; i < n; ++i) all[i] = t->items[i];
  TupleObject* names = tuple_new(nk);
  intptr_t pos = 0, k = 0;
  Object *key, *value;
  while (dict_next(d, &pos, &key, &value)) {
    names->items[k] = key;
    all[n + k] = value;
    ++k;
  }
  return call(callable, all, n, names);
}

void dict_merge_checked(Object* callable, DictObject* d, Object* other) {
  if (!is_dict(other)) {
    static StrObject* keys = intern("keys");
    if (!get_attr_or_null(other, keys))
      raise_type_error("%s argument after ** must be a mapping, not %s",
                       function_str(callable).c_str(), type_name(other));
    Object* ks = call_method(other, keys, nullptr, 0);
    Object* it = get_iter(ks);
    while (Object* k = iter_next(it)) {
      if (!is_str(k)) raise_type_error("keywords must be strings");
      if (dict_get(d, k))
        raise_type_error("%s got multiple values for keyword argument '%s'",
                         function_str(callable).c_str(),
                         str_utf8(static_cast<StrObject*>(k)));
      dict_set(d, k, get_item(other, k));
    }
    return;
  }
  intptr_t pos = 0;
  Object *k, *v;
  while (dict_next(static_cast<DictObject*>(other), &pos, &k, &v)) {
    if (!is_str(k)) raise_type_error("keywords must be strings");
    if (dict_get(d, k))
      raise_type_error("%s got multiple values for keyword argument '%s'",
                       function_str(callable).c_str(), str_utf8(static_cast<StrObject*>(k)));
    dict_set(d, k, v);
  }
}


// Delegates gen.throw() to the subiterator of a `yield from` the frame is suspended in.
// Returns true (with *out) when the subiterator handled it.

#define NEXT_ARG() (oparg = instr_arg(*pc))

// ---- the match statement ----------------------------------------------------------------------

// MATCH_KEYS: the values of `keys` (a tuple) in the mapping `map`, looked up with
// map.get(key, dummy) as CPython does (no __missing__, no key creation); None if one is missing.
Object* match_keys(Object* map, Object* keys) {
  auto* k = static_cast<TupleObject*>(keys);
  intptr_t n = k->ob_size;
  if (n == 0) return Empty_Tuple;
  Object* get = get_attr(map, intern("get"));
  SetObject* seen = set_new();
  Object* dummy = call0(&Object_Type);
  TupleObject* values = tuple_new(n);
  for (intptr_t i = 0; i < n; ++i) {
    Object* key = k->items[i];
    if (set_contains(seen, key))
      raise_fmt(Exc_ValueError, "mapping pattern checks duplicate key (%s)", repr_cstr(key));
    set_add(seen, key);
    Object* args[2] = {key, dummy};
    Object* value = call(get, args, 2);
    if (value == dummy) return Py_None;
    values->items[i] = value;
  }
  return values;
}

// The builtin types whose class pattern takes the subject itself as its one positional
// subpattern (CPython's _Py_TPFLAGS_MATCH_SELF, inherited by their subclasses).
bool match_self(TypeObject* t) {
  static TypeObject* const self_types[] = {&Bool_Type, &ByteArray_Type, &Bytes_Type,
                                           &Dict_Type, &Float_Type, &FrozenSet_Type,
                                           &Int_Type, &List_Type, &Set_Type,
                                           &Str_Type, &Tuple_Type};
  for (TypeObject* b = t; b; b = b->tp_base)
    for (TypeObject* s : self_types)
      if (b == s) return true;
  return false;
}

Object* match_class_attr(Object* subject, TypeObject* type, Object* name, SetObject* seen) {
  if (set_contains(seen, name))
    raise_type_error("%s() got multiple sub-patterns for attribute %s", type->tp_name,
                     repr_cstr(name));
  set_add(seen, name);
  return get_attr_or_null(subject, static_cast<StrObject*>(name));
}

// MATCH_CLASS: a tuple of the subject's attributes for the positional (via __match_args__)
// and keyword subpatterns, or nullptr when the subject does not match.
Object* match_class(Object* subject, Object* cls, intptr_t nargs, TupleObject* kwnames) {
  if (!is_type(cls)) raise_type_error("called match pattern must be a type");
  auto* type = static_cast<TypeObject*>(cls);
  if (!is_instance(subject, cls)) return nullptr;
  SetObject* seen = set_new();
  intptr_t nkw = kwnames->ob_size;
  TupleObject* attrs = tuple_new(nargs + nkw);
  if (nargs) {
    bool self = false;
    Object* match_args = get_attr_or_null(cls, intern("__match_args__"));
    if (match_args) {
      if (!is_tuple_exact(match_args))
        raise_type_error("%s.__match_args__ must be a tuple (got %s)", type->tp_name,
                         type_name(match_args));
    } else {
      // Only acknowledged when the type does not define __match_args__.
      match_args = Empty_Tuple;
      self = match_self(type);
    }
    intptr_t allowed = self ? 1 : tuple_size(match_args);
    if (allowed < nargs)
      raise_type_error("%s() accepts %zd positional sub-pattern%s (%zd given)", type->tp_name,
                       allowed, allowed == 1 ? "" : "s", nargs);
    if (self) {
      attrs->items[0] = subject;
    } else {
      for (intptr_t i = 0; i < nargs; ++i) {
        Object* name = static_cast<TupleObject*>(match_args)->items[i];
        if (!is_str_exact(name))
          raise_type_error("__match_args__ elements must be strings (got %s)", type_name(name));
        Object* attr = match_class_attr(subject, type, name, seen);
        if (!attr) return nullptr;
        attrs->items[i] = attr;
      }
    }
  }
  for (intptr_t i = 0; i < nkw; ++i) {
    Object* attr = match_class_attr(subject, type, kwnames->items[i], seen);
    if (!attr) return nullptr;
    attrs->items[nargs + i] = attr;
  }
  return attrs;
}

Object* eval_frame(Frame* f, Object* sent, bool throwing) {
  CodeObject* co = f->code;
  {
    char here;
    if (++g_ts.depth > g_ts.recursion_limit ||
        static_cast<size_t>(g_ts.stack_base - &here) > g_ts.stack_limit)
      recursion_overflow("");
  }
  f->back = g_ts.frame;
  g_ts.frame = f;
  struct Restore {
    Frame* f;
    ~Restore() {
      g_ts.frame = f->back;
      --g_ts.depth;
    }
  } restore{f};

  Object** localsplus = f->localsplus;
  Object** cells = localsplus + co->nlocals;
  Object* const* consts = co->consts->items;
  Object* const* names = co->names->items;
  const uint32_t* code = co->code;
  const uint32_t* pc;
  Object** sp = f->sp;
  TupleObject* kwnames = nullptr;
  bool pending_throw = throwing;
  bool reraise = false;

  if (f->lasti < 0) {
    pc = code;
    if (sent && sent != Py_None && !throwing) {
      raise_type_error("%s", coro_just_started_msg(co->flags));
    }
  } else {
    pc = code + f->lasti + 1;
    if (!throwing) *sp++ = sent ? sent : Py_None;
  }

  for (;;) {
    try {
      if (pending_throw) {
        pending_throw = false;
        set_current_exception(sent);
        goto unwind;
      }
#ifdef SLOTPY_COMPUTED_GOTO
      static void* const targets[OP_COUNT] = {
#define SLOTPY_TARGET_(name, arg, cache) &&L_##name,
          SLOTPY_OPCODES(SLOTPY_TARGET_)
#undef SLOTPY_TARGET_
      };
#define DISPATCH()                     \
  do {                                 \
    word = *pc++;                      \
    oparg = instr_arg(word);           \
    goto* targets[instr_op(word)];     \
  } while (0)
#define TARGET(name) L_##name:
#else
#define DISPATCH() goto dispatch
#define TARGET(name) case OP_##name:
#endif
      uint32_t word, oparg;
#define TOP() (sp[-1])
#define SECOND() (sp[-2])
#define PUSH(v) (*sp = (v), ++sp)
#define POP() (*--sp)
// f->lasti is stored only where a frame stops (YIELD_VALUE, RETURN_VALUE) or calls; when an
// exception is raised, `unwind` derives it from pc, which points just past the opcode word of
// the failing instruction (instructions with a cache word skip it only when they finish).
#define SAVE_LASTI() ((void)0)
#define STORE_LASTI() (f->lasti = static_cast<int32_t>(pc - code) - 1)
#define CACHE() (&co->caches[*pc])
#define DISPATCH_AFTER_CACHE() \
  do {                         \
    ++pc;                      \
    DISPATCH();                \
  } while (0)

#ifdef SLOTPY_COMPUTED_GOTO
      DISPATCH();
#else
    dispatch:
      word = *pc++;
      oparg = instr_arg(word);
      switch (instr_op(word)) {
#endif
      TARGET(NOP) DISPATCH();
      TARGET(EXTENDED_ARG) {
        uint32_t hi = oparg;
        word = *pc++;
        oparg = instr_arg(word) | (hi << 24);
        // Re-dispatch the next instruction with the widened argument is only used by the
        // compiler for huge constant tables; handle the common loads directly.
        switch (instr_op(word)) {
          case OP_LOAD_CONST: PUSH(consts[oparg]); DISPATCH();
          default: raise_fmt(Exc_SystemError, "unsupported EXTENDED_ARG");
        }
      }
      TARGET(POP_TOP) --sp; DISPATCH();
      TARGET(PUSH_NULL) PUSH(nullptr); DISPATCH();
      TARGET(COPY) { Object* v = sp[-static_cast<intptr_t>(oparg)]; PUSH(v); DISPATCH(); }
      TARGET(SWAP) {
        Object* t = sp[-1];
        sp[-1] = sp[-static_cast<intptr_t>(oparg)];
        sp[-static_cast<intptr_t>(oparg)] = t;
        DISPATCH();
      }
      TARGET(LOAD_CONST) PUSH(consts[oparg]); DISPATCH();
      TARGET(LOAD_FAST) {
        Object* v = localsplus[oparg];
        if (!v) {
          SAVE_LASTI();
          unbound_local(static_cast<StrObject*>(co->varnames->items[oparg]));
        }
        PUSH(v);
        DISPATCH();
      }
      TARGET(STORE_FAST) localsplus[oparg] = POP(); DISPATCH();
      // Superinstructions: the second instruction's word follows; run it here and skip it (pc
      // then points past it, so an error in it is reported at its own position).
      TARGET(LOAD_FAST__LOAD_FAST) {
        Object* v = localsplus[oparg];
        if (!v) unbound_local(static_cast<StrObject*>(co->varnames->items[oparg]));
        PUSH(v);
        oparg = instr_arg(*pc++);
        v = localsplus[oparg];
        if (!v) unbound_local(static_cast<StrObject*>(co->varnames->items[oparg]));
        PUSH(v);
        DISPATCH();
      }
      TARGET(LOAD_FAST__LOAD_CONST) {
        Object* v = localsplus[oparg];
        if (!v) unbound_local(static_cast<StrObject*>(co->varnames->items[oparg]));
        PUSH(v);
        PUSH(consts[instr_arg(*pc++)]);
        DISPATCH();
      }
      TARGET(STORE_FAST__LOAD_FAST) {
        localsplus[oparg] = POP();
        oparg = instr_arg(*pc++);
        Object* v = localsplus[oparg];
        if (!v) unbound_local(static_cast<StrObject*>(co->varnames->items[oparg]));
        PUSH(v);
        DISPATCH();
      }
      TARGET(DELETE_FAST) {
        if (!localsplus[oparg]) {
          SAVE_LASTI();
          unbound_local(static_cast<StrObject*>(co->varnames->items[oparg]));
        }
        localsplus[oparg] = nullptr;
        DISPATCH();
      }
      TARGET(LOAD_DEREF) {
        Object* v = static_cast<CellObject*>(cells[oparg])->ref;
        if (!v) {
          SAVE_LASTI();
          StrObject* n = deref_name(co, oparg);
          if (static_cast<int>(oparg) < co->ncells) unbound_local(n);
          free_var_error(n);
        }
        PUSH(v);
        DISPATCH();
      }
      TARGET(STORE_DEREF) static_cast<CellObject*>(cells[oparg])->ref = POP(); DISPATCH();
      TARGET(DELETE_DEREF) {
        auto* c = static_cast<CellObject*>(cells[oparg]);
        if (!c->ref) {
          SAVE_LASTI();
          unbound_local(deref_name(co, oparg));
        }
        c->ref = nullptr;
        DISPATCH();
      }
      TARGET(LOAD_CLOSURE) PUSH(cells[oparg]); DISPATCH();
      TARGET(LOAD_CLASSDEREF) {
        StrObject* n = deref_name(co, oparg);
        Object* v = f->locals && is_dict(f->locals) ? dict_get(static_cast<DictObject*>(f->locals), n) : nullptr;
        if (!v) v = static_cast<CellObject*>(cells[oparg])->ref;
        if (!v) {
          SAVE_LASTI();
          free_var_error(n);
        }
        PUSH(v);
        DISPATCH();
      }
      TARGET(LOAD_NAME) {
        SAVE_LASTI();
        PUSH(load_name(f, static_cast<StrObject*>(names[oparg])));
        DISPATCH();
      }
      TARGET(STORE_NAME) {
        SAVE_LASTI();
        Object* v = POP();
        if (!f->locals) raise_fmt(Exc_SystemError, "no locals found when storing %s", repr_cstr(names[oparg]));
        if (is_dict_exact(f->locals)) dict_set_str(static_cast<DictObject*>(f->locals), static_cast<StrObject*>(names[oparg]), v);
        else set_item(f->locals, names[oparg], v);
        DISPATCH();
      }
      TARGET(DELETE_NAME) {
        SAVE_LASTI();
        if (!f->locals || !is_dict(f->locals) || !dict_del(static_cast<DictObject*>(f->locals), names[oparg]))
          name_error(static_cast<StrObject*>(names[oparg]));
        DISPATCH();
      }
      TARGET(LOAD_GLOBAL) {
        SAVE_LASTI();
        InlineCache* c = CACHE();
        DictObject* g = f->globals;
        DictObject* b = f->builtins;
        if (c->version == g->version && b && c->version2 == b->version) {
          Object* v = (c->kind == 0 ? g : b)->entries[c->index].value;
          if (v) {
            PUSH(v);
            DISPATCH_AFTER_CACHE();
          }
        }
        PUSH(load_global(f, static_cast<StrObject*>(names[oparg]), c));
        DISPATCH_AFTER_CACHE();
      }
      TARGET(STORE_GLOBAL) dict_set_str(f->globals, static_cast<StrObject*>(names[oparg]), POP()); DISPATCH();
      TARGET(DELETE_GLOBAL) {
        SAVE_LASTI();
        if (!dict_del(f->globals, names[oparg])) name_error(static_cast<StrObject*>(names[oparg]));
        DISPATCH();
      }
      TARGET(LOAD_ATTR) {
        SAVE_LASTI();
        InlineCache* c = CACHE();
        sp[-1] = load_attr(sp[-1], static_cast<StrObject*>(names[oparg]), c);
        DISPATCH_AFTER_CACHE();
      }
      TARGET(STORE_ATTR) {
        // Cache: kind 3 = a slot at offset `index`; kind 4 = no data descriptor on the type, so
        // the value goes into the instance dict (both keyed on the type version).
        InlineCache* c = CACHE();
        Object* obj = POP();
        Object* v = POP();
        auto* name = static_cast<StrObject*>(names[oparg]);
        TypeObject* t = type_of(obj);
        if (c->version == t->tp_version && t->tp_version) {
          if (c->kind == 3) {
            *reinterpret_cast<Object**>(reinterpret_cast<char*>(obj) + c->index) = v;
            DISPATCH_AFTER_CACHE();
          }
          if (c->kind == 4) {
            DictObject** dp = instance_dict_ptr(obj);
            if (dp && *dp) {
              dict_set_str(*dp, name, v);
              DISPATCH_AFTER_CACHE();
            }
          }
        }
        set_attr(obj, name, v);
        if (t->tp_version) {
          intptr_t off = slot_offset(t, name, true);
          if (off >= 0) {
            c->version = t->tp_version;
            c->kind = 3;
            c->index = off;
          } else if (t->tp_setattro == Object_Type.tp_setattro && t->tp_dictoffset) {
            Object* d = type_lookup(t, name);
            if (!d || !type_of(d)->tp_descr_set) {
              c->version = t->tp_version;
              c->kind = 4;
            }
          }
        }
        DISPATCH_AFTER_CACHE();
      }
      TARGET(DELETE_ATTR) {
        SAVE_LASTI();
        del_attr(POP(), static_cast<StrObject*>(names[oparg]));
        DISPATCH();
      }
      TARGET(LOAD_METHOD) {
        SAVE_LASTI();
        InlineCache* c = CACHE();
        Object* obj = sp[-1];
        auto* name = static_cast<StrObject*>(names[oparg]);
        TypeObject* t = type_of(obj);
        if (t->tp_getattro == Object_Type.tp_getattro) {
          Object* meth;
          if (c->version == t->tp_version && c->kind == 2) {
            meth = c->value;
          } else {
            meth = type_lookup(t, name);
            if (meth && type_has(type_of(meth), TPFLAGS_METHOD_DESCRIPTOR)) {
              c->version = t->tp_version;
              c->kind = 2;
              c->value = meth;
            } else {
              meth = nullptr;
            }
          }
          if (meth) {
            DictObject** dp = instance_dict_ptr(obj);
            if (!dp || !*dp || (*dp)->used == 0 || !dict_get_str(*dp, name)) {
              sp[-1] = meth;
              PUSH(obj);
              DISPATCH_AFTER_CACHE();
            }
          }
        }
        sp[-1] = load_attr(obj, name, c);
        PUSH(nullptr);
        DISPATCH_AFTER_CACHE();
      }
      TARGET(BINARY_OP) {
        Object* b = POP();
        Object* a = TOP();
        SAVE_LASTI();
        sp[-1] = binary(a, b, oparg);
        DISPATCH();
      }
      TARGET(UNARY_NEGATIVE) {
        SAVE_LASTI();
        Object* v = TOP();
        if (is_small_int(v) && small_int_value(v) != kSmallIntMin) sp[-1] = make_small_int(-small_int_value(v));
        else sp[-1] = negative(v);
        DISPATCH();
      }
      TARGET(UNARY_POSITIVE) SAVE_LASTI(); sp[-1] = positive(sp[-1]); DISPATCH();
      TARGET(UNARY_INVERT) SAVE_LASTI(); sp[-1] = invert(sp[-1]); DISPATCH();
      TARGET(UNARY_NOT) SAVE_LASTI(); sp[-1] = py_bool(!is_true(sp[-1])); DISPATCH();
      TARGET(COMPARE_OP) {
        SAVE_LASTI();
        Object* b = POP();
        sp[-1] = compare(sp[-1], b, static_cast<int>(oparg));
        DISPATCH();
      }
      TARGET(IS_OP) {
        Object* b = POP();
        bool r = sp[-1] == b;
        sp[-1] = py_bool(oparg ? !r : r);
        DISPATCH();
      }
      TARGET(CONTAINS_OP) {
        SAVE_LASTI();
        Object* container = POP();
        bool r = contains(container, sp[-1]);
        sp[-1] = py_bool(oparg ? !r : r);
        DISPATCH();
      }
      TARGET(BINARY_SUBSCR) {
        SAVE_LASTI();
        Object* key = POP();
        sp[-1] = subscript(sp[-1], key);
        DISPATCH();
      }
      TARGET(STORE_SUBSCR) {
        SAVE_LASTI();
        Object* key = POP();
        Object* obj = POP();
        Object* v = POP();
        if (is_list_exact(obj) && is_small_int(key)) {
          auto* l = static_cast<ListObject*>(obj);
          intptr_t i = small_int_value(key);
          if (i < 0) i += l->size;
          if (i >= 0 && i < l->size) {
            l->items[i] = v;
            DISPATCH();
          }
        }
        if (is_dict_exact(obj)) dict_set(static_cast<DictObject*>(obj), key, v);
        else set_item(obj, key, v);
        DISPATCH();
      }
      TARGET(DELETE_SUBSCR) {
        SAVE_LASTI();
        Object* key = POP();
        del_item(POP(), key);
        DISPATCH();
      }
      TARGET(BUILD_SLICE) {
        Object* step = oparg == 3 ? POP() : Py_None;
        Object* stop = POP();
        sp[-1] = slice_new(sp[-1], stop, step);
        DISPATCH();
      }
      TARGET(BUILD_TUPLE) {
        TupleObject* t = tuple_from(sp - oparg, oparg);
        sp -= oparg;
        PUSH(t);
        DISPATCH();
      }
      TARGET(BUILD_LIST) {
        ListObject* l = list_from(sp - oparg, oparg);
        sp -= oparg;
        PUSH(l);
        DISPATCH();
      }
      TARGET(BUILD_SET) {
        SAVE_LASTI();
        SetObject* s = set_new(&Set_Type);
        for (uint32_t i = 0; i < oparg; ++i) set_add(s, sp[-static_cast<intptr_t>(oparg) + i]);
        sp -= oparg;
        PUSH(s);
        DISPATCH();
      }
      TARGET(BUILD_MAP) {
        SAVE_LASTI();
        DictObject* d = dict_new();
        Object** base = sp - 2 * oparg;
        for (uint32_t i = 0; i < oparg; ++i) dict_set(d, base[2 * i], base[2 * i + 1]);
        sp = base;
        PUSH(d);
        DISPATCH();
      }
      TARGET(BUILD_CONST_KEY_MAP) {
        SAVE_LASTI();
        auto* keys = static_cast<TupleObject*>(POP());
        DictObject* d = dict_new();
        Object** base = sp - oparg;
        for (uint32_t i = 0; i < oparg; ++i) dict_set(d, keys->items[i], base[i]);
        sp = base;
        PUSH(d);
        DISPATCH();
      }
      TARGET(BUILD_STRING) {
        StrObject* s = str_join_array(sp - oparg, oparg);
        sp -= oparg;
        PUSH(s);
        DISPATCH();
      }
      TARGET(LIST_APPEND) {
        Object* v = POP();
        list_append(static_cast<ListObject*>(sp[-static_cast<intptr_t>(oparg)]), v);
        DISPATCH();
      }
      TARGET(LIST_RESERVE) {
        intptr_t n = builtin_iter_remaining(localsplus[oparg]);
        if (n > 0) list_reserve(static_cast<ListObject*>(TOP()), n);
        DISPATCH();
      }
      TARGET(SET_ADD) {
        SAVE_LASTI();
        Object* v = POP();
        set_add(static_cast<SetObject*>(sp[-static_cast<intptr_t>(oparg)]), v);
        DISPATCH();
      }
      TARGET(MAP_ADD) {
        SAVE_LASTI();
        Object* v = POP();
        Object* k = POP();
        dict_set(static_cast<DictObject*>(sp[-static_cast<intptr_t>(oparg)]), k, v);
        DISPATCH();
      }
      TARGET(LIST_EXTEND) {
        SAVE_LASTI();
        Object* it = POP();
        Object* target = sp[-static_cast<intptr_t>(oparg)];
        if (!type_of(it)->tp_iter && !type_of(it)->mp_subscript) {
          // CPython's message for f(*x) names the callable; a display says "Value after *".
          raise_type_error("Value after * must be an iterable, not %s", type_name(it));
        }
        list_extend(static_cast<ListObject*>(target), it);
        DISPATCH();
      }
      TARGET(SET_UPDATE) {
        SAVE_LASTI();
        Object* it = POP();
        auto* s = static_cast<SetObject*>(sp[-static_cast<intptr_t>(oparg)]);
        Object* iter = get_iter(it);
        while (Object* v = iter_next(iter)) set_add(s, v);
        DISPATCH();
      }
      TARGET(DICT_UPDATE) {
        SAVE_LASTI();
        Object* other = POP();
        auto* d = static_cast<DictObject*>(sp[-static_cast<intptr_t>(oparg)]);
        if (!is_dict(other) && !get_attr_or_null(other, intern("keys")))
          raise_type_error("'%s' object is not a mapping", type_name(other));
        dict_update(d, other);
        DISPATCH();
      }
      TARGET(DICT_MERGE) {
        SAVE_LASTI();
        Object* other = POP();
        auto* d = static_cast<DictObject*>(sp[-static_cast<intptr_t>(oparg)]);
        // [callable, self|NULL, args tuple, dict]: the callable is three below the dict.
        Object* callable = sp[-static_cast<intptr_t>(oparg) - 3];
        dict_merge_checked(callable, d, other);
        DISPATCH();
      }
      TARGET(LIST_TO_TUPLE) sp[-1] = list_as_tuple(static_cast<ListObject*>(sp[-1])); DISPATCH();
      TARGET(UNPACK_SEQUENCE) {
        SAVE_LASTI();
        Object* seq = POP();
        if (is_tuple_exact(seq) && tuple_size(seq) == static_cast<intptr_t>(oparg)) {
          Object* const* items = static_cast<TupleObject*>(seq)->items;
          for (intptr_t i = static_cast<intptr_t>(oparg) - 1; i >= 0; --i) PUSH(items[i]);
          DISPATCH();
        }
        sp = unpack(seq, oparg, 0, false, sp);
        DISPATCH();
      }
      TARGET(UNPACK_EX) {
        SAVE_LASTI();
        Object* seq = POP();
        sp = unpack(seq, oparg & 0xff, oparg >> 8, true, sp);
        DISPATCH();
      }
      TARGET(GET_ITER) SAVE_LASTI(); sp[-1] = get_iter(sp[-1]); DISPATCH();
      TARGET(FOR_ITER) {
        SAVE_LASTI();
        Object* it = TOP();
        Object* v;
        if (!is_small_int(it) && it->ob_type == &ListIter_Type) {  // inline list iteration
          auto* li = static_cast<ListIterObject*>(it);
          ListObject* l = li->seq;
          if (l && li->index < l->size) {
            PUSH(l->items[li->index++]);
            DISPATCH();
          }
          li->seq = nullptr;
          v = nullptr;
        } else {
          v = type_of(it)->tp_iternext(it);
        }
        if (v) {
          PUSH(v);
        } else {
          --sp;
          pc = code + oparg;
        }
        DISPATCH();
      }
      TARGET(JUMP) {
        if (__builtin_expect(g_eval_breaker, 0)) {  // a safe point (loops come here)
          f->sp = sp;
          handle_eval_breaker();  // finalizers; KeyboardInterrupt after Ctrl-C
        }
        pc = code + oparg;
        DISPATCH();
      }
      TARGET(POP_JUMP_IF_FALSE) {
        Object* v = POP();
        if (v == Py_False || (v != Py_True && !(SAVE_LASTI(), is_true(v)))) pc = code + oparg;
        DISPATCH();
      }
      TARGET(POP_JUMP_IF_TRUE) {
        Object* v = POP();
        if (v == Py_True || (v != Py_False && (SAVE_LASTI(), is_true(v)))) pc = code + oparg;
        DISPATCH();
      }
      TARGET(JUMP_IF_FALSE_OR_POP) {
        SAVE_LASTI();
        if (!is_true(TOP())) pc = code + oparg;
        else --sp;
        DISPATCH();
      }
      TARGET(JUMP_IF_TRUE_OR_POP) {
        SAVE_LASTI();
        if (is_true(TOP())) pc = code + oparg;
        else --sp;
        DISPATCH();
      }
      TARGET(POP_JUMP_IF_NONE) if (POP() == Py_None) pc = code + oparg; DISPATCH();
      TARGET(POP_JUMP_IF_NOT_NONE) if (POP() != Py_None) pc = code + oparg; DISPATCH();
      TARGET(RETURN_VALUE) {
        STORE_LASTI();
        Object* r = POP();
        f->sp = sp;
        return r;
      }
      TARGET(KW_NAMES) kwnames = static_cast<TupleObject*>(consts[oparg]); DISPATCH();
      TARGET(CALL) {
        STORE_LASTI();  // the caller's line, for sys._getframe()
        intptr_t nkw = kwnames ? kwnames->ob_size : 0;
        intptr_t total = static_cast<intptr_t>(oparg);
        intptr_t npos = total - nkw;
        Object** args = sp - total;
        Object* self = args[-1];
        Object* callable = args[-2];
        Object* r;
        f->sp = sp;
        if (self) {
          --args;
          ++npos;
        }
        if (type_of(callable) == &Function_Type &&
            !(static_cast<FunctionObject*>(callable)->code->flags & kGenLikeFlags)) {
          // Python to Python: an exception comes back as nullptr, not as a C++ throw.
          r = function_call_noraise(static_cast<FunctionObject*>(callable), args, npos, kwnames);
          kwnames = nullptr;
          if (!r) goto unwind;
        } else {
          r = call(callable, args, npos, kwnames);
          kwnames = nullptr;
        }
        sp = self ? args - 1 : args - 2;
        PUSH(r);
        DISPATCH();
      }
      TARGET(CALL_FUNCTION_EX) {
        STORE_LASTI();  // the caller's line, for sys._getframe()
        // [callable, self|NULL, args tuple, kwargs?]
        Object* kwargs = (oparg & 1) ? POP() : nullptr;
        Object* args = POP();
        Object* self = POP();
        Object* callable = POP();
        if (self) {
          if (!is_tuple_exact(args)) args = tuple_from_iterable(args);
          TupleObject* t = tuple_new(tuple_size(args) + 1);
          t->items[0] = self;
          for (intptr_t i = 0; i < tuple_size(args); ++i) t->items[i + 1] = tuple_item(args, i);
          args = t;
        }
        f->sp = sp;
        PUSH(call_ex(callable, args, kwargs));
        DISPATCH();
      }
      TARGET(MAKE_FUNCTION) {
        auto* c = static_cast<CodeObject*>(POP());
        int n = __builtin_popcount(oparg);
        Object* fn = make_function_obj(f, sp - n, oparg, c);
        sp -= n;
        PUSH(fn);
        DISPATCH();
      }
      TARGET(LOAD_BUILD_CLASS) {
        SAVE_LASTI();
        Object* bc = f->builtins ? dict_get_cstr(f->builtins, "__build_class__") : nullptr;
        if (!bc) raise_fmt(Exc_NameError, "__build_class__ not found");
        PUSH(bc);
        DISPATCH();
      }
      TARGET(RAISE_VARARGS) {
        SAVE_LASTI();
        Object* cause = oparg == 2 ? POP() : nullptr;
        Object* exc = oparg >= 1 ? POP() : nullptr;
        prepare_raise(exc, cause);
        reraise = oparg == 0;  // a bare `raise` adds no traceback entry of its own
        goto unwind;
      }
      TARGET(RERAISE) {
        SAVE_LASTI();
        Object* exc = POP();
        set_current_exception(exc);
        reraise = true;  // no new traceback entry
        goto unwind;
      }
      TARGET(PUSH_EXC_INFO) {
        Object* exc = TOP();
        sp[-1] = g_ts.handled ? g_ts.handled : Py_None;
        g_ts.handled = exc;
        PUSH(exc);
        DISPATCH();
      }
      TARGET(POP_EXCEPT) {
        Object* prev = POP();
        g_ts.handled = prev == Py_None ? nullptr : prev;
        DISPATCH();
      }
      TARGET(CHECK_EG_MATCH) {
        // [exc, type] -> [rest, match] when part of exc matches (match is then the exception
        // being handled), else [exc, None].
        SAVE_LASTI();
        Object* type = POP();
        check_except_star_type(type);
        Object* rest;
        Object* match = exception_group_match(TOP(), type, &rest);
        if (match != Py_None) {
          sp[-1] = rest;
          g_ts.handled = match;
        }
        PUSH(match);
        DISPATCH();
      }
      TARGET(PREP_RERAISE_STAR) {
        SAVE_LASTI();
        Object* excs = POP();
        sp[-1] = prep_reraise_star(TOP(), excs);
        DISPATCH();
      }
      TARGET(CHECK_EXC_MATCH) {
        SAVE_LASTI();
        Object* type = POP();
        if (is_tuple(type)) {
          for (intptr_t i = 0; i < tuple_size(type); ++i)
            if (!is_type(tuple_item(type, i)) ||
                !is_subtype(static_cast<TypeObject*>(tuple_item(type, i)), Exc_BaseException))
              raise_type_error("catching classes that do not inherit from BaseException is not allowed");
        } else if (!is_type(type) || !is_subtype(static_cast<TypeObject*>(type), Exc_BaseException)) {
          raise_type_error("catching classes that do not inherit from BaseException is not allowed");
        }
        // As CPython: a subclass test on the exception's type (no __instancecheck__).
        bool match = false;
        if (is_tuple(type)) {
          for (intptr_t i = 0; i < tuple_size(type) && !match; ++i)
            match = is_subtype(type_of(TOP()), static_cast<TypeObject*>(tuple_item(type, i)));
        } else {
          match = is_subtype(type_of(TOP()), static_cast<TypeObject*>(type));
        }
        PUSH(py_bool(match));
        DISPATCH();
      }
      TARGET(BEFORE_WITH) SAVE_LASTI(); sp = before_with(sp); DISPATCH();
      TARGET(WITH_EXCEPT_START) {
        SAVE_LASTI();
        Object* exc = sp[-1];
        Object* exit = sp[-3];
        Object* tb = as_exc(exc)->traceback;
        Object* args[3] = {type_of(exc), exc, tb ? static_cast<Object*>(tb) : Py_None};
        PUSH(call(exit, args, 3));
        DISPATCH();
      }
      TARGET(YIELD_VALUE) {
        STORE_LASTI();
        Object* v = POP();
        f->sp = sp;
        return v;
      }
      TARGET(GET_YIELD_FROM_ITER) {
        SAVE_LASTI();
        Object* v = TOP();
        if (type_of(v) == &Coroutine_Type) {
          if (!(co->flags & (CO_COROUTINE | CO_ITERABLE_COROUTINE)))
            raise_type_error("cannot 'yield from' a coroutine object in a non-coroutine generator");
        } else if (type_of(v) != &Generator_Type) {
          sp[-1] = get_iter(v);
        }
        DISPATCH();
      }
      TARGET(SEND) {
        SAVE_LASTI();
        Object* v = POP();
        Object* recv = TOP();
        Object* r;
        if (type_of(recv) == &Generator_Type || type_of(recv) == &Coroutine_Type) {
          Object* ret = nullptr;
          auto* g = static_cast<GeneratorObject*>(recv);
          if (!g->frame || g->running) {
            r = gen_send_ret(g, v, &ret);  // raises for a running / exhausted coroutine
          } else {
            r = generator_resume(g, v, false, &ret);
          }
          if (!r) {
            sp[-1] = ret ? ret : Py_None;
            pc = code + oparg;
            DISPATCH();
          }
        } else {
          Object* ret = nullptr;
          r = coro_send_other(recv, v, &ret);
          if (!r) {
            sp[-1] = ret ? ret : Py_None;
            pc = code + oparg;
            DISPATCH();
          }
        }
        PUSH(r);
        DISPATCH();
      }
      TARGET(GET_AWAITABLE) {
        SAVE_LASTI();
        sp[-1] = coro_get_awaitable(sp[-1], static_cast<int>(oparg));
        DISPATCH();
      }
      TARGET(GET_AITER) SAVE_LASTI(); sp[-1] = coro_get_aiter(sp[-1]); DISPATCH();
      TARGET(GET_ANEXT) {
        SAVE_LASTI();
        Object* aw = coro_get_anext(sp[-1]);
        PUSH(aw);
        DISPATCH();
      }
      TARGET(END_ASYNC_FOR) {
        // [aiter, exc]: StopAsyncIteration ends the loop, anything else propagates.
        Object* exc = POP();
        if (is_exception(exc) && is_subtype(type_of(exc), Exc_StopAsyncIteration)) {
          --sp;
          DISPATCH();
        }
        set_current_exception(exc);
        reraise = true;
        goto unwind;
      }
      TARGET(BEFORE_ASYNC_WITH) SAVE_LASTI(); sp = coro_before_async_with(sp); DISPATCH();
      TARGET(ASYNC_GEN_WRAP) sp[-1] = async_gen_wrap(sp[-1]); DISPATCH();
      TARGET(IMPORT_NAME) {
        SAVE_LASTI();
        Object* fromlist = POP();
        Object* level = POP();
        f->sp = sp;
        PUSH(import_name(static_cast<StrObject*>(names[oparg]), f->globals, fromlist,
                         static_cast<int>(small_int_value(level))));
        DISPATCH();
      }
      TARGET(IMPORT_FROM) {
        SAVE_LASTI();
        PUSH(import_from(TOP(), static_cast<StrObject*>(names[oparg])));
        DISPATCH();
      }
      TARGET(IMPORT_STAR) {
        SAVE_LASTI();
        import_star(POP(), f->locals ? f->locals : f->globals);
        DISPATCH();
      }
      TARGET(FORMAT_VALUE) {
        SAVE_LASTI();
        Object* spec = (oparg & kFormatHasSpec) ? POP() : nullptr;
        sp[-1] = format_value(sp[-1], static_cast<int>(oparg & 3), spec);
        DISPATCH();
      }
      TARGET(PRINT_EXPR) {
        // An expression statement at the interactive prompt: sys.displayhook(value).
        Object* v = POP();
        Object* hook = sys_get("displayhook");
        if (!hook) raise_fmt(Exc_RuntimeError, "lost sys.displayhook");
        call1(hook, v);
        DISPATCH();
      }
      TARGET(SETUP_ANNOTATIONS) {
        SAVE_LASTI();
        Object* ns = f->locals ? f->locals : f->globals;
        if (is_dict(ns)) {
          if (!dict_get_cstr(static_cast<DictObject*>(ns), "__annotations__"))
            dict_set_cstr(static_cast<DictObject*>(ns), "__annotations__", dict_new());
        }
        DISPATCH();
      }
      TARGET(LOAD_ASSERTION_ERROR) PUSH(Exc_AssertionError); DISPATCH();
      TARGET(LOAD_LOCALS) PUSH(f->locals ? f->locals : Py_None); DISPATCH();
      TARGET(GET_LEN) {
        SAVE_LASTI();
        intptr_t n = length(sp[-1]);
        PUSH(make_small_int(n));
        DISPATCH();
      }
      TARGET(MATCH_MAPPING) PUSH(py_bool(type_has(type_of(sp[-1]), TPFLAGS_MAPPING))); DISPATCH();
      TARGET(MATCH_SEQUENCE) PUSH(py_bool(type_has(type_of(sp[-1]), TPFLAGS_SEQUENCE))); DISPATCH();
      TARGET(MATCH_KEYS) {
        SAVE_LASTI();
        Object* values = match_keys(sp[-2], sp[-1]);
        PUSH(values);
        DISPATCH();
      }
      TARGET(MATCH_CLASS) {
        SAVE_LASTI();
        Object* names = POP();
        Object* cls = POP();
        Object* attrs = match_class(sp[-1], cls, oparg, static_cast<TupleObject*>(names));
        sp[-1] = attrs ? attrs : Py_None;
        DISPATCH();
      }
#ifndef SLOTPY_COMPUTED_GOTO
        default:
          raise_fmt(Exc_SystemError, "unknown opcode");
      }
#endif
    } catch (PyError&) {
    }
  unwind:
    // The current exception was raised by the instruction before pc (re-raised: `reraise`).
    {
      Object* exc = current_exception();
      f->lasti = static_cast<int32_t>(pc - code) - 1;
      if (f->lasti < 0) f->lasti = 0;
      if (!reraise && is_exception(exc)) traceback_add(exc, f, f->lasti);
      reraise = false;
      const ExcEntry* h = code_find_handler(co, f->lasti);
      if (!h) {
        f->sp = sp;
        return nullptr;
      }
      clear_exception();
      sp = localsplus + co->nlocals + co->ncells + co->nfrees + h->depth;
      if (h->lasti) *sp++ = make_small_int(f->lasti);
      *sp++ = exc;
      pc = code + h->target;
      kwnames = nullptr;
    }
  }
}

}  // namespace
}  // namespace slotpy
