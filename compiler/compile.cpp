// The bytecode compiler: walks the AST with the symbol table and emits code objects.
//
// Exceptions use a table (ExcEntry) instead of setup/pop instructions: every emitted instruction
// records the handler active at that point, and the assembler turns runs of equal handlers into
// table entries. `return`, `break` and `continue` inside try/finally and with blocks compile the
// cleanup inline before jumping. The value-stack depth is tracked while emitting, so handlers
// know how far to cut the stack and each code object knows its maximum depth.
#include "compiler/compile.h"

#include <algorithm>
#include <cstring>
#include <string>
#include <vector>

#include "compiler/symtable.h"
#include "compiler/unparse.h"
#include "runtime/bytesobject.h"
#include "runtime/dictobject.h"
#include "runtime/floatobject.h"
#include "runtime/intobject.h"
#include "runtime/listobject.h"
#include "runtime/setobject.h"
#include "runtime/strobject.h"
#include "runtime/tupleobject.h"
#include "runtime/typeobject.h"

namespace slotpy::compiler {

using namespace ast;

namespace {

constexpr int kMaxNesting = 2000;

enum class FBlock {
  WhileLoop, ForLoop, TryExcept, FinallyTry, FinallyEnd, With, AsyncWith, HandlerCleanup,
  ExceptionHandler, ExceptStarHandler
};

struct FBlockInfo {
  FBlock type;
  int label_continue = -1;  // loops: target of continue
  int label_exit = -1;      // loops: target of break
  const StmtSeq* finalbody = nullptr;  // FinallyTry
  Ident name = nullptr;     // HandlerCleanup: the `as` name to clear
  int saved_handler = -1;   // the handler active outside this block
};

struct Handler {
  int label;
  int depth;
  bool lasti;
};

struct Unit {
  Block* ste = nullptr;
  std::string qualname;
  std::vector<uint32_t> code;
  std::vector<CodePos> pos;
  std::vector<int> instr_handler;  // per word
  std::vector<int> label_pos;
  std::vector<int> label_depth;
  std::vector<std::pair<int, int>> fixups;  // (word index, label)
  std::vector<Handler> handlers;
  int cur_handler = -1;
  std::vector<FBlockInfo> fblocks;
  int depth = 0;
  int max_depth = 0;
  bool reachable = true;
  ListObject* consts = nullptr;
  DictObject* const_index = nullptr;
  ListObject* names = nullptr;
  DictObject* name_index = nullptr;
  std::vector<std::string> varnames;
  std::vector<std::string> cellvars;
  std::vector<std::string> freevars;
  int ncaches = 0;
  int argcount = 0, posonly = 0, kwonly = 0;
  uint32_t flags = 0;
  int firstlineno = 1;
  CodePos cur{1, 1, 0, 0};
  std::string name;
};

class Compiler {
 public:
  Compiler(SymTable* st, const char* filename) : st_(st), filename_(filename) {}

  CodeObject* module(Module* mod, CompileMode mode) {
    enter(st_->top, "<module>", 1);
    if (mode == CompileMode::Single) interactive_ = true;
    // A docstring is stored as __doc__.
    int start = 0;
    if (mode == CompileMode::Exec && !mod->body.empty()) {
      if (auto* e = as<ExprStmt>(mod->body[0])) {
        if (auto* c = as<Constant>(e->value); c && c->value.kind == Constant_::Kind::Str) {
          set_pos(e->pos);
          load_const(constant(c->value));
          emit(OP_STORE_NAME, name_idx("__doc__"));
          start = 1;
        }
      }
    }
    for (int i = start; i < mod->body.size; ++i) stmt(mod->body[i]);
    load_const(Py_None);
    emit(OP_RETURN_VALUE);
    return leave();
  }

  CodeObject* expression(Expr* e) {
    enter(st_->top, "<module>", e->pos.lineno);
    expr(e);
    emit(OP_RETURN_VALUE);
    return leave();
  }

 private:
  SymTable* st_;
  const char* filename_;
  std::vector<Unit*> units_;
  Unit* u_ = nullptr;
  int nesting_ = 0;
  bool interactive_ = false;
  std::string class_name_;  // innermost class, for name mangling
  std::vector<std::string> class_stack_;

  struct NestGuard {
    Compiler* c;
    explicit NestGuard(Compiler* c) : c(c) {
      if (++c->nesting_ > kMaxNesting) throw CompileRecursionError();
    }
    ~NestGuard() { --c->nesting_; }
  };

  // ---- errors ------------------------------------------------------------------------------
  [[noreturn]] void error(const Pos& p, const std::string& msg) {
    syntax::SyntaxError e;
    e.msg = msg;
    e.lineno = p.lineno;
    e.col = p.col_offset;
    e.end_lineno = p.end_lineno;
    e.end_col = p.end_col_offset;
    throw e;
  }

  // ---- units ---------------------------------------------------------------------------------
  void enter(Block* ste, const std::string& name, int firstline) {
    // Units hold object pointers (constants, names): keep them in uncollectable GC memory so
    // the collector scans them.
    Unit* u = new (GC_MALLOC_UNCOLLECTABLE(sizeof(Unit))) Unit();
    u->ste = ste;
    u->name = name;
    u->firstlineno = firstline;
    u->cur = CodePos{firstline, firstline, -1, -1};
    u->consts = list_new(0);
    u->const_index = dict_new();
    u->names = list_new(0);
    u->name_index = dict_new();
    if (ste) {
      // co_varnames order (CPython's): positional, keyword-only, then *args and **kwargs, which
      // is the layout bind_args fills.
      for (const std::string& p : ste->varnames) u->varnames.push_back(p);
      if (ste->type == BlockType::Function) {
        for (const Symbol& s : ste->symbols) {
          if (s.scope == Scope::Local &&
              std::find(u->varnames.begin(), u->varnames.end(), s.name) == u->varnames.end())
            u->varnames.push_back(s.name);
        }
      }
      for (const Symbol& s : ste->symbols) {
        if (s.scope == Scope::Cell) u->cellvars.push_back(s.name);
        if (s.scope == Scope::Free || (s.flags & DEF_FREE_CLASS)) u->freevars.push_back(s.name);
      }
      if (ste->type == BlockType::Class && ste->needs_class_closure &&
          std::find(u->cellvars.begin(), u->cellvars.end(), "__class__") == u->cellvars.end())
        u->cellvars.push_back("__class__");
      std::sort(u->cellvars.begin(), u->cellvars.end());
      std::sort(u->freevars.begin(), u->freevars.end());
      u->freevars.erase(std::unique(u->freevars.begin(), u->freevars.end()), u->freevars.end());
    }
    units_.push_back(u);
    u_ = u;
  }

  CodeObject* leave() {
    CodeObject* co = assemble(u_);
    u_->~Unit();
    GC_FREE(u_);
    units_.pop_back();
    u_ = units_.empty() ? nullptr : units_.back();
    return co;
  }

  // ---- emission -----------------------------------------------------------------------------
  void set_pos(const Pos& p) { u_->cur = CodePos{p.lineno, p.end_lineno, p.col_offset, p.end_col_offset}; }

  static int stack_effect(Opcode op, uint32_t arg) {
    switch (op) {
      case OP_NOP: case OP_SWAP: case OP_LIST_RESERVE: case OP_DELETE_FAST: case OP_DELETE_DEREF: case OP_DELETE_NAME:
      case OP_DELETE_GLOBAL: case OP_LOAD_ATTR: case OP_UNARY_NEGATIVE: case OP_UNARY_POSITIVE:
      case OP_UNARY_NOT: case OP_UNARY_INVERT: case OP_LIST_TO_TUPLE: case OP_GET_ITER:
      case OP_JUMP: case OP_KW_NAMES: case OP_CHECK_EXC_MATCH: case OP_YIELD_VALUE:
      case OP_GET_YIELD_FROM_ITER: case OP_SEND: case OP_SETUP_ANNOTATIONS: case OP_EXTENDED_ARG:
      case OP_CHECK_EG_MATCH: case OP_GET_AWAITABLE: case OP_GET_AITER: case OP_ASYNC_GEN_WRAP:
        return 0;
      case OP_GET_ANEXT: case OP_BEFORE_ASYNC_WITH:
        return 1;
      case OP_END_ASYNC_FOR:
        return -2;
      case OP_POP_TOP: case OP_STORE_FAST: case OP_STORE_DEREF: case OP_STORE_NAME:
      case OP_STORE_GLOBAL: case OP_DELETE_ATTR: case OP_BINARY_OP: case OP_COMPARE_OP:
      case OP_IS_OP: case OP_CONTAINS_OP: case OP_BINARY_SUBSCR: case OP_LIST_APPEND:
      case OP_SET_ADD: case OP_LIST_EXTEND: case OP_SET_UPDATE: case OP_DICT_UPDATE:
      case OP_DICT_MERGE: case OP_POP_JUMP_IF_FALSE: case OP_POP_JUMP_IF_TRUE:
      case OP_POP_JUMP_IF_NONE: case OP_POP_JUMP_IF_NOT_NONE: case OP_RETURN_VALUE:
      case OP_RERAISE: case OP_POP_EXCEPT: case OP_IMPORT_NAME: case OP_IMPORT_STAR:
      case OP_PRINT_EXPR: case OP_JUMP_IF_FALSE_OR_POP: case OP_JUMP_IF_TRUE_OR_POP:
      case OP_PREP_RERAISE_STAR:
        return -1;
      case OP_PUSH_NULL: case OP_COPY: case OP_LOAD_CONST: case OP_LOAD_FAST: case OP_LOAD_DEREF:
      case OP_LOAD_CLOSURE: case OP_LOAD_CLASSDEREF: case OP_LOAD_NAME: case OP_LOAD_GLOBAL:
      case OP_LOAD_METHOD: case OP_FOR_ITER: case OP_LOAD_BUILD_CLASS: case OP_PUSH_EXC_INFO:
      case OP_BEFORE_WITH: case OP_WITH_EXCEPT_START: case OP_IMPORT_FROM:
      case OP_LOAD_ASSERTION_ERROR: case OP_LOAD_LOCALS: case OP_GET_LEN: case OP_MATCH_MAPPING:
      case OP_MATCH_SEQUENCE: case OP_MATCH_KEYS:
        return 1;
      case OP_MATCH_CLASS:
        return -2;
      case OP_STORE_ATTR: case OP_DELETE_SUBSCR: case OP_MAP_ADD:
        return -2;
      case OP_STORE_SUBSCR:
        return -3;
      case OP_BUILD_SLICE: case OP_BUILD_TUPLE: case OP_BUILD_LIST: case OP_BUILD_SET:
      case OP_BUILD_STRING:
        return 1 - static_cast<int>(arg);
      case OP_BUILD_MAP:
        return 1 - 2 * static_cast<int>(arg);
      case OP_BUILD_CONST_KEY_MAP:
        return -static_cast<int>(arg);
      case OP_UNPACK_SEQUENCE:
        return static_cast<int>(arg) - 1;
      case OP_UNPACK_EX:
        return static_cast<int>((arg & 0xff) + (arg >> 8));
      case OP_CALL:
        return -static_cast<int>(arg) - 1;
      case OP_CALL_FUNCTION_EX:
        return -2 - static_cast<int>(arg & 1);
      case OP_MAKE_FUNCTION:
        return -__builtin_popcount(arg);
      case OP_RAISE_VARARGS:
        return -static_cast<int>(arg);
      case OP_FORMAT_VALUE:
        return (arg & kFormatHasSpec) ? -1 : 0;
      case OP_LOAD_FAST__LOAD_FAST: case OP_LOAD_FAST__LOAD_CONST: case OP_STORE_FAST__LOAD_FAST:
      case OP_COUNT:
        break;  // superinstructions are made by the assembler, never emitted
    }
    return 0;
  }

  int emit(Opcode op, uint32_t arg = 0) {
    if (arg >= (1u << 24)) {
      emit(OP_EXTENDED_ARG, arg >> 24);
      arg &= 0xffffff;
    }
    int at = static_cast<int>(u_->code.size());
    u_->code.push_back(make_instr(op, arg));
    u_->pos.push_back(u_->cur);
    u_->instr_handler.push_back(u_->cur_handler);
    if (g_opcode_has_cache[op]) {
      u_->code.push_back(static_cast<uint32_t>(u_->ncaches++));
      u_->pos.push_back(u_->cur);
      u_->instr_handler.push_back(u_->cur_handler);
    }
    u_->depth += stack_effect(op, arg);
    if (u_->depth > u_->max_depth) u_->max_depth = u_->depth;
    if (u_->depth < 0) u_->depth = 0;  // defensive; a bug if reached
    u_->reachable = !(op == OP_JUMP || op == OP_RETURN_VALUE || op == OP_RAISE_VARARGS || op == OP_RERAISE);
    return at;
  }

  int new_label() {
    u_->label_pos.push_back(-1);
    u_->label_depth.push_back(-1);
    return static_cast<int>(u_->label_pos.size()) - 1;
  }

  void note_label_depth(int label, int depth) {
    if (u_->label_depth[label] < depth) u_->label_depth[label] = depth;
  }

  // Emits a jump; `taken_delta` is the stack change on the taken path relative to before the jump.
  void jump(Opcode op, int label) {
    int before = u_->depth;
    int taken = before;
    switch (op) {
      case OP_POP_JUMP_IF_FALSE: case OP_POP_JUMP_IF_TRUE: case OP_POP_JUMP_IF_NONE:
      case OP_POP_JUMP_IF_NOT_NONE: case OP_FOR_ITER: case OP_SEND:
        taken = before - 1;
        break;
      default:
        break;
    }
    int at = emit(op, 0);
    u_->fixups.push_back({at, label});
    note_label_depth(label, taken);
  }

  void bind(int label) {
    u_->label_pos[label] = static_cast<int>(u_->code.size());
    if (!u_->reachable && u_->label_depth[label] >= 0) u_->depth = u_->label_depth[label];
    else if (u_->label_depth[label] > u_->depth && u_->reachable) u_->depth = u_->label_depth[label];
    u_->reachable = true;
  }

  // Handlers: `push_handler` makes `label` the target for exceptions from now on.
  int push_handler(int label, bool lasti = false) {
    int saved = u_->cur_handler;
    u_->handlers.push_back(Handler{label, u_->depth, lasti});
    u_->cur_handler = static_cast<int>(u_->handlers.size()) - 1;
    return saved;
  }
  void pop_handler(int saved) { u_->cur_handler = saved; }
  // Binds a handler label: the stack holds the handler's depth plus the exception.
  void bind_handler(int label, int handler_index) {
    const Handler& h = u_->handlers[handler_index];
    u_->label_pos[label] = static_cast<int>(u_->code.size());
    u_->depth = h.depth + (h.lasti ? 1 : 0) + 1;
    if (u_->depth > u_->max_depth) u_->max_depth = u_->depth;
    u_->reachable = true;
  }

  // ---- constants and names --------------------------------------------------------------------
  uint32_t const_idx(Object* v) {
    Object* key = nullptr;
    if (is_str_exact(v) || is_int_exact(v) || (!is_small_int(v) && v->ob_type == &Bytes_Type))
      key = tuple_pack({type_of(v), v});
    else if (v == Py_None || v == Py_True || v == Py_False || v == Py_Ellipsis)
      key = tuple_pack({v, v});
    if (key) {
      Object* i = dict_get(u_->const_index, key);
      if (i) return static_cast<uint32_t>(small_int_value(i));
    }
    uint32_t idx = static_cast<uint32_t>(u_->consts->size);
    list_append(u_->consts, v);
    if (key) dict_set(u_->const_index, key, make_small_int(idx));
    return idx;
  }
  void load_const(Object* v) { emit(OP_LOAD_CONST, const_idx(v)); }

  uint32_t name_idx(const std::string& n) {
    StrObject* s = intern_utf8(n.data(), n.size());
    Object* i = dict_get(u_->name_index, s);
    if (i) return static_cast<uint32_t>(small_int_value(i));
    uint32_t idx = static_cast<uint32_t>(u_->names->size);
    list_append(u_->names, s);
    dict_set(u_->name_index, s, make_small_int(idx));
    return idx;
  }

  Object* constant(const Constant_& c) {
    switch (c.kind) {
      case Constant_::Kind::None: return Py_None;
      case Constant_::Kind::True: return Py_True;
      case Constant_::Kind::False: return Py_False;
      case Constant_::Kind::Ellipsis: return Py_Ellipsis;
      case Constant_::Kind::Int: {
        Object* r = int_from_string(c.text.data, c.text.len, c.base);
        return r ? r : make_small_int(0);
      }
      case Constant_::Kind::Float: return float_new(c.number);
      case Constant_::Kind::Complex: return complex_new(0.0, c.number);
      case Constant_::Kind::Str: return intern_utf8(c.text.data, c.text.len);
      case Constant_::Kind::Bytes: return bytes_from(c.text.data, c.text.len);
    }
    return Py_None;
  }

  std::string mangled(const std::string& name) {
    if (class_stack_.empty()) return name;
    return mangle(class_stack_.back(), name);
  }

  // ---- names ----------------------------------------------------------------------------------
  enum class Ctx { Load, Store, Del };

  int index_of(const std::vector<std::string>& v, const std::string& n) {
    for (size_t i = 0; i < v.size(); ++i)
      if (v[i] == n) return static_cast<int>(i);
    return -1;
  }

  void name_op(const std::string& raw, Ctx ctx) {
    std::string n = mangled(raw);
    Block* b = u_->ste;
    Scope scope = b->scope_of(n);
    enum { FAST, DEREF, GLOBAL, NAME } kind = NAME;
    int deref_index = -1;
    switch (scope) {
      case Scope::Free:
        kind = DEREF;
        deref_index = static_cast<int>(u_->cellvars.size()) + index_of(u_->freevars, n);
        break;
      case Scope::Cell:
        kind = DEREF;
        deref_index = index_of(u_->cellvars, n);
        break;
      case Scope::Local:
        kind = b->type == BlockType::Function ? FAST : NAME;
        break;
      case Scope::GlobalImplicit:
        kind = b->type == BlockType::Function ? GLOBAL : NAME;
        break;
      case Scope::GlobalExplicit:
        kind = GLOBAL;
        break;
      case Scope::None:
        kind = b->type == BlockType::Function ? GLOBAL : NAME;
        break;
    }
    if (kind == DEREF && deref_index < 0) {
      // A free name of a class body that the class also binds: treat as a name.
      kind = NAME;
    }
    switch (kind) {
      case FAST: {
        int i = index_of(u_->varnames, n);
        if (i < 0) {
          u_->varnames.push_back(n);
          i = static_cast<int>(u_->varnames.size()) - 1;
        }
        emit(ctx == Ctx::Load ? OP_LOAD_FAST : ctx == Ctx::Store ? OP_STORE_FAST : OP_DELETE_FAST, i);
        return;
      }
      case DEREF:
        if (ctx == Ctx::Load && b->type == BlockType::Class)
          emit(OP_LOAD_CLASSDEREF, deref_index);
        else
          emit(ctx == Ctx::Load ? OP_LOAD_DEREF : ctx == Ctx::Store ? OP_STORE_DEREF : OP_DELETE_DEREF,
               deref_index);
        return;
      case GLOBAL:
        emit(ctx == Ctx::Load ? OP_LOAD_GLOBAL : ctx == Ctx::Store ? OP_STORE_GLOBAL : OP_DELETE_GLOBAL,
             name_idx(n));
        return;
      case NAME:
        emit(ctx == Ctx::Load ? OP_LOAD_NAME : ctx == Ctx::Store ? OP_STORE_NAME : OP_DELETE_NAME,
             name_idx(n));
        return;
    }
  }

  // ---- statements -------------------------------------------------------------------------------
  void body(const StmtSeq& seq) {
    for (Stmt* s : seq) stmt(s);
  }

  void stmt(Stmt* s) {
    NestGuard guard(this);
    set_pos(s->pos);
    switch (s->kind) {
      case StmtKind::FunctionDef: function_def(static_cast<FunctionDef*>(s)); break;
      case StmtKind::AsyncFunctionDef: function_def(static_cast<AsyncFunctionDef*>(s)); break;
      case StmtKind::ClassDef: class_def(static_cast<ClassDef*>(s)); break;
      case StmtKind::Return: return_stmt(static_cast<Return*>(s)); break;
      case StmtKind::Delete:
        for (Expr* t : static_cast<Delete*>(s)->targets) del_target(t);
        break;
      case StmtKind::Assign: {
        auto* a = static_cast<Assign*>(s);
        expr(a->value);
        for (int i = 0; i < a->targets.size; ++i) {
          if (i + 1 < a->targets.size) emit(OP_COPY, 1);
          store_target(a->targets[i]);
        }
        break;
      }
      case StmtKind::AugAssign: aug_assign(static_cast<AugAssign*>(s)); break;
      case StmtKind::AnnAssign: ann_assign(static_cast<AnnAssign*>(s)); break;
      case StmtKind::For: for_stmt(static_cast<For*>(s)); break;
      case StmtKind::While: while_stmt(static_cast<While*>(s)); break;
      case StmtKind::If: if_stmt(static_cast<If*>(s)); break;
      case StmtKind::With: {
        auto* w = static_cast<With*>(s);
        with_stmt(w->items, w->body, w->pos, 0, false);
        break;
      }
      case StmtKind::Match: match_stmt(static_cast<Match*>(s)); break;
      case StmtKind::Raise: {
        auto* r = static_cast<Raise*>(s);
        int n = 0;
        if (r->exc) {
          expr(r->exc);
          n = 1;
          if (r->cause) {
            expr(r->cause);
            n = 2;
          }
        }
        set_pos(s->pos);
        emit(OP_RAISE_VARARGS, n);
        break;
      }
      case StmtKind::Try: {
        auto* t = static_cast<Try*>(s);
        if (t->finalbody.size) try_finally(t);
        else try_except(t);
        break;
      }
      case StmtKind::TryStar: {
        auto* t = static_cast<TryStar*>(s);
        if (t->finalbody.size) try_finally(t);
        else try_star(t);
        break;
      }
      case StmtKind::Assert: assert_stmt(static_cast<Assert*>(s)); break;
      case StmtKind::Import: import_stmt(static_cast<Import*>(s)); break;
      case StmtKind::ImportFrom: import_from(static_cast<ImportFrom*>(s)); break;
      case StmtKind::Global:
      case StmtKind::Nonlocal:
      case StmtKind::Pass:
        break;
      case StmtKind::ExprStmt: {
        Expr* v = static_cast<ExprStmt*>(s)->value;
        if (interactive_ && u_->ste == st_->top) {
          expr(v);
          emit(OP_PRINT_EXPR);
        } else if (v->kind == ExprKind::Constant) {
          // A bare constant (docstring-like) does nothing.
        } else {
          expr(v);
          emit(OP_POP_TOP);
        }
        break;
      }
      case StmtKind::Break: break_stmt(s); break;
      case StmtKind::Continue: continue_stmt(s); break;
      case StmtKind::AsyncFor: async_for_stmt(static_cast<AsyncFor*>(s)); break;
      case StmtKind::AsyncWith: {
        auto* w = static_cast<AsyncWith*>(s);
        with_stmt(w->items, w->body, w->pos, 0, true);
        break;
      }
    }
  }

  void if_stmt(If* s) {
    int end = new_label();
    int orelse = s->orelse.size ? new_label() : end;
    jump_if(s->test, false, orelse);
    body(s->body);
    if (s->orelse.size) {
      jump(OP_JUMP, end);
      bind(orelse);
      body(s->orelse);
    }
    bind(end);
  }

  void while_stmt(While* s) {
    int top = new_label(), end = new_label(), orelse = new_label();
    bind(top);
    jump_if(s->test, false, orelse);
    u_->fblocks.push_back({FBlock::WhileLoop, top, end});
    body(s->body);
    u_->fblocks.pop_back();
    set_pos(s->pos);
    jump(OP_JUMP, top);
    bind(orelse);
    body(s->orelse);
    bind(end);
  }

  void for_stmt(For* s) {
    int top = new_label(), cleanup = new_label(), end = new_label();
    expr(s->iter);
    set_pos(s->iter->pos);
    emit(OP_GET_ITER);
    bind(top);
    set_pos(s->pos);
    jump(OP_FOR_ITER, cleanup);
    store_target(s->target);
    u_->fblocks.push_back({FBlock::ForLoop, top, end});
    body(s->body);
    u_->fblocks.pop_back();
    set_pos(s->pos);
    jump(OP_JUMP, top);
    bind(cleanup);
    body(s->orelse);
    bind(end);
  }

  // `await`: [awaitable iterator] -> [result], the same SEND loop as `yield from`.
  void await_loop() {
    load_const(Py_None);
    int top = new_label(), end = new_label();
    bind(top);
    jump(OP_SEND, end);
    emit(OP_YIELD_VALUE);
    jump(OP_JUMP, top);
    bind(end);
  }

  // async for: the loop ends when awaiting __anext__() raises StopAsyncIteration
  // (END_ASYNC_FOR in the handler around the GET_ANEXT and its await).
  void async_for_stmt(AsyncFor* s) {
    int top = new_label(), except = new_label(), end = new_label();
    expr(s->iter);
    set_pos(s->iter->pos);
    emit(OP_GET_AITER);
    bind(top);
    set_pos(s->pos);
    int saved = push_handler(except);
    int hidx = u_->cur_handler;
    emit(OP_GET_ANEXT);
    await_loop();
    pop_handler(saved);
    store_target(s->target);
    u_->fblocks.push_back({FBlock::ForLoop, top, end});
    body(s->body);
    u_->fblocks.pop_back();
    set_pos(s->pos);
    jump(OP_JUMP, top);
    bind_handler(except, hidx);  // [aiter, exc]
    set_pos(s->pos);
    emit(OP_END_ASYNC_FOR);
    body(s->orelse);
    bind(end);
  }

  // Calls the __exit__ (or __aexit__, then awaits it) on the stack with (None, None, None).
  void exit_none(bool is_async) {
    emit(OP_PUSH_NULL);
    load_const(Py_None);
    load_const(Py_None);
    load_const(Py_None);
    emit(OP_CALL, 3);
    if (is_async) {
      emit(OP_GET_AWAITABLE, 2);
      await_loop();
    }
    emit(OP_POP_TOP);
  }

  FBlockInfo* innermost_loop() {
    for (int i = static_cast<int>(u_->fblocks.size()) - 1; i >= 0; --i) {
      FBlock t = u_->fblocks[i].type;
      if (t == FBlock::WhileLoop || t == FBlock::ForLoop) return &u_->fblocks[i];
    }
    return nullptr;
  }

  // Emits the cleanup of fblocks from the innermost down to (not including) `stop` (an index;
  // -1 unwinds them all). `preserve_tos`: a return value sits on top of the stack.
  void unwind(int stop, bool preserve_tos) {
    std::vector<FBlockInfo> saved = u_->fblocks;
    for (int i = static_cast<int>(u_->fblocks.size()) - 1; i > stop; --i) {
      FBlockInfo fb = u_->fblocks[i];
      switch (fb.type) {
        case FBlock::WhileLoop:
        case FBlock::ExceptionHandler:
        case FBlock::FinallyEnd:
          if (fb.type == FBlock::FinallyEnd) {
            // Inside a finally body run for an exception: [prev, exc] on the stack.
            pop_handler(fb.saved_handler);
            if (preserve_tos) emit(OP_SWAP, 2);
            emit(OP_POP_TOP);  // the exception
            if (preserve_tos) emit(OP_SWAP, 2);
            emit(OP_POP_EXCEPT);
          }
          break;
        case FBlock::ForLoop:
          if (preserve_tos) emit(OP_SWAP, 2);
          emit(OP_POP_TOP);
          break;
        case FBlock::TryExcept:
          pop_handler(fb.saved_handler);
          break;
        case FBlock::FinallyTry: {
          pop_handler(fb.saved_handler);
          // Run the finally body with the blocks outside it.
          u_->fblocks.resize(i);
          body(*fb.finalbody);
          u_->fblocks = saved;
          break;
        }
        case FBlock::AsyncWith:
          pop_handler(fb.saved_handler);
          if (preserve_tos) emit(OP_SWAP, 2);
          exit_none(true);
          break;
        case FBlock::With:
          pop_handler(fb.saved_handler);
          if (preserve_tos) emit(OP_SWAP, 2);
          exit_none(false);
          break;
        case FBlock::ExceptStarHandler:  // refused by check_except_star_exit
        case FBlock::HandlerCleanup:
          pop_handler(fb.saved_handler);
          if (fb.name) {
            load_const(Py_None);
            name_op(fb.name, Ctx::Store);
            name_op(fb.name, Ctx::Del);
          }
          if (preserve_tos) emit(OP_SWAP, 2);
          emit(OP_POP_EXCEPT);
          break;
      }
    }
    u_->fblocks = saved;
  }

  // break/continue/return may not leave an except* clause's body (blocks above `stop`).
  void check_except_star_exit(int stop, Stmt* s) {
    for (int i = static_cast<int>(u_->fblocks.size()) - 1; i > stop; --i)
      if (u_->fblocks[i].type == FBlock::ExceptStarHandler)
        error(s->pos, "'break', 'continue' and 'return' cannot appear in an except* block");
  }

  void break_stmt(Stmt* s) {
    FBlockInfo* loop = innermost_loop();
    if (!loop) error(s->pos, "'break' outside loop");
    int idx = static_cast<int>(loop - u_->fblocks.data());
    check_except_star_exit(idx, s);
    int saved_handler = u_->cur_handler;
    int exit = loop->label_exit;
    bool is_for = loop->type == FBlock::ForLoop;
    unwind(idx, false);
    if (is_for) emit(OP_POP_TOP);
    jump(OP_JUMP, exit);
    u_->cur_handler = saved_handler;
  }

  void continue_stmt(Stmt* s) {
    FBlockInfo* loop = innermost_loop();
    if (!loop) error(s->pos, "'continue' not properly in loop");
    int idx = static_cast<int>(loop - u_->fblocks.data());
    check_except_star_exit(idx, s);
    int saved_handler = u_->cur_handler;
    int target = loop->label_continue;
    unwind(idx, false);
    jump(OP_JUMP, target);
    u_->cur_handler = saved_handler;
  }

  void return_stmt(Return* s) {
    if (u_->ste->type != BlockType::Function) error(s->pos, "'return' outside function");
    if (s->value && u_->ste->is_coroutine && u_->ste->is_generator)
      error(s->pos, "'return' with value in async generator");
    check_except_star_exit(-1, s);
    if (s->value) expr(s->value);
    else load_const(Py_None);
    int saved_handler = u_->cur_handler;
    unwind(-1, true);
    set_pos(s->pos);
    emit(OP_RETURN_VALUE);
    u_->cur_handler = saved_handler;
  }

  void try_handlers(Try* s) { try_except(s); }
  void try_handlers(TryStar* s) { try_star(s); }

  // try/except*: each clause takes the part of the exception (group) its types match
  // (CHECK_EG_MATCH); what the clauses raise and the part nobody matched are combined at the
  // end (PREP_RERAISE_STAR) into the exception that leaves the statement, if any.
  void try_star(TryStar* s) {
    int handler = new_label(), cleanup = new_label(), end = new_label(), orelse = new_label();
    int reraise = new_label();
    int saved = push_handler(handler);
    int hidx = u_->cur_handler;
    u_->fblocks.push_back({FBlock::TryExcept});
    u_->fblocks.back().saved_handler = saved;
    body(s->body);
    u_->fblocks.pop_back();
    pop_handler(saved);
    jump(OP_JUMP, orelse);

    bind_handler(handler, hidx);
    int saved2 = push_handler(cleanup, false);
    int cidx = u_->cur_handler;
    u_->handlers[cidx].depth = u_->depth - 1 + 1;
    emit(OP_PUSH_EXC_INFO);                    // [prev, exc]
    u_->handlers[cidx].depth = u_->depth - 1;
    emit(OP_COPY, 1);                          // [prev, orig, exc]
    emit(OP_BUILD_LIST, 0);                    // [prev, orig, exc, raised]
    emit(OP_SWAP, 2);                          // [prev, orig, raised, exc]
    for (ExceptHandler* h : s->handlers) {
      set_pos(h->pos);
      int next = new_label(), no_match = new_label();
      expr(h->type);                           // [..., raised, exc, T]
      emit(OP_CHECK_EG_MATCH);                 // [..., raised, rest, match] / [..., exc, None]
      emit(OP_COPY, 1);
      jump(OP_POP_JUMP_IF_NONE, no_match);
      if (h->name) name_op(h->name, Ctx::Store);
      else emit(OP_POP_TOP);                   // [..., raised, rest]
      int body_raised = new_label();
      int saved3 = push_handler(body_raised);
      int bidx = u_->cur_handler;
      u_->fblocks.push_back({FBlock::ExceptStarHandler});
      u_->fblocks.back().name = h->name;
      u_->fblocks.back().saved_handler = saved3;
      body(h->body);
      u_->fblocks.pop_back();
      pop_handler(saved3);
      if (h->name) {
        load_const(Py_None);
        name_op(h->name, Ctx::Store);
        name_op(h->name, Ctx::Del);
      }
      jump(OP_JUMP, next);
      // The clause raised: [..., raised, rest, exc2] -> exc2 appended to `raised`.
      bind_handler(body_raised, bidx);
      if (h->name) {
        load_const(Py_None);
        name_op(h->name, Ctx::Store);
        name_op(h->name, Ctx::Del);
      }
      emit(OP_LIST_APPEND, 2);
      jump(OP_JUMP, next);
      bind(no_match);                          // [..., raised, exc, None]
      emit(OP_POP_TOP);
      bind(next);                              // [..., raised, rest]
    }
    emit(OP_LIST_APPEND, 1);                   // [prev, orig, raised + [rest]]
    emit(OP_PREP_RERAISE_STAR);                // [prev, to_raise]
    emit(OP_COPY, 1);
    jump(OP_POP_JUMP_IF_NOT_NONE, reraise);
    emit(OP_POP_TOP);
    emit(OP_POP_EXCEPT);
    jump(OP_JUMP, end);
    bind(reraise);                             // [prev, to_raise]: the cleanup below
    emit(OP_RERAISE);                          // restores prev and raises it on
    pop_handler(saved2);

    bind_handler(cleanup, cidx);               // [prev, exc2]
    emit(OP_SWAP, 2);
    emit(OP_POP_EXCEPT);
    emit(OP_RERAISE);

    bind(orelse);
    body(s->orelse);
    bind(end);
  }

  void try_except(Try* s) {
    int handler = new_label(), cleanup = new_label(), end = new_label(), orelse = new_label();
    int saved = push_handler(handler);
    int hidx = u_->cur_handler;
    u_->fblocks.push_back({FBlock::TryExcept});
    u_->fblocks.back().saved_handler = saved;
    body(s->body);
    u_->fblocks.pop_back();
    pop_handler(saved);
    jump(OP_JUMP, orelse);

    bind_handler(handler, hidx);
    // [exc] -> [prev, exc], with the cleanup handler covering the except clauses.
    int saved2 = push_handler(cleanup, false);
    int cidx = u_->cur_handler;
    u_->handlers[cidx].depth = u_->depth - 1 + 1;  // prev stays below
    emit(OP_PUSH_EXC_INFO);
    u_->handlers[cidx].depth = u_->depth - 1;
    for (ExceptHandler* h : s->handlers) {
      set_pos(h->pos);
      int next = new_label();
      if (h->type) {
        expr(h->type);
        emit(OP_CHECK_EXC_MATCH);
        jump(OP_POP_JUMP_IF_FALSE, next);
      } else if (h != s->handlers.back()) {
        error(h->pos, "default 'except:' must be last");
      }
      if (h->name) {
        name_op(h->name, Ctx::Store);
        // The body runs with a handler that clears the name on the way out.
        int name_cleanup = new_label();
        int saved3 = push_handler(name_cleanup);
        int ncidx = u_->cur_handler;
        u_->fblocks.push_back({FBlock::HandlerCleanup});
        u_->fblocks.back().name = h->name;
        u_->fblocks.back().saved_handler = saved3;
        body(h->body);
        u_->fblocks.pop_back();
        pop_handler(saved3);
        emit(OP_POP_EXCEPT);
        load_const(Py_None);
        name_op(h->name, Ctx::Store);
        name_op(h->name, Ctx::Del);
        jump(OP_JUMP, end);
        // Exception inside the body: clear the name, then re-raise through the cleanup.
        bind_handler(name_cleanup, ncidx);
        load_const(Py_None);
        name_op(h->name, Ctx::Store);
        name_op(h->name, Ctx::Del);
        emit(OP_RERAISE);
      } else {
        emit(OP_POP_TOP);
        u_->fblocks.push_back({FBlock::HandlerCleanup});
        u_->fblocks.back().saved_handler = u_->cur_handler;
        body(h->body);
        u_->fblocks.pop_back();
        emit(OP_POP_EXCEPT);
        jump(OP_JUMP, end);
      }
      bind(next);
    }
    // No clause matched: re-raise (the cleanup handler restores the previous exception).
    emit(OP_RERAISE);
    pop_handler(saved2);

    bind_handler(cleanup, cidx);
    // [prev, exc2]
    emit(OP_SWAP, 2);
    emit(OP_POP_EXCEPT);
    emit(OP_RERAISE);

    bind(orelse);
    body(s->orelse);
    bind(end);
  }

  template <class T>
  void try_finally(T* s) {
    int handler = new_label(), cleanup = new_label(), end = new_label();
    int saved = push_handler(handler, false);
    int hidx = u_->cur_handler;
    u_->fblocks.push_back({FBlock::FinallyTry});
    u_->fblocks.back().finalbody = &s->finalbody;
    u_->fblocks.back().saved_handler = saved;
    if (s->handlers.size) try_handlers(s);
    else body(s->body);
    u_->fblocks.pop_back();
    pop_handler(saved);
    body(s->finalbody);
    jump(OP_JUMP, end);

    bind_handler(handler, hidx);
    int saved2 = push_handler(cleanup);
    int cidx = u_->cur_handler;
    emit(OP_PUSH_EXC_INFO);
    u_->handlers[cidx].depth = u_->depth - 1;
    u_->fblocks.push_back({FBlock::FinallyEnd});
    u_->fblocks.back().saved_handler = saved2;
    body(s->finalbody);
    u_->fblocks.pop_back();
    emit(OP_RERAISE);
    pop_handler(saved2);

    bind_handler(cleanup, cidx);
    emit(OP_SWAP, 2);
    emit(OP_POP_EXCEPT);
    emit(OP_RERAISE);
    bind(end);
  }

  // with / async with: one item at a time, the next items nested inside the first. The
  // exception path calls __exit__(type, value, tb) (awaited for async with) and re-raises
  // unless it returns true.
  void with_stmt(const WithItemSeq& items, const StmtSeq& with_body, const Pos& pos, int item,
                 bool is_async) {
    WithItem* wi = items[item];
    int handler = new_label(), cleanup = new_label(), suppress = new_label(), end = new_label();
    expr(wi->context_expr);
    set_pos(pos);
    if (is_async) {
      emit(OP_BEFORE_ASYNC_WITH);  // [exit, awaitable]
      emit(OP_GET_AWAITABLE, 1);
      await_loop();
    } else {
      emit(OP_BEFORE_WITH);
    }                              // [exit, result]
    int saved = push_handler(handler);
    int hidx = u_->cur_handler;
    u_->handlers[hidx].depth = u_->depth - 1;  // exit stays on the stack
    u_->fblocks.push_back({is_async ? FBlock::AsyncWith : FBlock::With});
    u_->fblocks.back().saved_handler = saved;
    if (wi->optional_vars) store_target(wi->optional_vars);
    else emit(OP_POP_TOP);
    if (item + 1 < items.size) with_stmt(items, with_body, pos, item + 1, is_async);
    else body(with_body);
    u_->fblocks.pop_back();
    pop_handler(saved);
    set_pos(pos);
    exit_none(is_async);
    jump(OP_JUMP, end);

    bind_handler(handler, hidx);  // [exit, exc]
    int saved2 = push_handler(cleanup);
    int cidx = u_->cur_handler;
    emit(OP_PUSH_EXC_INFO);        // [exit, prev, exc]
    u_->handlers[cidx].depth = u_->depth - 1;
    emit(OP_WITH_EXCEPT_START);    // [exit, prev, exc, res]
    if (is_async) {
      emit(OP_GET_AWAITABLE, 2);
      await_loop();
    }
    jump(OP_POP_JUMP_IF_TRUE, suppress);
    emit(OP_RERAISE);
    bind(suppress);                // [exit, prev, exc]
    emit(OP_POP_TOP);
    emit(OP_POP_EXCEPT);
    emit(OP_POP_TOP);
    pop_handler(saved2);
    jump(OP_JUMP, end);

    bind_handler(cleanup, cidx);   // [exit, prev, exc2]
    emit(OP_SWAP, 2);
    emit(OP_POP_EXCEPT);
    emit(OP_RERAISE);
    bind(end);
  }

  // ---- the match statement ------------------------------------------------------------------
  // As CPython 3.11's compiler_match: the subject stays on the stack while the cases try it;
  // a pattern keeps the values it captures on the stack and stores them only once the whole
  // pattern matched. `fail_pop[n]` is a label that pops n items and falls into the failure
  // path; `on_top` counts the items above the captures that a failure must pop too.
  struct PatternCtx {
    std::vector<std::string> stores;
    bool allow_irrefutable = false;
    std::vector<int> fail_pop;
    int on_top = 0;
  };
  Pos pat_loc_{};  // CPython's "current location": the last pattern visited, for errors

  static bool is_wildcard(Pattern* p) {
    auto* a = as<MatchAs>(p);
    return a && !a->pattern && !a->name;
  }
  static bool is_star_wildcard(Pattern* p) {
    auto* s = as<MatchStar>(p);
    return s && !s->name;
  }

  void match_stmt(Match* s) {
    expr(s->subject);
    int end = new_label();
    int cases = s->cases.size;
    MatchCase* last = s->cases[cases - 1];
    bool has_default = is_wildcard(last->pattern) && cases > 1;
    for (int i = 0; i < cases - has_default; ++i) {
      MatchCase* m = s->cases[i];
      pat_loc_ = m->pattern->pos;
      set_pos(m->pattern->pos);
      bool copy = i != cases - has_default - 1;
      if (copy) emit(OP_COPY, 1);
      PatternCtx pc;
      // Irrefutable cases must be either guarded, last, or both.
      pc.allow_irrefutable = m->guard != nullptr || i == cases - 1;
      pattern(m->pattern, pc);
      for (const std::string& n : pc.stores) name_op(n, Ctx::Store);
      if (m->guard) {
        ensure_fail_pop(pc, 0);
        jump_if(m->guard, false, pc.fail_pop[0]);
      }
      if (copy) emit(OP_POP_TOP);
      body(m->body);
      jump(OP_JUMP, end);
      set_pos(m->pattern->pos);
      emit_and_reset_fail_pop(pc);
    }
    if (has_default) {
      set_pos(last->pattern->pos);
      emit(OP_NOP);
      if (last->guard) jump_if(last->guard, false, end);
      body(last->body);
    }
    bind(end);
  }

  void ensure_fail_pop(PatternCtx& pc, int n) {
    while (static_cast<int>(pc.fail_pop.size()) <= n) pc.fail_pop.push_back(new_label());
  }

  void jump_to_fail_pop(PatternCtx& pc, Opcode op) {
    int pops = pc.on_top + static_cast<int>(pc.stores.size());
    ensure_fail_pop(pc, pops);
    jump(op, pc.fail_pop[pops]);
  }

  void emit_and_reset_fail_pop(PatternCtx& pc) {
    if (pc.fail_pop.empty()) return;
    for (int i = static_cast<int>(pc.fail_pop.size()) - 1; i > 0; --i) {
      bind(pc.fail_pop[i]);
      emit(OP_POP_TOP);
    }
    bind(pc.fail_pop[0]);
    pc.fail_pop.clear();
  }

  // Moves the top of the stack down `count - 1` places.
  void rotate(int count) {
    while (count > 1) emit(OP_SWAP, count--);
  }

  void check_store_name(const char* name) {
    if (!std::strcmp(name, "__debug__")) error(pat_loc_, "cannot assign to __debug__");
  }

  void store_name(Ident name, PatternCtx& pc) {
    if (!name) {
      emit(OP_POP_TOP);
      return;
    }
    check_store_name(name);
    for (const std::string& n : pc.stores)
      if (n == name) error(pat_loc_, std::string("multiple assignments to name '") + name + "' in pattern");
    rotate(pc.on_top + static_cast<int>(pc.stores.size()) + 1);
    pc.stores.push_back(name);
  }

  void subpattern(Pattern* p, PatternCtx& pc) {
    bool saved = pc.allow_irrefutable;
    pc.allow_irrefutable = true;
    pattern(p, pc);
    pc.allow_irrefutable = saved;
  }

  // The value a MatchValue or mapping key stands for, folded as CPython's AST optimizer folds
  // `-1` and `1+2j`; nullptr for an attribute lookup (evaluated at run time). Anything else is
  // CPython's compile error `what`.
  Object* pattern_constant(Expr* e, const char* what) {
    switch (e->kind) {
      case ExprKind::Attribute: return nullptr;
      case ExprKind::Constant: return constant(static_cast<Constant*>(e)->value);
      case ExprKind::UnaryOp: {
        auto* u = static_cast<UnaryOp*>(e);
        if (u->op == UnaryOpKind::USub && u->operand->kind == ExprKind::Constant)
          return negative(constant(static_cast<Constant*>(u->operand)->value));
        break;
      }
      case ExprKind::BinOp: {
        auto* b = static_cast<BinOp*>(e);
        if (b->op != OperatorKind::Add && b->op != OperatorKind::Sub) break;
        Object* l = b->left->kind == ExprKind::Attribute ? nullptr : pattern_constant(b->left, what);
        if (!l || b->right->kind != ExprKind::Constant) break;
        Object* r = constant(static_cast<Constant*>(b->right)->value);
        return binary_op(l, r, b->op == OperatorKind::Add ? BINOP_add : BINOP_subtract);
      }
      default:
        break;
    }
    error(pat_loc_, what);
  }

  void pattern(Pattern* p, PatternCtx& pc) {
    NestGuard guard(this);
    pat_loc_ = p->pos;
    set_pos(p->pos);
    switch (p->kind) {
      case PatternKind::MatchValue: {
        Expr* v = static_cast<MatchValue*>(p)->value;
        if (Object* c = pattern_constant(v, "patterns may only match literals and attribute lookups"))
          load_const(c);
        else
          expr(v);
        compare_op(CmpOpKind::Eq);
        jump_to_fail_pop(pc, OP_POP_JUMP_IF_FALSE);
        break;
      }
      case PatternKind::MatchSingleton:
        load_const(constant(static_cast<MatchSingleton*>(p)->value));
        emit(OP_IS_OP, 0);
        jump_to_fail_pop(pc, OP_POP_JUMP_IF_FALSE);
        break;
      case PatternKind::MatchSequence: pattern_sequence(static_cast<MatchSequence*>(p), pc); break;
      case PatternKind::MatchMapping: pattern_mapping(static_cast<MatchMapping*>(p), pc); break;
      case PatternKind::MatchClass: pattern_class(static_cast<MatchClass*>(p), pc); break;
      case PatternKind::MatchStar: store_name(static_cast<MatchStar*>(p)->name, pc); break;
      case PatternKind::MatchAs: {
        auto* a = static_cast<MatchAs*>(p);
        if (!a->pattern) {
          if (!pc.allow_irrefutable) {
            if (a->name)
              error(pat_loc_, std::string("name capture '") + a->name +
                                  "' makes remaining patterns unreachable");
            error(pat_loc_, "wildcard makes remaining patterns unreachable");
          }
          store_name(a->name, pc);
          break;
        }
        // Keep a copy of the subject to store once the subpattern matched.
        pc.on_top++;
        emit(OP_COPY, 1);
        pattern(a->pattern, pc);
        pc.on_top--;
        store_name(a->name, pc);
        break;
      }
      case PatternKind::MatchOr: pattern_or(static_cast<MatchOr*>(p), pc); break;
    }
  }

  void pattern_sequence(MatchSequence* p, PatternCtx& pc) {
    const PatternSeq& pats = p->patterns;
    int size = pats.size;
    int star = -1;
    bool only_wildcard = true, star_wildcard = false;
    for (int i = 0; i < size; ++i) {
      Pattern* q = pats[i];
      if (q->kind == PatternKind::MatchStar) {
        if (star >= 0) error(pat_loc_, "multiple starred names in sequence pattern");
        star_wildcard = is_star_wildcard(q);
        only_wildcard = only_wildcard && star_wildcard;
        star = i;
        continue;
      }
      only_wildcard = only_wildcard && is_wildcard(q);
    }
    // The subject stays on top during the sequence and length checks.
    pc.on_top++;
    emit(OP_MATCH_SEQUENCE);
    jump_to_fail_pop(pc, OP_POP_JUMP_IF_FALSE);
    if (star < 0) {
      emit(OP_GET_LEN);
      load_const(make_small_int(size));
      compare_op(CmpOpKind::Eq);
      jump_to_fail_pop(pc, OP_POP_JUMP_IF_FALSE);
    } else if (size > 1) {
      emit(OP_GET_LEN);
      load_const(make_small_int(size - 1));
      compare_op(CmpOpKind::GtE);
      jump_to_fail_pop(pc, OP_POP_JUMP_IF_FALSE);
    }
    pc.on_top--;
    if (only_wildcard) {
      emit(OP_POP_TOP);
    } else if (star_wildcard) {
      // [a, *_, b]: index the subject instead of unpacking it all.
      pc.on_top++;
      for (int i = 0; i < size; ++i) {
        Pattern* q = pats[i];
        if (i == star || is_wildcard(q)) continue;
        emit(OP_COPY, 1);
        if (i < star) {
          load_const(make_small_int(i));
        } else {
          // The subject may not support negative indexes: len(subject) - (size - i).
          emit(OP_GET_LEN);
          load_const(make_small_int(size - i));
          emit(OP_BINARY_OP, BINOP_subtract);
        }
        emit(OP_BINARY_SUBSCR);
        subpattern(q, pc);
      }
      pc.on_top--;
      emit(OP_POP_TOP);
    } else {
      if (star < 0) {
        emit(OP_UNPACK_SEQUENCE, size);
      } else {
        if (star >= 256 || size - star - 1 >= (1 << 16))
          error(pat_loc_, "too many expressions in star-unpacking sequence pattern");
        emit(OP_UNPACK_EX, static_cast<uint32_t>(star) | (static_cast<uint32_t>(size - star - 1) << 8));
      }
      pc.on_top += size;
      for (Pattern* q : pats) {
        pc.on_top--;
        subpattern(q, pc);
      }
    }
  }

  void pattern_mapping(MatchMapping* p, PatternCtx& pc) {
    int size = p->keys.size;
    pc.on_top++;
    emit(OP_MATCH_MAPPING);
    jump_to_fail_pop(pc, OP_POP_JUMP_IF_FALSE);
    if (!size && !p->rest) {
      // `{}`: done.
      pc.on_top--;
      emit(OP_POP_TOP);
      return;
    }
    if (size) {
      emit(OP_GET_LEN);
      load_const(make_small_int(size));
      compare_op(CmpOpKind::GtE);
      jump_to_fail_pop(pc, OP_POP_JUMP_IF_FALSE);
    }
    // The keys, as a tuple for MATCH_KEYS: literals (no two equal) or attribute lookups.
    ListObject* seen = list_new(0);
    for (Expr* key : p->keys) {
      Object* c = pattern_constant(key, "mapping pattern keys may only match literals and attribute lookups");
      if (c) {
        for (intptr_t j = 0; j < seen->size; ++j)
          if (eq(seen->items[j], c))
            error(pat_loc_, std::string("mapping pattern checks duplicate key (") + repr_cstr(c) + ")");
        list_append(seen, c);
        load_const(c);
      } else {
        expr(key);
      }
    }
    emit(OP_BUILD_TUPLE, size);
    emit(OP_MATCH_KEYS);
    // A tuple of keys and a tuple of values (or None) on top of the subject.
    pc.on_top += 2;
    emit(OP_COPY, 1);
    jump_to_fail_pop(pc, OP_POP_JUMP_IF_NONE);
    emit(OP_UNPACK_SEQUENCE, size);
    pc.on_top += size - 1;
    for (int i = 0; i < size; ++i) {
      pc.on_top--;
      subpattern(p->patterns[i], pc);
    }
    // A match: what follows consumes the keys and the subject.
    pc.on_top -= 2;
    if (p->rest) {
      // rest = dict(subject); del rest[key] for each key
      emit(OP_BUILD_MAP, 0);             // [subject, keys, empty]
      emit(OP_SWAP, 3);                  // [empty, keys, subject]
      emit(OP_DICT_UPDATE, 2);           // [copy, keys]
      emit(OP_UNPACK_SEQUENCE, size);    // [copy, keys...]
      for (int n = size; n > 0; --n) {
        emit(OP_COPY, 1 + n);            // [copy, keys..., copy]
        emit(OP_SWAP, 2);                // [copy, keys..., copy, key]
        emit(OP_DELETE_SUBSCR);          // [copy, keys...]
      }
      store_name(p->rest, pc);
    } else {
      emit(OP_POP_TOP);  // the keys
      emit(OP_POP_TOP);  // the subject
    }
  }

  void pattern_class(MatchClass* p, PatternCtx& pc) {
    int nargs = p->patterns.size;
    int nattrs = p->kwd_attrs.size;
    for (int i = 0; i < nattrs; ++i) {
      pat_loc_ = p->kwd_patterns[i]->pos;
      check_store_name(p->kwd_attrs[i]);
      for (int j = i + 1; j < nattrs; ++j) {
        if (!std::strcmp(p->kwd_attrs[i], p->kwd_attrs[j])) {
          pat_loc_ = p->kwd_patterns[j]->pos;
          error(pat_loc_, std::string("attribute name repeated in class pattern: ") + p->kwd_attrs[i]);
        }
      }
    }
    pat_loc_ = p->pos;
    expr(p->cls);
    TupleObject* names = tuple_new(nattrs);
    for (int i = 0; i < nattrs; ++i) names->items[i] = intern(p->kwd_attrs[i]);
    load_const(names);
    emit(OP_MATCH_CLASS, nargs);
    emit(OP_COPY, 1);
    // A tuple of nargs + nattrs attributes (or None) on top.
    pc.on_top++;
    jump_to_fail_pop(pc, OP_POP_JUMP_IF_NONE);
    emit(OP_UNPACK_SEQUENCE, nargs + nattrs);
    pc.on_top += nargs + nattrs - 1;
    for (int i = 0; i < nargs + nattrs; ++i) {
      pc.on_top--;
      Pattern* q = i < nargs ? p->patterns[i] : p->kwd_patterns[i - nargs];
      if (is_wildcard(q)) {
        emit(OP_POP_TOP);
        continue;
      }
      subpattern(q, pc);
    }
  }

  void pattern_or(MatchOr* p, PatternCtx& pc) {
    int end = new_label();
    int size = p->patterns.size;
    PatternCtx old = pc;
    // The names bound by the first alternative: the others must bind the same ones, and their
    // values are reordered on the stack to this order.
    std::vector<std::string> control;
    for (int i = 0; i < size; ++i) {
      Pattern* alt = p->patterns[i];
      pat_loc_ = alt->pos;
      set_pos(alt->pos);
      pc.stores.clear();
      // An irrefutable alternative must be last, if it is allowed at all.
      pc.allow_irrefutable = i == size - 1 && old.allow_irrefutable;
      pc.fail_pop.clear();
      pc.on_top = 0;
      emit(OP_COPY, 1);
      pattern(alt, pc);
      size_t nstores = pc.stores.size();
      if (i == 0) {
        control = pc.stores;
      } else if (nstores != control.size()) {
        error(pat_loc_, "alternative patterns bind different names");
      } else if (nstores) {
        for (int icontrol = static_cast<int>(nstores) - 1; icontrol >= 0; --icontrol) {
          int istores = index_of(pc.stores, control[icontrol]);
          if (istores < 0) error(pat_loc_, "alternative patterns bind different names");
          if (icontrol != istores) {
            // rotated = stores[:istores + 1]; del stores[:istores + 1];
            // stores[icontrol - istores:icontrol - istores] = rotated; the same on the stack.
            int rotations = istores + 1;
            std::vector<std::string> rotated(pc.stores.begin(), pc.stores.begin() + rotations);
            pc.stores.erase(pc.stores.begin(), pc.stores.begin() + rotations);
            pc.stores.insert(pc.stores.begin() + (icontrol - istores), rotated.begin(), rotated.end());
            while (rotations--) rotate(icontrol + 1);
          }
        }
      }
      jump(OP_JUMP, end);
      emit_and_reset_fail_pop(pc);
    }
    pc = old;
    // No alternative matched: pop the copy of the subject and fail.
    emit(OP_POP_TOP);
    jump_to_fail_pop(pc, OP_JUMP);
    bind(end);
    // Move the new captures below the subject, anything on top and the earlier captures.
    int nstores = static_cast<int>(control.size());
    int nrots = nstores + 1 + pc.on_top + static_cast<int>(pc.stores.size());
    for (int i = 0; i < nstores; ++i) {
      rotate(nrots);
      const std::string& name = control[i];
      for (const std::string& n : pc.stores)
        if (n == name) error(pat_loc_, "multiple assignments to name '" + name + "' in pattern");
      pc.stores.push_back(name);
    }
    emit(OP_POP_TOP);  // the copy of the subject
  }

  void assert_stmt(Assert* s) {
    int end = new_label();
    jump_if(s->test, true, end);
    // As CPython: the error is reported at the asserted expression.
    set_pos(s->test->pos);
    emit(OP_LOAD_ASSERTION_ERROR);
    if (s->msg) {
      emit(OP_PUSH_NULL);
      expr(s->msg);
      set_pos(s->test->pos);
      emit(OP_CALL, 1);
    }
    set_pos(s->test->pos);
    emit(OP_RAISE_VARARGS, 1);
    bind(end);
  }

  void import_stmt(Import* s) {
    for (Alias* a : s->names) {
      set_pos(s->pos);  // CPython 3.11 places every import of the statement on the statement
      load_const(make_small_int(0));
      load_const(Py_None);
      std::string full = a->name;
      emit(OP_IMPORT_NAME, name_idx(full));
      if (a->asname) {
        size_t dot = full.find('.');
        if (dot != std::string::npos) {
          // import a.b.c as d: walk down to c.
          size_t start = dot + 1;
          for (;;) {
            size_t next = full.find('.', start);
            std::string part = full.substr(start, next == std::string::npos ? std::string::npos : next - start);
            emit(OP_IMPORT_FROM, name_idx(part));
            emit(OP_SWAP, 2);
            emit(OP_POP_TOP);
            if (next == std::string::npos) break;
            start = next + 1;
          }
        }
        name_op(a->asname, Ctx::Store);
      } else {
        std::string first = full.substr(0, full.find('.'));
        name_op(first, Ctx::Store);
      }
    }
  }

  void import_from(ImportFrom* s) {
    load_const(make_small_int(s->level));
    TupleObject* names = tuple_new(s->names.size);
    for (int i = 0; i < s->names.size; ++i) names->items[i] = intern(s->names[i]->name);
    load_const(names);
    emit(OP_IMPORT_NAME, name_idx(s->module ? s->module : ""));
    if (s->names.size == 1 && !std::strcmp(s->names[0]->name, "*")) {
      if (u_->ste->type == BlockType::Function) error(s->pos, "import * only allowed at module level");
      emit(OP_IMPORT_STAR);
      return;
    }
    for (Alias* a : s->names) {
      set_pos(a->pos);
      emit(OP_IMPORT_FROM, name_idx(a->name));
      name_op(a->asname ? a->asname : a->name, Ctx::Store);
    }
    emit(OP_POP_TOP);
  }

  void aug_assign(AugAssign* s) {
    uint32_t op = binop_arg(s->op) | kInplaceFlag;
    if (s->value->kind == ExprKind::BinOp) op |= kRightTemp;
    Expr* t = s->target;
    switch (t->kind) {
      case ExprKind::Name: {
        auto* n = static_cast<Name*>(t);
        set_pos(t->pos);
        name_op(n->id, Ctx::Load);
        expr(s->value);
        set_pos(s->pos);
        emit(OP_BINARY_OP, op);
        name_op(n->id, Ctx::Store);
        break;
      }
      case ExprKind::Attribute: {
        auto* a = static_cast<Attribute*>(t);
        expr(a->value);
        emit(OP_COPY, 1);
        set_pos(a->pos);
        emit(OP_LOAD_ATTR, name_idx(mangled(a->attr)));
        expr(s->value);
        set_pos(s->pos);
        emit(OP_BINARY_OP, op);
        emit(OP_SWAP, 2);
        emit(OP_STORE_ATTR, name_idx(mangled(a->attr)));
        break;
      }
      case ExprKind::Subscript: {
        auto* sub = static_cast<Subscript*>(t);
        expr(sub->value);
        expr(sub->slice);
        emit(OP_COPY, 2);
        emit(OP_COPY, 2);
        set_pos(sub->pos);
        emit(OP_BINARY_SUBSCR);
        expr(s->value);
        set_pos(s->pos);
        emit(OP_BINARY_OP, op);
        emit(OP_SWAP, 3);
        emit(OP_SWAP, 2);
        emit(OP_STORE_SUBSCR);
        break;
      }
      default:
        error(t->pos, "illegal expression for augmented assignment");
    }
  }

  // The value of an annotation: the expression's value, or under `from __future__ import
  // annotations` its source text as CPython's compiler writes it back (a str constant).
  void annotation_value(Expr* ann) {
    if (st_->future_annotations) {
      std::string text = unparse_annotation(ann);
      load_const(intern_utf8(text.data(), text.size()));
    } else {
      expr(ann);
    }
  }

  // Evaluates an expression for its side effects (and its errors) only.
  void eval_and_pop(Expr* e) {
    expr(e);
    emit(OP_POP_TOP);
  }

  // The parts of an annotated subscript target's slice that CPython evaluates.
  void eval_ann_subscript(Expr* slice) {
    if (auto* sl = as<Slice>(slice)) {
      if (sl->lower) eval_and_pop(sl->lower);
      if (sl->upper) eval_and_pop(sl->upper);
      if (sl->step) eval_and_pop(sl->step);
    } else if (auto* t = as<Tuple>(slice)) {
      for (Expr* e : t->elts) eval_ann_subscript(e);
    } else {
      eval_and_pop(slice);
    }
  }

  // As CPython 3.11: the assignment first; then a simple name's annotation is stored in
  // __annotations__ at module and class level (function locals' annotations are never
  // evaluated); an attribute or subscript target without a value has its object (and
  // subscript) evaluated; other annotations are evaluated and discarded at module and class
  // level, and not at all under `from __future__ import annotations`.
  void ann_assign(AnnAssign* s) {
    if (s->value) {
      expr(s->value);
      store_target(s->target);
    }
    bool in_function = u_->ste->type == BlockType::Function;
    switch (s->target->kind) {
      case ExprKind::Name:
        if (s->simple && !in_function) {
          auto* n = static_cast<Name*>(s->target);
          set_pos(s->pos);
          emit(OP_SETUP_ANNOTATIONS);
          annotation_value(s->annotation);
          name_op("__annotations__", Ctx::Load);
          load_const(intern(mangled(n->id).c_str()));
          emit(OP_STORE_SUBSCR);
          return;
        }
        break;
      case ExprKind::Attribute:
        if (!s->value) eval_and_pop(static_cast<Attribute*>(s->target)->value);
        break;
      case ExprKind::Subscript:
        if (!s->value) {
          auto* sub = static_cast<Subscript*>(s->target);
          eval_and_pop(sub->value);
          eval_ann_subscript(sub->slice);
        }
        break;
      default:
        break;
    }
    if (!s->simple && !in_function && !st_->future_annotations) eval_and_pop(s->annotation);
  }

  // ---- targets ------------------------------------------------------------------------------
  void store_target(Expr* t) {
    NestGuard guard(this);
    switch (t->kind) {
      case ExprKind::Name:
        name_op(static_cast<Name*>(t)->id, Ctx::Store);
        break;
      case ExprKind::Attribute: {
        auto* a = static_cast<Attribute*>(t);
        expr(a->value);
        set_pos(a->pos);
        emit(OP_STORE_ATTR, name_idx(mangled(a->attr)));
        break;
      }
      case ExprKind::Subscript: {
        auto* s = static_cast<Subscript*>(t);
        expr(s->value);
        expr(s->slice);
        set_pos(s->pos);
        emit(OP_STORE_SUBSCR);
        break;
      }
      case ExprKind::Tuple:
      case ExprKind::List: {
        const ExprSeq& elts = t->kind == ExprKind::Tuple ? static_cast<Tuple*>(t)->elts
                                                          : static_cast<List*>(t)->elts;
        unpack(t, elts);
        for (Expr* e : elts) store_target(e->kind == ExprKind::Starred ? static_cast<Starred*>(e)->value : e);
        break;
      }
      case ExprKind::Starred:
        error(t->pos, "starred assignment target must be in a list or tuple");
      default:
        error(t->pos, "cannot assign to expression");
    }
  }

  void unpack(Expr* t, const ExprSeq& elts) {
    int star = -1;
    for (int i = 0; i < elts.size; ++i) {
      if (elts[i]->kind == ExprKind::Starred) {
        if (star >= 0) error(t->pos, "multiple starred expressions in assignment");
        star = i;
      }
    }
    set_pos(t->pos);
    if (star < 0) {
      emit(OP_UNPACK_SEQUENCE, elts.size);
    } else {
      int after = elts.size - star - 1;
      if (star >= 256 || after >= (1 << 16))
        error(t->pos, "too many expressions in star-unpacking assignment");
      emit(OP_UNPACK_EX, static_cast<uint32_t>(star) | (static_cast<uint32_t>(after) << 8));
    }
  }

  void del_target(Expr* t) {
    set_pos(t->pos);
    switch (t->kind) {
      case ExprKind::Name:
        name_op(static_cast<Name*>(t)->id, Ctx::Del);
        break;
      case ExprKind::Attribute: {
        auto* a = static_cast<Attribute*>(t);
        expr(a->value);
        set_pos(a->pos);
        emit(OP_DELETE_ATTR, name_idx(mangled(a->attr)));
        break;
      }
      case ExprKind::Subscript: {
        auto* s = static_cast<Subscript*>(t);
        expr(s->value);
        expr(s->slice);
        set_pos(s->pos);
        emit(OP_DELETE_SUBSCR);
        break;
      }
      case ExprKind::Tuple:
        for (Expr* e : static_cast<Tuple*>(t)->elts) del_target(e);
        break;
      case ExprKind::List:
        for (Expr* e : static_cast<List*>(t)->elts) del_target(e);
        break;
      default:
        error(t->pos, "cannot delete expression");
    }
  }

  // ---- functions and classes ----------------------------------------------------------------
  std::string child_qualname(const std::string& name) {
    Unit* u = u_;
    if (u->ste->type == BlockType::Module) return name;
    // A name declared global in the enclosing scope has a plain qualname.
    if (u->ste->type != BlockType::Class || true) {
      const Symbol* sym = u->ste->lookup(mangled(name));
      if (sym && sym->scope == Scope::GlobalExplicit) return name;
    }
    if (u->ste->type == BlockType::Function) return u->qualname + ".<locals>." + name;
    return u->qualname + "." + name;
  }

  // Pushes defaults / kwdefaults / annotations; returns MAKE_FUNCTION flags.
  uint32_t function_defaults(Arguments* args) {
    uint32_t flags = 0;
    if (args->defaults.size) {
      for (Expr* d : args->defaults) expr(d);
      emit(OP_BUILD_TUPLE, args->defaults.size);
      flags |= MF_DEFAULTS;
    }
    int nkw = 0;
    for (int i = 0; i < args->kwonlyargs.size; ++i) {
      if (Expr* d = args->kw_defaults[i]) {
        load_const(intern(mangled(args->kwonlyargs[i]->arg).c_str()));
        expr(d);
        ++nkw;
      }
    }
    if (nkw) {
      emit(OP_BUILD_MAP, nkw);
      flags |= MF_KWDEFAULTS;
    }
    return flags;
  }

  // Pushes the annotations of a def as a dict (name -> value) and returns MF_ANNOTATIONS, or 0
  // when there are none. CPython 3.11's order: regular parameters before positional-only ones,
  // then *args, keyword-only parameters, **kwargs and the return annotation.
  uint32_t annotations(Arguments* args, Expr* returns) {
    int n = 0;
    auto one = [&](Arg* a) {
      if (a && a->annotation) {
        load_const(intern(mangled(a->arg).c_str()));
        if (auto* star = as<Starred>(a->annotation); star && !st_->future_annotations) {
          // def f(*args: *Ts): the annotation is the single item of Ts.
          CodePos at = u_->cur;  // CPython reports an unpacking error at the def statement
          expr(star->value);
          u_->cur = at;
          emit(OP_UNPACK_SEQUENCE, 1);
        } else {
          annotation_value(a->annotation);
        }
        ++n;
      }
    };
    for (Arg* a : args->args) one(a);
    for (Arg* a : args->posonlyargs) one(a);
    one(args->vararg);
    for (Arg* a : args->kwonlyargs) one(a);
    one(args->kwarg);
    if (returns) {
      load_const(intern("return"));
      annotation_value(returns);
      ++n;
    }
    if (!n) return 0;
    emit(OP_BUILD_MAP, n);
    return MF_ANNOTATIONS;
  }

  // Emits LOAD_CLOSURE for each free variable of `co` and BUILD_TUPLE; returns MF_CLOSURE or 0.
  uint32_t closure(CodeObject* co) {
    if (co->nfrees == 0) return 0;
    for (intptr_t i = 0; i < co->nfrees; ++i) {
      std::string n = str_utf8(static_cast<StrObject*>(co->freevars->items[i]));
      int idx = index_of(u_->cellvars, n);
      if (idx < 0) {
        int f = index_of(u_->freevars, n);
        idx = f < 0 ? 0 : static_cast<int>(u_->cellvars.size()) + f;
      }
      emit(OP_LOAD_CLOSURE, idx);
    }
    emit(OP_BUILD_TUPLE, co->nfrees);
    return MF_CLOSURE;
  }

  void make_function(CodeObject* co, uint32_t flags) {
    flags |= closure(co);
    load_const(co);
    emit(OP_MAKE_FUNCTION, flags);
  }

  void setup_args(Unit* u, Arguments* a) {
    u->posonly = a->posonlyargs.size;
    u->argcount = a->posonlyargs.size + a->args.size;
    u->kwonly = a->kwonlyargs.size;
    if (a->vararg) u->flags |= CO_VARARGS;
    if (a->kwarg) u->flags |= CO_VARKEYWORDS;
  }

  static uint32_t generator_flags(const Block* ste) {
    if (ste->is_coroutine) return ste->is_generator ? CO_ASYNC_GENERATOR : CO_COROUTINE;
    return ste->is_generator ? static_cast<uint32_t>(CO_GENERATOR) : 0u;
  }

  CodeObject* function_body(Block* ste, const std::string& name, const std::string& qualname,
                            Arguments* args, const StmtSeq* stmts, Expr* lambda_body, int line) {
    enter(ste, name, line);
    u_->qualname = qualname;
    u_->flags |= CO_OPTIMIZED | CO_NEWLOCALS;
    if (units_.size() > 2) u_->flags |= CO_NESTED;
    u_->flags |= generator_flags(ste);
    setup_args(u_, args);
    if (stmts) {
      // The docstring is the first constant (None when there is none), as in CPython.
      Object* doc = Py_None;
      if (stmts->size) {
        if (auto* e = as<ExprStmt>((*stmts)[0]))
          if (auto* c = as<Constant>(e->value); c && c->value.kind == Constant_::Kind::Str)
            doc = constant(c->value);
      }
      const_idx(doc);
      body(*stmts);
      if (u_->reachable) {
        load_const(Py_None);
        emit(OP_RETURN_VALUE);
      }
    } else {
      const_idx(Py_None);
      expr(lambda_body);
      if (!ste->is_generator) {
        emit(OP_RETURN_VALUE);
      } else {
        emit(OP_POP_TOP);
        load_const(Py_None);
        emit(OP_RETURN_VALUE);
      }
    }
    return leave();
  }

  void decorators(const ExprSeq& decs) {
    for (Expr* d : decs) {
      expr(d);
      emit(OP_PUSH_NULL);
    }
  }
  void apply_decorators(const ExprSeq& decs) {
    for (int i = decs.size - 1; i >= 0; --i) {
      set_pos(decs[i]->pos);
      emit(OP_CALL, 1);
    }
  }

  template <class Def>
  void function_def(Def* s) {
    decorators(s->decorator_list);
    int line = s->decorator_list.size ? s->decorator_list[0]->pos.lineno : s->pos.lineno;
    set_pos(s->pos);
    uint32_t flags = function_defaults(s->args);
    flags |= annotations(s->args, s->returns);
    Block* ste = st_->block_for(s);
    std::string qual = child_qualname(s->name);
    CodeObject* co = function_body(ste, s->name, qual, s->args, &s->body, nullptr, line);
    set_pos(s->pos);
    make_function(co, flags);
    apply_decorators(s->decorator_list);
    name_op(s->name, Ctx::Store);
  }

  void lambda(Lambda* e) {
    uint32_t flags = function_defaults(e->args);
    Block* ste = st_->block_for(e);
    std::string qual = child_qualname("<lambda>");
    CodeObject* co = function_body(ste, "<lambda>", qual, e->args, nullptr, e->body, e->pos.lineno);
    set_pos(e->pos);
    make_function(co, flags);
  }

  void class_def(ClassDef* s) {
    decorators(s->decorator_list);
    Block* ste = st_->block_for(s);
    std::string qual = child_qualname(s->name);
    int line = s->decorator_list.size ? s->decorator_list[0]->pos.lineno : s->pos.lineno;
    // The class body.
    class_stack_.push_back(s->name);
    enter(ste, s->name, line);
    u_->qualname = qual;
    set_pos(s->pos);
    emit(OP_LOAD_NAME, name_idx("__name__"));
    emit(OP_STORE_NAME, name_idx("__module__"));
    load_const(str_from(qual));
    emit(OP_STORE_NAME, name_idx("__qualname__"));
    int start = 0;
    if (s->body.size) {
      if (auto* e = as<ExprStmt>(s->body[0]))
        if (auto* c = as<Constant>(e->value); c && c->value.kind == Constant_::Kind::Str) {
          set_pos(e->pos);
          load_const(constant(c->value));
          emit(OP_STORE_NAME, name_idx("__doc__"));
          start = 1;
        }
    }
    for (int i = start; i < s->body.size; ++i) stmt(s->body[i]);
    if (ste->needs_class_closure) {
      int idx = index_of(u_->cellvars, "__class__");
      emit(OP_LOAD_CLOSURE, idx);
      emit(OP_COPY, 1);
      emit(OP_STORE_NAME, name_idx("__classcell__"));
      emit(OP_RETURN_VALUE);
    } else {
      load_const(Py_None);
      emit(OP_RETURN_VALUE);
    }
    CodeObject* co = leave();
    class_stack_.pop_back();

    set_pos(s->pos);
    emit(OP_LOAD_BUILD_CLASS);
    emit(OP_PUSH_NULL);
    make_function(co, 0);
    load_const(str_from(s->name));
    call_args(2, s->bases, s->keywords, s->pos);
    apply_decorators(s->decorator_list);
    name_op(s->name, Ctx::Store);
  }

  // ---- expressions --------------------------------------------------------------------------------
  static uint32_t binop_arg(OperatorKind op) {
    switch (op) {
      case OperatorKind::Add: return BINOP_add;
      case OperatorKind::Sub: return BINOP_subtract;
      case OperatorKind::Mult: return BINOP_multiply;
      case OperatorKind::MatMult: return BINOP_matrix_multiply;
      case OperatorKind::Div: return BINOP_true_divide;
      case OperatorKind::FloorDiv: return BINOP_floor_divide;
      case OperatorKind::Mod: return BINOP_remainder;
      case OperatorKind::Pow: return kBinopPower;
      case OperatorKind::LShift: return BINOP_lshift;
      case OperatorKind::RShift: return BINOP_rshift;
      case OperatorKind::BitAnd: return BINOP_and;
      case OperatorKind::BitXor: return BINOP_xor;
      case OperatorKind::BitOr: return BINOP_or;
    }
    return 0;
  }

  // Jumps to `label` when the truth of `e` equals `cond`.
  void jump_if(Expr* e, bool cond, int label) {
    NestGuard guard(this);
    if (auto* u = as<UnaryOp>(e); u && u->op == UnaryOpKind::Not) {
      jump_if(u->operand, !cond, label);
      return;
    }
    if (auto* b = as<BoolOp>(e)) {
      bool is_or = b->op == BoolOpKind::Or;
      if (is_or == cond) {
        for (Expr* v : b->values) jump_if(v, cond, label);
      } else {
        int skip = new_label();
        for (int i = 0; i + 1 < b->values.size; ++i) jump_if(b->values[i], !cond, skip);
        jump_if(b->values[b->values.size - 1], cond, label);
        bind(skip);
      }
      return;
    }
    expr(e);
    set_pos(e->pos);
    jump(cond ? OP_POP_JUMP_IF_TRUE : OP_POP_JUMP_IF_FALSE, label);
  }

  bool has_starred(const ExprSeq& elts) {
    for (Expr* e : elts)
      if (e->kind == ExprKind::Starred) return true;
    return false;
  }

  bool all_constant(const ExprSeq& elts) {
    for (Expr* e : elts)
      if (e->kind != ExprKind::Constant) return false;
    return elts.size > 0;
  }

  // Builds a list/tuple/set from elements that may include *starred ones.
  void sequence(const ExprSeq& elts, Opcode build, bool tuple) {
    if (!has_starred(elts)) {
      if (tuple && all_constant(elts)) {
        TupleObject* t = tuple_new(elts.size);
        for (int i = 0; i < elts.size; ++i) t->items[i] = constant(static_cast<Constant*>(elts[i])->value);
        load_const(t);
        return;
      }
      for (Expr* e : elts) expr(e);
      emit(build, elts.size);
      return;
    }
    Opcode b = build == OP_BUILD_SET ? OP_BUILD_SET : OP_BUILD_LIST;
    emit(b, 0);
    for (Expr* e : elts) {
      if (e->kind == ExprKind::Starred) {
        expr(static_cast<Starred*>(e)->value);
        emit(b == OP_BUILD_SET ? OP_SET_UPDATE : OP_LIST_EXTEND, 1);
      } else {
        expr(e);
        emit(b == OP_BUILD_SET ? OP_SET_ADD : OP_LIST_APPEND, 1);
      }
    }
    if (tuple) emit(OP_LIST_TO_TUPLE);
  }

  // Call arguments after the callable (and NULL/self) are on the stack. `npre` positional values
  // already pushed (class statements push the body function and the name).
  // CPython's compile-time check: the same keyword twice in one call or class statement.
  void check_repeated_keywords(const KeywordSeq& kws) {
    for (int i = 1; i < kws.size; ++i) {
      if (!kws[i]->arg) continue;
      for (int j = 0; j < i; ++j)
        if (kws[j]->arg && !std::strcmp(kws[j]->arg, kws[i]->arg))
          error(kws[i]->pos, std::string("keyword argument repeated: ") + kws[i]->arg);
    }
  }

  void call_args(int npre, const ExprSeq& args, const KeywordSeq& kws, const Pos& call_pos) {
    check_repeated_keywords(kws);
    bool dynamic = has_starred(args);
    for (Keyword* k : kws)
      if (!k->arg) dynamic = true;
    if (!dynamic) {
      for (Expr* a : args) expr(a);
      if (kws.size) {
        TupleObject* names = tuple_new(kws.size);
        for (int i = 0; i < kws.size; ++i) {
          names->items[i] = intern(kws[i]->arg);
          expr(kws[i]->value);
        }
        set_pos(call_pos);
        emit(OP_KW_NAMES, const_idx(names));
      }
      set_pos(call_pos);
      emit(OP_CALL, npre + args.size + kws.size);
      return;
    }
    // [callable, NULL, pre...] -> build a tuple of positionals and a dict of keywords; a lone
    // f(*x) passes x itself (CALL_FUNCTION_EX makes the tuple, naming f in its errors).
    if (npre == 0 && args.size == 1 && args[0]->kind == ExprKind::Starred) {
      expr(static_cast<Starred*>(args[0])->value);
    } else {
      emit(OP_BUILD_LIST, npre);
      for (Expr* a : args) {
        if (a->kind == ExprKind::Starred) {
          expr(static_cast<Starred*>(a)->value);
          emit(OP_LIST_EXTEND, 1);
        } else {
          expr(a);
          emit(OP_LIST_APPEND, 1);
        }
      }
      emit(OP_LIST_TO_TUPLE);
    }
    uint32_t flags = 0;
    if (kws.size) {
      emit(OP_BUILD_MAP, 0);
      for (Keyword* k : kws) {
        if (k->arg) {
          load_const(intern(k->arg));
          expr(k->value);
          emit(OP_BUILD_MAP, 1);
        } else {
          expr(k->value);
        }
        emit(OP_DICT_MERGE, 1);
      }
      flags = 1;
    }
    set_pos(call_pos);
    emit(OP_CALL_FUNCTION_EX, flags);
  }

  void call(Call* c) {
    bool dynamic = has_starred(c->args);
    for (Keyword* k : c->keywords)
      if (!k->arg) dynamic = true;
    if (auto* a = as<Attribute>(c->func)) {
      expr(a->value);
      set_pos(a->pos);
      emit(OP_LOAD_METHOD, name_idx(mangled(a->attr)));
    } else {
      expr(c->func);
      emit(OP_PUSH_NULL);
    }
    (void)dynamic;
    call_args(0, c->args, c->keywords, c->pos);
  }

  void comprehension_body(Expr* node, const ComprehensionSeq& gens, int gi, Expr* elt, Expr* val,
                          int depth_items) {
    Comprehension* g = gens[gi];
    int top = new_label(), cleanup = new_label(), skip = new_label();
    if (gi == 0) {
      emit(OP_LOAD_FAST, 0);  // .0
    } else {
      expr(g->iter);
      emit(g->is_async ? OP_GET_AITER : OP_GET_ITER);
    }
    bind(top);
    int saved = -1, hidx = -1;
    if (g->is_async) {
      saved = push_handler(cleanup);
      hidx = u_->cur_handler;
      emit(OP_GET_ANEXT);
      await_loop();
      pop_handler(saved);
    } else {
      jump(OP_FOR_ITER, cleanup);
    }
    store_target(g->target);
    for (Expr* cond : g->ifs) jump_if(cond, false, skip);
    if (gi + 1 < gens.size) {
      comprehension_body(node, gens, gi + 1, elt, val, depth_items + 1);
    } else {
      switch (node->kind) {
        case ExprKind::ListComp:
          expr(elt);
          emit(OP_LIST_APPEND, depth_items + 1);
          break;
        case ExprKind::SetComp:
          expr(elt);
          emit(OP_SET_ADD, depth_items + 1);
          break;
        case ExprKind::DictComp:
          expr(elt);
          expr(val);
          emit(OP_MAP_ADD, depth_items + 1);
          break;
        default:  // generator expression
          expr(elt);
          if (u_->flags & CO_ASYNC_GENERATOR) emit(OP_ASYNC_GEN_WRAP);
          emit(OP_YIELD_VALUE);
          emit(OP_POP_TOP);
          break;
      }
    }
    bind(skip);
    jump(OP_JUMP, top);
    if (g->is_async) {
      bind_handler(cleanup, hidx);  // [aiter, exc]
      emit(OP_END_ASYNC_FOR);
    } else {
      bind(cleanup);
    }
  }

  void comprehension(Expr* e, const char* name, const ComprehensionSeq& gens, Expr* elt, Expr* val) {
    Block* ste = st_->block_for(e);
    std::string qual = child_qualname(name);
    enter(ste, name, e->pos.lineno);
    u_->qualname = qual;
    u_->flags |= CO_OPTIMIZED | CO_NEWLOCALS;
    u_->flags |= generator_flags(ste);
    u_->argcount = 1;
    set_pos(e->pos);
    bool gen = e->kind == ExprKind::GeneratorExp;
    if (!gen) {
      emit(e->kind == ExprKind::ListComp ? OP_BUILD_LIST : e->kind == ExprKind::SetComp ? OP_BUILD_SET : OP_BUILD_MAP, 0);
      // [f(x) for x in it] without conditions has one item per item of `it`: room for them
      // all is made at once when the iterator knows its length.
      if (e->kind == ExprKind::ListComp && gens.size == 1 && gens[0]->ifs.size == 0 &&
          !gens[0]->is_async)
        emit(OP_LIST_RESERVE, 0);
    }
    comprehension_body(e, gens, 0, elt, val, gen ? 0 : 1);
    if (gen) load_const(Py_None);
    emit(OP_RETURN_VALUE);
    bool awaited = ste->is_coroutine && !gen;
    CodeObject* co = leave();
    set_pos(e->pos);
    make_function(co, 0);
    emit(OP_PUSH_NULL);
    expr(gens[0]->iter);
    emit(gens[0]->is_async ? OP_GET_AITER : OP_GET_ITER);
    set_pos(e->pos);
    emit(OP_CALL, 1);
    if (awaited) {
      emit(OP_GET_AWAITABLE, 0);
      await_loop();
    }
  }

  void compare(Compare* c) {
    expr(c->left);
    int n = c->ops.size;
    if (n == 1) {
      expr(c->comparators[0]);
      set_pos(c->pos);
      compare_op(c->ops[0]);
      return;
    }
    int cleanup = new_label(), end = new_label();
    for (int i = 0; i < n - 1; ++i) {
      expr(c->comparators[i]);
      set_pos(c->pos);
      emit(OP_SWAP, 2);
      emit(OP_COPY, 2);
      compare_op(c->ops[i]);
      jump(OP_JUMP_IF_FALSE_OR_POP, cleanup);
    }
    expr(c->comparators[n - 1]);
    set_pos(c->pos);
    compare_op(c->ops[n - 1]);
    jump(OP_JUMP, end);
    bind(cleanup);
    emit(OP_SWAP, 2);
    emit(OP_POP_TOP);
    bind(end);
  }

  void compare_op(CmpOpKind op) {
    switch (op) {
      case CmpOpKind::Eq: emit(OP_COMPARE_OP, CMP_EQ); break;
      case CmpOpKind::NotEq: emit(OP_COMPARE_OP, CMP_NE); break;
      case CmpOpKind::Lt: emit(OP_COMPARE_OP, CMP_LT); break;
      case CmpOpKind::LtE: emit(OP_COMPARE_OP, CMP_LE); break;
      case CmpOpKind::Gt: emit(OP_COMPARE_OP, CMP_GT); break;
      case CmpOpKind::GtE: emit(OP_COMPARE_OP, CMP_GE); break;
      case CmpOpKind::Is: emit(OP_IS_OP, 0); break;
      case CmpOpKind::IsNot: emit(OP_IS_OP, 1); break;
      case CmpOpKind::In: emit(OP_CONTAINS_OP, 0); break;
      case CmpOpKind::NotIn: emit(OP_CONTAINS_OP, 1); break;
    }
  }

  void expr(Expr* e) {
    NestGuard guard(this);
    CodePos saved = u_->cur;
    set_pos(e->pos);
    switch (e->kind) {
      case ExprKind::BoolOp: {
        auto* b = static_cast<BoolOp*>(e);
        int end = new_label();
        Opcode j = b->op == BoolOpKind::And ? OP_JUMP_IF_FALSE_OR_POP : OP_JUMP_IF_TRUE_OR_POP;
        for (int i = 0; i + 1 < b->values.size; ++i) {
          expr(b->values[i]);
          jump(j, end);
        }
        expr(b->values[b->values.size - 1]);
        bind(end);
        break;
      }
      case ExprKind::NamedExpr: {
        auto* n = static_cast<NamedExpr*>(e);
        expr(n->value);
        emit(OP_COPY, 1);
        store_target(n->target);
        break;
      }
      case ExprKind::BinOp: {
        auto* b = static_cast<BinOp*>(e);
        expr(b->left);
        expr(b->right);
        set_pos(e->pos);
        uint32_t arg = binop_arg(b->op);
        if (b->left->kind == ExprKind::BinOp) arg |= kLeftTemp;
        if (b->right->kind == ExprKind::BinOp) arg |= kRightTemp;
        emit(OP_BINARY_OP, arg);
        break;
      }
      case ExprKind::UnaryOp: {
        auto* u = static_cast<UnaryOp*>(e);
        expr(u->operand);
        set_pos(e->pos);
        switch (u->op) {
          case UnaryOpKind::Invert: emit(OP_UNARY_INVERT); break;
          case UnaryOpKind::Not: emit(OP_UNARY_NOT); break;
          case UnaryOpKind::UAdd: emit(OP_UNARY_POSITIVE); break;
          case UnaryOpKind::USub: emit(OP_UNARY_NEGATIVE); break;
        }
        break;
      }
      case ExprKind::Lambda: lambda(static_cast<Lambda*>(e)); break;
      case ExprKind::IfExp: {
        auto* i = static_cast<IfExp*>(e);
        int orelse = new_label(), end = new_label();
        jump_if(i->test, false, orelse);
        expr(i->body);
        jump(OP_JUMP, end);
        bind(orelse);
        expr(i->orelse);
        bind(end);
        break;
      }
      case ExprKind::Dict: {
        auto* d = static_cast<Dict*>(e);
        bool unpack = false;
        for (Expr* k : d->keys)
          if (!k) unpack = true;
        if (!unpack) {
          for (int i = 0; i < d->keys.size; ++i) {
            expr(d->keys[i]);
            expr(d->values[i]);
          }
          emit(OP_BUILD_MAP, d->keys.size);
        } else {
          emit(OP_BUILD_MAP, 0);
          for (int i = 0; i < d->keys.size; ++i) {
            if (d->keys[i]) {
              expr(d->keys[i]);
              expr(d->values[i]);
              emit(OP_MAP_ADD, 1);
            } else {
              expr(d->values[i]);
              emit(OP_DICT_UPDATE, 1);
            }
          }
        }
        break;
      }
      case ExprKind::Set: sequence(static_cast<Set*>(e)->elts, OP_BUILD_SET, false); break;
      case ExprKind::ListComp: {
        auto* c = static_cast<ListComp*>(e);
        comprehension(e, "<listcomp>", c->generators, c->elt, nullptr);
        break;
      }
      case ExprKind::SetComp: {
        auto* c = static_cast<SetComp*>(e);
        comprehension(e, "<setcomp>", c->generators, c->elt, nullptr);
        break;
      }
      case ExprKind::DictComp: {
        auto* c = static_cast<DictComp*>(e);
        comprehension(e, "<dictcomp>", c->generators, c->key, c->value);
        break;
      }
      case ExprKind::GeneratorExp: {
        auto* c = static_cast<GeneratorExp*>(e);
        comprehension(e, "<genexpr>", c->generators, c->elt, nullptr);
        break;
      }
      case ExprKind::Await: {
        if (u_->ste->type != BlockType::Function) error(e->pos, "'await' outside function");
        if (!(u_->flags & (CO_COROUTINE | CO_ASYNC_GENERATOR)))
          error(e->pos, "'await' outside async function");
        expr(static_cast<Await*>(e)->value);
        set_pos(e->pos);
        emit(OP_GET_AWAITABLE, 0);
        await_loop();
        break;
      }
      case ExprKind::Yield: {
        auto* y = static_cast<Yield*>(e);
        if (u_->ste->type != BlockType::Function) error(e->pos, "'yield' outside function");
        if (y->value) expr(y->value);
        else load_const(Py_None);
        set_pos(e->pos);
        if (u_->flags & CO_ASYNC_GENERATOR) emit(OP_ASYNC_GEN_WRAP);
        emit(OP_YIELD_VALUE);
        break;
      }
      case ExprKind::YieldFrom: {
        auto* y = static_cast<YieldFrom*>(e);
        if (u_->ste->type != BlockType::Function) error(e->pos, "'yield' outside function");
        expr(y->value);
        set_pos(e->pos);
        emit(OP_GET_YIELD_FROM_ITER);
        load_const(Py_None);
        int top = new_label(), end = new_label();
        bind(top);
        jump(OP_SEND, end);
        emit(OP_YIELD_VALUE);
        jump(OP_JUMP, top);
        bind(end);
        break;
      }
      case ExprKind::Compare: compare(static_cast<Compare*>(e)); break;
      case ExprKind::Call: call(static_cast<Call*>(e)); break;
      case ExprKind::FormattedValue: {
        auto* f = static_cast<FormattedValue*>(e);
        expr(f->value);
        uint32_t arg = 0;
        if (f->conversion == 's') arg = 1;
        else if (f->conversion == 'r') arg = 2;
        else if (f->conversion == 'a') arg = 3;
        if (f->format_spec) {
          expr(f->format_spec);
          arg |= kFormatHasSpec;
        }
        set_pos(e->pos);
        emit(OP_FORMAT_VALUE, arg);
        break;
      }
      case ExprKind::JoinedStr: {
        auto* j = static_cast<JoinedStr*>(e);
        if (j->values.size == 1 && j->values[0]->kind == ExprKind::FormattedValue) {
          expr(j->values[0]);
          break;
        }
        for (Expr* v : j->values) expr(v);
        emit(OP_BUILD_STRING, j->values.size);
        break;
      }
      case ExprKind::Constant: load_const(constant(static_cast<Constant*>(e)->value)); break;
      case ExprKind::Attribute: {
        auto* a = static_cast<Attribute*>(e);
        expr(a->value);
        set_pos(e->pos);
        emit(OP_LOAD_ATTR, name_idx(mangled(a->attr)));
        break;
      }
      case ExprKind::Subscript: {
        auto* s = static_cast<Subscript*>(e);
        expr(s->value);
        expr(s->slice);
        set_pos(e->pos);
        emit(OP_BINARY_SUBSCR);
        break;
      }
      case ExprKind::Starred: error(e->pos, "can't use starred expression here");
      case ExprKind::Name: name_op(static_cast<Name*>(e)->id, Ctx::Load); break;
      case ExprKind::List: sequence(static_cast<List*>(e)->elts, OP_BUILD_LIST, false); break;
      case ExprKind::Tuple: sequence(static_cast<Tuple*>(e)->elts, OP_BUILD_TUPLE, true); break;
      case ExprKind::Slice: {
        auto* s = static_cast<Slice*>(e);
        if (s->lower) expr(s->lower);
        else load_const(Py_None);
        if (s->upper) expr(s->upper);
        else load_const(Py_None);
        int n = 2;
        if (s->step) {
          expr(s->step);
          n = 3;
        }
        emit(OP_BUILD_SLICE, n);
        break;
      }
    }
    u_->cur = saved;
  }

  // ---- assembly ----------------------------------------------------------------------------------
  // Superinstructions (opcodes.h): the first instruction of a common pair gets the fused
  // opcode; the second stays as it is.
  static void fuse_pairs(std::vector<uint32_t>& code) {
    size_t n = code.size();
    for (size_t i = 0; i < n;) {
      Opcode op = instr_op(code[i]);
      if (g_opcode_has_cache[op]) {
        i += 2;
        continue;
      }
      if (i + 1 < n) {
        Opcode next = opcode_base(instr_op(code[i + 1]));
        Opcode fused = OP_NOP;
        if (op == OP_LOAD_FAST && next == OP_LOAD_FAST) fused = OP_LOAD_FAST__LOAD_FAST;
        else if (op == OP_LOAD_FAST && next == OP_LOAD_CONST) fused = OP_LOAD_FAST__LOAD_CONST;
        else if (op == OP_STORE_FAST && next == OP_LOAD_FAST) fused = OP_STORE_FAST__LOAD_FAST;
        if (fused != OP_NOP) code[i] = make_instr(fused, instr_arg(code[i]));
      }
      ++i;
    }
  }

  CodeObject* assemble(Unit* u) {
    for (auto [at, label] : u->fixups) {
      int target = u->label_pos[label];
      u->code[at] = make_instr(instr_op(u->code[at]), static_cast<uint32_t>(target));
    }
    fuse_pairs(u->code);
    auto* co = alloc_object<CodeObject>(&Code_Type);
    co->ncode = static_cast<int32_t>(u->code.size());
    co->code = static_cast<uint32_t*>(gc_alloc_atomic(sizeof(uint32_t) * (co->ncode + 1)));
    std::memcpy(co->code, u->code.data(), sizeof(uint32_t) * co->ncode);
    co->positions = static_cast<CodePos*>(gc_alloc_atomic(sizeof(CodePos) * (co->ncode + 1)));
    std::memcpy(co->positions, u->pos.data(), sizeof(CodePos) * co->ncode);
    // Exception table: runs of instructions with the same handler.
    std::vector<ExcEntry> table;
    for (int i = 0; i < co->ncode;) {
      int h = u->instr_handler[i];
      int j = i + 1;
      while (j < co->ncode && u->instr_handler[j] == h) ++j;
      if (h >= 0) {
        const Handler& hd = u->handlers[h];
        table.push_back(ExcEntry{i, j, u->label_pos[hd.label], hd.depth, hd.lasti});
      }
      i = j;
    }
    co->nexc = static_cast<int32_t>(table.size());
    co->exctable = static_cast<ExcEntry*>(gc_alloc_atomic(sizeof(ExcEntry) * (table.size() + 1)));
    if (!table.empty()) std::memcpy(co->exctable, table.data(), sizeof(ExcEntry) * table.size());
    co->ncaches = u->ncaches;
    co->caches = static_cast<InlineCache*>(gc_alloc(sizeof(InlineCache) * (u->ncaches + 1)));
    co->argcount = u->argcount;
    co->posonlyargcount = u->posonly;
    co->kwonlyargcount = u->kwonly;
    co->flags = u->flags;
    co->firstlineno = u->firstlineno;
    co->consts = list_as_tuple(u->consts);
    co->names = list_as_tuple(u->names);
    auto strs = [](const std::vector<std::string>& v) {
      TupleObject* t = tuple_new(static_cast<intptr_t>(v.size()));
      for (size_t i = 0; i < v.size(); ++i) t->items[i] = intern_utf8(v[i].data(), v[i].size());
      return t;
    };
    co->varnames = strs(u->varnames);
    co->cellvars = strs(u->cellvars);
    co->freevars = strs(u->freevars);
    co->nlocals = static_cast<int32_t>(u->varnames.size());
    co->ncells = static_cast<int32_t>(u->cellvars.size());
    co->nfrees = static_cast<int32_t>(u->freevars.size());
    if (co->nfrees == 0) co->flags |= CO_NOFREE;
    co->cell2arg = static_cast<int32_t*>(gc_alloc_atomic(sizeof(int32_t) * (co->ncells + 1)));
    int nargs = u->argcount + u->kwonly + ((u->flags & CO_VARARGS) ? 1 : 0) +
                ((u->flags & CO_VARKEYWORDS) ? 1 : 0);
    for (int i = 0; i < co->ncells; ++i) {
      co->cell2arg[i] = -1;
      for (int a = 0; a < nargs && a < co->nlocals; ++a)
        if (u->varnames[a] == u->cellvars[i]) co->cell2arg[i] = a;
    }
    co->stacksize = u->max_depth + 2;
    co->name = intern_utf8(u->name.data(), u->name.size());
    std::string q = u->qualname.empty() ? u->name : u->qualname;
    co->qualname = str_from(q);
    co->filename = str_from_cstr(filename_);
    return co;
  }
};

}  // namespace

CodeObject* compile_module(Module* mod, const char* filename, CompileMode mode) {
  SymTable* st = build_symtable(mod);
  struct Owner {
    SymTable* st;
    ~Owner() { delete st; }
  } owner{st};
  Compiler c(st, filename);
  return c.module(mod, mode);
}

CodeObject* compile_expression(Expr* expr, const char* filename) {
  Module* mod = make<Module>();
  auto* s = node<ExprStmt>(expr->pos);
  s->value = expr;
  mod->body.push(s);
  SymTable* st = build_symtable(mod);
  struct Owner {
    SymTable* st;
    ~Owner() { delete st; }
  } owner{st};
  Compiler c(st, filename);
  return c.expression(expr);
}

}  // namespace slotpy::compiler
