// Symbol tables, as CPython 3.11's Python/symtable.c.
//
// First the module's `from __future__` statements are checked (CPython's future.c, which runs
// before the symtable). Pass 1 (Builder) then walks the AST and records, per block, every name's
// DEF_* flags in order of first appearance, the parameters and the block properties; it raises
// the errors CPython's symtable raises while visiting (global/nonlocal misuse, duplicate
// arguments, walrus in comprehensions, yield in comprehensions, import * in functions, yield /
// await / walrus in annotations under `from __future__ import annotations`).
// Pass 2 (analyze_block) resolves every name's scope from the module inward, exactly as CPython's
// analyze_block / analyze_name / analyze_cells / drop_class_free / update_symbols.
//
// A few errors that CPython 3.11 raises later, in the compiler ("'yield' outside function",
// "'await' outside function", "'await' outside async function", "'yield from' inside async
// function", "'async for'/'async with' outside async function", "asynchronous comprehension outside
// of an asynchronous function", "from __future__ imports must occur at the beginning of the
// file") are detected during pass 1 too, but only thrown once both passes succeeded, so that the
// symtable's own errors take precedence as they do in CPython. Of several such errors the first
// in source order is reported.
#include "compiler/symtable.h"

#include <algorithm>
#include <cstring>
#include <memory>
#include <optional>
#include <stdexcept>
#include <unordered_set>

namespace slotpy::compiler {

SymTable::~SymTable() {
  for (Block* b : owned) delete b;
}

std::string mangle(const std::string& class_name, const std::string& name) {
  // _Py_Mangle: only names starting with two underscores, not ending with two underscores and
  // without dots; leading underscores of the class name are stripped; a class name made of
  // underscores only disables mangling.
  if (class_name.empty() || name.size() < 2 || name[0] != '_' || name[1] != '_') return name;
  size_t n = name.size();
  if ((name[n - 1] == '_' && name[n - 2] == '_') || name.find('.') != std::string::npos) {
    return name;
  }
  size_t skip = class_name.find_first_not_of('_');
  if (skip == std::string::npos) return name;
  std::string out;
  out.reserve(1 + class_name.size() - skip + n);
  out += '_';
  out.append(class_name, skip, std::string::npos);
  out += name;
  return out;
}

namespace {

using namespace ast;

constexpr uint32_t DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

// CPython: Py_GetRecursionLimit() (1000) * COMPILER_STACK_FRAME_SCALE (3) visits of statements
// and expressions nested in each other.
constexpr int kMaxVisitDepth = 3000;

enum class CompKind : uint8_t { None, List, Set, Dict, Gen };

struct Directive {
  std::string name;  // mangled
  Pos pos;
};

// Per-block state of CPython's PySTEntryObject that the public Block does not carry.
struct Extra {
  CompKind comp = CompKind::None;
  bool nested = false;            // ste_nested: inside a function
  bool free = false;              // ste_free
  bool comp_iter_target = false;  // ste_comp_iter_target
  int comp_iter_expr = 0;         // ste_comp_iter_expr
  bool async_def = false;         // an `async def` (COMPILER_SCOPE_ASYNC_FUNCTION)
  bool annotation = false;        // CPython's AnnotationBlock (from __future__ import annotations)
  Pos pos;                        // the block's node position
  std::vector<Directive> directives;  // global / nonlocal (and walrus) declarations, in order
};

[[noreturn]] void fail(std::string msg, const Pos& p) {
  syntax::SyntaxError e;
  e.msg = std::move(msg);
  e.lineno = p.lineno;
  e.col = p.col_offset;
  e.end_lineno = p.end_lineno;
  e.end_col = p.end_col_offset;
  throw e;
}

std::string message(const char* before, const std::string& name, const char* after) {
  std::string s = before;
  s += name;
  s += after;
  return s;
}

class Builder {
 public:
  explicit Builder(SymTable* st) : st_(st) {}

  void build(Module* mod) {
    future_parse(mod);
    st_->future_annotations = future_annotations_;
    Block* top = enter_block("top", BlockType::Module, mod, Pos{}, 0);
    st_->top = top;
    for (Stmt* s : mod->body) visit_stmt(s);
    exit_block();
    analyze();
    if (deferred_) throw deferred_->second;
  }

 private:
  SymTable* st_;
  std::vector<Block*> stack_;
  Block* cur_ = nullptr;
  const char* private_ = nullptr;  // st_private: the innermost enclosing class name
  std::unordered_map<const Block*, Extra> extra_;
  int depth_ = 0;
  bool future_annotations_ = false;
  int future_lineno_ = -1;    // line of the last valid future statement (ff_lineno)
  int annotation_depth_ = 0;  // > 0 while visiting annotations under future annotations
  long seq_ = 0;  // order of the compiler-stage checks
  std::optional<std::pair<long, syntax::SyntaxError>> deferred_;

  Extra& ex(const Block* b) { return extra_[b]; }

  struct DepthGuard {
    int& d;
    explicit DepthGuard(int& depth) : d(depth) {
      if (++d > kMaxVisitDepth) {
        throw std::runtime_error("maximum recursion depth exceeded during compilation");
      }
    }
    ~DepthGuard() { --d; }
  };

  // ---- compiler-stage errors ---------------------------------------------------------------

  void defer(long seq, std::string msg, const Pos& p) {
    if (deferred_ && deferred_->first <= seq) return;
    syntax::SyntaxError e;
    e.msg = std::move(msg);
    e.lineno = p.lineno;
    e.col = p.col_offset;
    e.end_lineno = p.end_lineno;
    e.end_col = p.end_col_offset;
    deferred_.emplace(seq, std::move(e));
  }
  bool in_async_def() { return cur_->type == BlockType::Function && ex(cur_).async_def; }
  // A function block proper (CPython's FunctionBlock), not an annotation block.
  bool is_function(const Block* b) { return b->type == BlockType::Function && !ex(b).annotation; }

  // ---- blocks --------------------------------------------------------------------------------

  Block* enter_block(std::string name, BlockType type, const void* node, const Pos& pos,
                     int lineno, bool annotation = false) {
    Block* b = new Block();
    st_->owned.push_back(b);
    b->type = type;
    b->name = std::move(name);
    b->node = node;
    b->lineno = lineno;
    b->parent = cur_;
    Extra& x = ex(b);
    x.pos = pos;
    if (cur_) {
      Extra& px = ex(cur_);
      x.nested = px.nested || is_function(cur_);
      // bpo-37757: every walrus inside the outermost iterable of a comprehension is an error,
      // even inside a nested lambda or comprehension.
      x.comp_iter_expr = px.comp_iter_expr;
      if (annotation) {
        // Annotations are compiled to strings: their block is in no children list and no
        // node's block; it only keeps their names out of the enclosing block.
        x.annotation = true;
        stack_.push_back(b);
        cur_ = b;
        return b;
      }
      cur_->children.push_back(b);
    }
    st_->blocks[node] = b;
    stack_.push_back(b);
    cur_ = b;
    return b;
  }

  void exit_block() {
    stack_.pop_back();
    cur_ = stack_.empty() ? nullptr : stack_.back();
  }

  // ---- symbols -------------------------------------------------------------------------------

  static Symbol* find(Block* b, const std::string& name) {
    auto it = b->index.find(name);
    return it == b->index.end() ? nullptr : &b->symbols[it->second];
  }
  static uint32_t flags_of(Block* b, const std::string& name) {
    Symbol* s = find(b, name);
    return s ? s->flags : 0;
  }
  static Symbol& get_or_add(Block* b, const std::string& name) {
    auto it = b->index.find(name);
    if (it != b->index.end()) return b->symbols[it->second];
    b->index.emplace(name, static_cast<int>(b->symbols.size()));
    b->symbols.push_back(Symbol{name, 0, Scope::None});
    return b->symbols.back();
  }

  std::string mangled(const std::string& name) const {
    return private_ ? mangle(private_, name) : name;
  }

  // symtable_lookup: the flags of a name (mangled) in the current block.
  uint32_t lookup(const std::string& name) { return flags_of(cur_, mangled(name)); }

  // symtable_add_def_helper.
  void add_def(const std::string& name, uint32_t flag, const Pos& p, Block* b = nullptr) {
    if (!b) b = cur_;
    std::string m = mangled(name);
    uint32_t val;
    if (Symbol* s = find(b, m)) {
      if ((flag & DEF_PARAM) && (s->flags & DEF_PARAM)) {
        fail(message("duplicate argument '", name, "' in function definition"), p);
      }
      val = s->flags | flag;
    } else {
      val = flag;
    }
    if (ex(b).comp_iter_target) {
      // A comprehension's iteration variable: it must not rebind a walrus target; mark it so
      // that later walruses can check for the conflict.
      if (val & (DEF_GLOBAL | DEF_NONLOCAL)) {
        fail(message("comprehension inner loop cannot rebind assignment expression target '",
                    name, "'"),
             p);
      }
      val |= DEF_COMP_ITER;
    }
    get_or_add(b, m).flags = val;
    if (flag & DEF_PARAM) {
      b->varnames.push_back(m);
    } else if (flag & DEF_GLOBAL) {
      // The module block learns about every name declared global anywhere.
      get_or_add(st_->top, m).flags |= flag;
    }
  }

  void record_directive(const std::string& name, const Pos& p) {
    ex(cur_).directives.push_back(Directive{mangled(name), p});
  }

  // ---- statements ----------------------------------------------------------------------------

  void visit_stmts(const StmtSeq& seq) {
    for (Stmt* s : seq) visit_stmt(s);
  }
  void visit_exprs(const ExprSeq& seq) {
    for (Expr* e : seq) {
      if (e) visit_expr(e);
    }
  }

  void visit_function(Stmt* s, Ident name, Arguments* args, const StmtSeq& body,
                      const ExprSeq& decorators, Expr* returns, bool is_async) {
    add_def(name, DEF_LOCAL, s->pos);
    if (args) {
      visit_exprs(args->defaults);
      visit_exprs(args->kw_defaults);
    }
    visit_annotations(s, args, returns);
    visit_exprs(decorators);
    Block* b = enter_block(name, BlockType::Function, s, s->pos, s->pos.lineno);
    if (is_async) {
      b->is_coroutine = true;
      ex(b).async_def = true;
    }
    visit_arguments(args);
    visit_stmts(body);
    exit_block();
  }

  void visit_global_or_nonlocal(Stmt* s, const IdentSeq& names, bool global) {
    for (Ident id : names) {
      std::string name = id;
      uint32_t cur = lookup(name);
      if (cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) {
        const char* what = global ? "global" : "nonlocal";
        std::string msg;
        if (cur & DEF_PARAM) {
          msg = "name '" + name + "' is parameter and " + what;
        } else if (cur & USE) {
          msg = "name '" + name + "' is used prior to " + what + " declaration";
        } else if (cur & DEF_ANNOT) {
          msg = "annotated name '" + name + "' can't be " + what;
        } else {
          msg = "name '" + name + "' is assigned to before " + what + " declaration";
        }
        fail(msg, s->pos);
      }
      add_def(name, global ? DEF_GLOBAL : DEF_NONLOCAL, s->pos);
      record_directive(name, s->pos);
    }
  }

  void visit_stmt(Stmt* s) {
    DepthGuard guard(depth_);
    switch (s->kind) {
      case StmtKind::FunctionDef: {
        auto* f = static_cast<FunctionDef*>(s);
        visit_function(s, f->name, f->args, f->body, f->decorator_list, f->returns, false);
        break;
      }
      case StmtKind::AsyncFunctionDef: {
        auto* f = static_cast<AsyncFunctionDef*>(s);
        visit_function(s, f->name, f->args, f->body, f->decorator_list, f->returns, true);
        break;
      }
      case StmtKind::ClassDef: {
        auto* c = static_cast<ClassDef*>(s);
        add_def(c->name, DEF_LOCAL, s->pos);
        visit_exprs(c->bases);
        for (Keyword* k : c->keywords) visit_expr(k->value);
        visit_exprs(c->decorator_list);
        enter_block(c->name, BlockType::Class, s, s->pos, s->pos.lineno);
        const char* saved = private_;
        private_ = c->name;
        visit_stmts(c->body);
        private_ = saved;
        exit_block();
        break;
      }
      case StmtKind::Return: {
        auto* r = static_cast<Return*>(s);
        if (r->value) visit_expr(r->value);
        break;
      }
      case StmtKind::Delete:
        visit_exprs(static_cast<Delete*>(s)->targets);
        break;
      case StmtKind::Assign: {
        auto* a = static_cast<Assign*>(s);
        visit_exprs(a->targets);
        visit_expr(a->value);
        break;
      }
      case StmtKind::AnnAssign: {
        auto* a = static_cast<AnnAssign*>(s);
        if (auto* n = as<Name>(a->target)) {
          uint32_t cur = lookup(n->id);
          if ((cur & (DEF_GLOBAL | DEF_NONLOCAL)) && cur_ != st_->top && a->simple) {
            fail(std::string("annotated name '") + n->id + "' can't be " +
                     ((cur & DEF_GLOBAL) ? "global" : "nonlocal"),
                 s->pos);
          }
          if (a->simple) {
            add_def(n->id, DEF_ANNOT | DEF_LOCAL, n->pos);
          } else if (a->value) {
            add_def(n->id, DEF_LOCAL, n->pos);
          }
        } else {
          visit_expr(a->target);
        }
        visit_annotation(a->annotation);
        if (a->value) visit_expr(a->value);
        break;
      }
      case StmtKind::AugAssign: {
        auto* a = static_cast<AugAssign*>(s);
        visit_expr(a->target);
        visit_expr(a->value);
        break;
      }
      case StmtKind::For: {
        auto* f = static_cast<For*>(s);
        visit_expr(f->target);
        visit_expr(f->iter);
        visit_stmts(f->body);
        visit_stmts(f->orelse);
        break;
      }
      case StmtKind::AsyncFor: {
        auto* f = static_cast<AsyncFor*>(s);
        if (!in_async_def()) defer(seq_++, "'async for' outside async function", s->pos);
        visit_expr(f->target);
        visit_expr(f->iter);
        visit_stmts(f->body);
        visit_stmts(f->orelse);
        break;
      }
      case StmtKind::While: {
        auto* w = static_cast<While*>(s);
        visit_expr(w->test);
        visit_stmts(w->body);
        visit_stmts(w->orelse);
        break;
      }
      case StmtKind::If: {
        auto* i = static_cast<If*>(s);
        visit_expr(i->test);
        visit_stmts(i->body);
        visit_stmts(i->orelse);
        break;
      }
      case StmtKind::With: {
        auto* w = static_cast<With*>(s);
        visit_withitems(w->items);
        visit_stmts(w->body);
        break;
      }
      case StmtKind::AsyncWith: {
        auto* w = static_cast<AsyncWith*>(s);
        if (!in_async_def()) defer(seq_++, "'async with' outside async function", s->pos);
        visit_withitems(w->items);
        visit_stmts(w->body);
        break;
      }
      case StmtKind::Match: {
        auto* m = static_cast<Match*>(s);
        visit_expr(m->subject);
        for (MatchCase* c : m->cases) {
          visit_pattern(c->pattern);
          if (c->guard) visit_expr(c->guard);
          visit_stmts(c->body);
        }
        break;
      }
      case StmtKind::Raise: {
        auto* r = static_cast<Raise*>(s);
        if (r->exc) {
          visit_expr(r->exc);
          if (r->cause) visit_expr(r->cause);
        }
        break;
      }
      case StmtKind::Try: {
        auto* t = static_cast<Try*>(s);
        visit_try(t->body, t->handlers, t->orelse, t->finalbody);
        break;
      }
      case StmtKind::TryStar: {
        auto* t = static_cast<TryStar*>(s);
        visit_try(t->body, t->handlers, t->orelse, t->finalbody);
        break;
      }
      case StmtKind::Assert: {
        auto* a = static_cast<Assert*>(s);
        visit_expr(a->test);
        if (a->msg) visit_expr(a->msg);
        break;
      }
      case StmtKind::Import:
        for (Alias* a : static_cast<Import*>(s)->names) visit_alias(a);
        break;
      case StmtKind::ImportFrom: {
        auto* f = static_cast<ImportFrom*>(s);
        if (f->module && std::strcmp(f->module, "__future__") == 0 &&
            s->pos.lineno > future_lineno_) {
          defer(seq_++, "from __future__ imports must occur at the beginning of the file", s->pos);
        }
        for (Alias* a : f->names) visit_alias(a);
        break;
      }
      case StmtKind::Global:
        visit_global_or_nonlocal(s, static_cast<Global*>(s)->names, true);
        break;
      case StmtKind::Nonlocal:
        visit_global_or_nonlocal(s, static_cast<Nonlocal*>(s)->names, false);
        break;
      case StmtKind::ExprStmt:
        visit_expr(static_cast<ExprStmt*>(s)->value);
        break;
      case StmtKind::Pass:
      case StmtKind::Break:
      case StmtKind::Continue:
        break;
    }
  }

  void visit_pattern(Pattern* p) {
    DepthGuard guard(depth_);
    switch (p->kind) {
      case PatternKind::MatchValue:
        visit_expr(static_cast<MatchValue*>(p)->value);
        break;
      case PatternKind::MatchSingleton:
        break;
      case PatternKind::MatchSequence:
        for (Pattern* q : static_cast<MatchSequence*>(p)->patterns) visit_pattern(q);
        break;
      case PatternKind::MatchStar:
        if (Ident n = static_cast<MatchStar*>(p)->name) add_def(n, DEF_LOCAL, p->pos);
        break;
      case PatternKind::MatchMapping: {
        auto* m = static_cast<MatchMapping*>(p);
        visit_exprs(m->keys);
        for (Pattern* q : m->patterns) visit_pattern(q);
        if (m->rest) add_def(m->rest, DEF_LOCAL, p->pos);
        break;
      }
      case PatternKind::MatchClass: {
        auto* c = static_cast<MatchClass*>(p);
        visit_expr(c->cls);
        for (Pattern* q : c->patterns) visit_pattern(q);
        for (Pattern* q : c->kwd_patterns) visit_pattern(q);
        break;
      }
      case PatternKind::MatchAs: {
        auto* a = static_cast<MatchAs*>(p);
        if (a->pattern) visit_pattern(a->pattern);
        if (a->name) add_def(a->name, DEF_LOCAL, p->pos);
        break;
      }
      case PatternKind::MatchOr:
        for (Pattern* q : static_cast<MatchOr*>(p)->patterns) visit_pattern(q);
        break;
    }
  }

  void visit_withitems(const WithItemSeq& items) {
    for (WithItem* w : items) {
      visit_expr(w->context_expr);
      if (w->optional_vars) visit_expr(w->optional_vars);
    }
  }

  void visit_try(const StmtSeq& body, const ExceptHandlerSeq& handlers, const StmtSeq& orelse,
                 const StmtSeq& finalbody) {
    // CPython 3.11's order: the else block before the handlers.
    visit_stmts(body);
    visit_stmts(orelse);
    for (ExceptHandler* h : handlers) {
      if (h->type) visit_expr(h->type);
      if (h->name) add_def(h->name, DEF_LOCAL, h->pos);
      visit_stmts(h->body);
    }
    visit_stmts(finalbody);
  }

  void visit_alias(Alias* a) {
    // The name bound by the import: the first component of a dotted module name.
    std::string name = a->asname ? a->asname : a->name;
    if (name == "*") {
      if (cur_->type != BlockType::Module) fail("import * only allowed at module level", a->pos);
      return;
    }
    size_t dot = name.find('.');
    if (dot != std::string::npos) name.resize(dot);
    add_def(name, DEF_IMPORT, a->pos);
  }

  // ---- parameters and annotations ----------------------------------------------------------

  // CPython's future_parse (Python/future.c, run before the symtable): the features of the
  // `from __future__ import` statements at the top of the module (after the docstring), with
  // its errors.
  void future_parse(Module* mod) {
    static const char* const kFeatures[] = {
        "nested_scopes",  "generators",     "division",         "absolute_import",
        "with_statement", "print_function", "unicode_literals", "barry_as_FLUFL",
        "generator_stop", "annotations"};
    int i = 0;
    if (mod->body.size > 0) {
      auto* e = as<ExprStmt>(mod->body[0]);
      auto* c = e ? as<Constant>(e->value) : nullptr;
      if (c && c->value.kind == ConstantValue::Kind::Str) i = 1;
    }
    bool done = false;
    int prev_line = 0;
    for (; i < mod->body.size; ++i) {
      Stmt* s = mod->body[i];
      if (done && s->pos.lineno > prev_line) return;
      prev_line = s->pos.lineno;
      auto* f = as<ImportFrom>(s);
      if (!f || !f->module || std::strcmp(f->module, "__future__") != 0) {
        done = true;
        continue;
      }
      // PyErr_SyntaxLocationObject: a start only (and, for this one, CPython passes the 0-based
      // column as the 1-based offset).
      Pos at{s->pos.lineno, s->pos.col_offset, s->pos.lineno, -1};
      if (done) {
        at.col_offset -= 1;
        fail("from __future__ imports must occur at the beginning of the file", at);
      }
      for (Alias* a : f->names) {
        bool known = false;
        for (const char* feature : kFeatures) known = known || std::strcmp(a->name, feature) == 0;
        if (!known) {
          if (std::strcmp(a->name, "braces") == 0) fail("not a chance", at);
          fail(std::string("future feature ") + a->name + " is not defined", at);
        }
        if (std::strcmp(a->name, "annotations") == 0) future_annotations_ = true;
      }
      future_lineno_ = s->pos.lineno;
    }
  }

  void enter_annotation_block(const void* node, const Pos& pos) {
    enter_block("_annotation", BlockType::Function, node, pos, pos.lineno, true);
    ++annotation_depth_;
  }
  void exit_annotation_block() {
    --annotation_depth_;
    exit_block();
  }

  // symtable_visit_annotation: one annotation (of a variable, or a return annotation).
  void visit_annotation(Expr* annotation) {
    if (future_annotations_) enter_annotation_block(annotation, annotation->pos);
    visit_expr(annotation);
    if (future_annotations_) exit_annotation_block();
  }

  // symtable_raise_if_annotation_block: what cannot appear in an annotation kept as a string.
  void check_not_in_annotation(const char* what, Expr* e) {
    if (ex(cur_).annotation) {
      fail(std::string("'") + what + "' can not be used within an annotation", e->pos);
    }
  }

  void visit_annotations(Stmt* s, Arguments* a, Expr* returns) {
    if (future_annotations_) enter_annotation_block(s, s->pos);
    if (a) {
      for (Arg* arg : a->posonlyargs) {
        if (arg->annotation) visit_expr(arg->annotation);
      }
      for (Arg* arg : a->args) {
        if (arg->annotation) visit_expr(arg->annotation);
      }
      if (a->vararg && a->vararg->annotation) visit_expr(a->vararg->annotation);
      if (a->kwarg && a->kwarg->annotation) visit_expr(a->kwarg->annotation);
      for (Arg* arg : a->kwonlyargs) {
        if (arg->annotation) visit_expr(arg->annotation);
      }
    }
    if (future_annotations_) exit_annotation_block();
    if (returns) visit_annotation(returns);
  }

  void visit_arguments(Arguments* a) {
    if (!a) return;
    // CPython's order (it decides which duplicate is reported and ste_varnames):
    // posonly, regular, keyword-only, *args, **kwargs.
    for (Arg* arg : a->posonlyargs) add_def(arg->arg, DEF_PARAM, arg->pos);
    for (Arg* arg : a->args) add_def(arg->arg, DEF_PARAM, arg->pos);
    for (Arg* arg : a->kwonlyargs) add_def(arg->arg, DEF_PARAM, arg->pos);
    if (a->vararg) {
      add_def(a->vararg->arg, DEF_PARAM, a->vararg->pos);
      cur_->has_varargs = true;
    }
    if (a->kwarg) {
      add_def(a->kwarg->arg, DEF_PARAM, a->kwarg->pos);
      cur_->has_varkeywords = true;
    }
    // The public order: posonly, regular, *args, keyword-only, **kwargs.
    std::vector<std::string>& p = cur_->params;
    for (Arg* arg : a->posonlyargs) p.push_back(mangled(arg->arg));
    for (Arg* arg : a->args) p.push_back(mangled(arg->arg));
    if (a->vararg) p.push_back(mangled(a->vararg->arg));
    for (Arg* arg : a->kwonlyargs) p.push_back(mangled(arg->arg));
    if (a->kwarg) p.push_back(mangled(a->kwarg->arg));
  }

  // ---- expressions ---------------------------------------------------------------------------

  void visit_expr(Expr* e) {
    DepthGuard guard(depth_);
    switch (e->kind) {
      case ExprKind::NamedExpr:
        visit_namedexpr(static_cast<NamedExpr*>(e));
        break;
      case ExprKind::BoolOp:
        visit_exprs(static_cast<BoolOp*>(e)->values);
        break;
      case ExprKind::BinOp: {
        auto* b = static_cast<BinOp*>(e);
        visit_expr(b->left);
        visit_expr(b->right);
        break;
      }
      case ExprKind::UnaryOp:
        visit_expr(static_cast<UnaryOp*>(e)->operand);
        break;
      case ExprKind::Lambda: {
        auto* l = static_cast<Lambda*>(e);
        if (l->args) {
          visit_exprs(l->args->defaults);
          visit_exprs(l->args->kw_defaults);
        }
        Block* b = enter_block("<lambda>", BlockType::Function, e, e->pos, e->pos.lineno);
        b->is_lambda = true;
        visit_arguments(l->args);
        visit_expr(l->body);
        exit_block();
        break;
      }
      case ExprKind::IfExp: {
        auto* i = static_cast<IfExp*>(e);
        visit_expr(i->test);
        visit_expr(i->body);
        visit_expr(i->orelse);
        break;
      }
      case ExprKind::Dict: {
        auto* d = static_cast<Dict*>(e);
        visit_exprs(d->keys);
        visit_exprs(d->values);
        break;
      }
      case ExprKind::Set:
        visit_exprs(static_cast<Set*>(e)->elts);
        break;
      case ExprKind::ListComp: {
        auto* c = static_cast<ListComp*>(e);
        visit_comprehension(e, "<listcomp>", CompKind::List, c->generators, c->elt, nullptr);
        break;
      }
      case ExprKind::SetComp: {
        auto* c = static_cast<SetComp*>(e);
        visit_comprehension(e, "<setcomp>", CompKind::Set, c->generators, c->elt, nullptr);
        break;
      }
      case ExprKind::DictComp: {
        auto* c = static_cast<DictComp*>(e);
        visit_comprehension(e, "<dictcomp>", CompKind::Dict, c->generators, c->key, c->value);
        break;
      }
      case ExprKind::GeneratorExp: {
        auto* c = static_cast<GeneratorExp*>(e);
        visit_comprehension(e, "<genexpr>", CompKind::Gen, c->generators, c->elt, nullptr);
        break;
      }
      case ExprKind::Yield:
      case ExprKind::YieldFrom: {
        bool from = e->kind == ExprKind::YieldFrom;
        check_not_in_annotation("yield expression", e);
        if (annotation_depth_ > 0) {
          // never compiled
        } else if (cur_->type != BlockType::Function) {
          defer(seq_++, "'yield' outside function", e->pos);
        } else if (from && in_async_def()) {
          defer(seq_++, "'yield from' inside async function", e->pos);
        }
        Expr* value = from ? static_cast<YieldFrom*>(e)->value : static_cast<Yield*>(e)->value;
        if (value) visit_expr(value);
        cur_->is_generator = true;
        if (cur_->is_comprehension) {
          switch (ex(cur_).comp) {
            case CompKind::List:
              fail("'yield' inside list comprehension", e->pos);
            case CompKind::Set:
              fail("'yield' inside set comprehension", e->pos);
            case CompKind::Dict:
              fail("'yield' inside dict comprehension", e->pos);
            default:
              fail("'yield' inside generator expression", e->pos);
          }
        }
        break;
      }
      case ExprKind::Await: {
        check_not_in_annotation("await expression", e);
        if (annotation_depth_ > 0) {
          // never compiled
        } else if (cur_->type != BlockType::Function) {
          defer(seq_++, "'await' outside function", e->pos);
        } else if (!ex(cur_).async_def && !cur_->is_comprehension) {
          defer(seq_++, "'await' outside async function", e->pos);
        }
        visit_expr(static_cast<Await*>(e)->value);
        cur_->is_coroutine = true;
        break;
      }
      case ExprKind::Compare: {
        auto* c = static_cast<Compare*>(e);
        visit_expr(c->left);
        visit_exprs(c->comparators);
        break;
      }
      case ExprKind::Call: {
        auto* c = static_cast<Call*>(e);
        visit_expr(c->func);
        visit_exprs(c->args);
        for (Keyword* k : c->keywords) {
          if (k) visit_expr(k->value);
        }
        break;
      }
      case ExprKind::FormattedValue: {
        auto* f = static_cast<FormattedValue*>(e);
        visit_expr(f->value);
        if (f->format_spec) visit_expr(f->format_spec);
        break;
      }
      case ExprKind::JoinedStr:
        visit_exprs(static_cast<JoinedStr*>(e)->values);
        break;
      case ExprKind::Constant:
        break;
      case ExprKind::Attribute:
        visit_expr(static_cast<Attribute*>(e)->value);
        break;
      case ExprKind::Subscript: {
        auto* s = static_cast<Subscript*>(e);
        visit_expr(s->value);
        visit_expr(s->slice);
        break;
      }
      case ExprKind::Starred:
        visit_expr(static_cast<Starred*>(e)->value);
        break;
      case ExprKind::Slice: {
        auto* s = static_cast<Slice*>(e);
        if (s->lower) visit_expr(s->lower);
        if (s->upper) visit_expr(s->upper);
        if (s->step) visit_expr(s->step);
        break;
      }
      case ExprKind::Name: {
        auto* n = static_cast<Name*>(e);
        bool load = n->ctx == ExprContext::Load;
        add_def(n->id, load ? USE : DEF_LOCAL, e->pos);
        // super() needs the __class__ cell of the enclosing class.
        if (load && is_function(cur_) && std::strcmp(n->id, "super") == 0) {
          add_def("__class__", USE, e->pos);
        }
        break;
      }
      case ExprKind::List:
        visit_exprs(static_cast<List*>(e)->elts);
        break;
      case ExprKind::Tuple:
        visit_exprs(static_cast<Tuple*>(e)->elts);
        break;
    }
  }

  // ---- comprehensions and assignment expressions --------------------------------------------

  void visit_comprehension(Expr* e, const char* name, CompKind kind,
                           const ComprehensionSeq& generators, Expr* elt, Expr* value) {
    bool is_generator = kind == CompKind::Gen;
    Comprehension* outermost = generators[0];
    // The outermost iterable is evaluated in the enclosing scope.
    ex(cur_).comp_iter_expr++;
    visit_expr(outermost->iter);
    ex(cur_).comp_iter_expr--;

    Block* enclosing = cur_;
    long seq = seq_++;  // the compiler checks the comprehension before compiling its body
    Block* b = enter_block(name, BlockType::Function, e, e->pos, e->pos.lineno);
    b->is_comprehension = true;
    Extra& x = ex(b);
    x.comp = kind;
    if (outermost->is_async) b->is_coroutine = true;
    // The outermost iterator is received as the implicit argument ".0".
    add_def(".0", DEF_PARAM, x.pos);
    b->params.push_back(".0");

    x.comp_iter_target = true;
    visit_expr(outermost->target);
    x.comp_iter_target = false;
    visit_exprs(outermost->ifs);
    for (int i = 1; i < generators.size; ++i) {
      Comprehension* c = generators[i];
      x.comp_iter_target = true;
      visit_expr(c->target);
      x.comp_iter_target = false;
      x.comp_iter_expr++;
      visit_expr(c->iter);
      x.comp_iter_expr--;
      visit_exprs(c->ifs);
      if (c->is_async) b->is_coroutine = true;
    }
    if (value) visit_expr(value);
    visit_expr(elt);
    b->is_generator = is_generator;
    bool is_async = b->is_coroutine && !is_generator;
    exit_block();
    if (is_async) {
      // An async list/set/dict comprehension makes its enclosing block asynchronous too; it is
      // only allowed in an async function or in another comprehension.
      bool allowed = enclosing->type == BlockType::Function &&
                     (ex(enclosing).async_def || enclosing->is_comprehension);
      if (annotation_depth_ == 0 && !allowed) {
        defer(seq, "asynchronous comprehension outside of an asynchronous function", e->pos);
      }
      enclosing->is_coroutine = true;
    }
  }

  void visit_namedexpr(NamedExpr* e) {
    check_not_in_annotation("named expression", e);
    if (ex(cur_).comp_iter_expr > 0) {
      fail("assignment expression cannot be used in a comprehension iterable expression", e->pos);
    }
    if (cur_->is_comprehension) {
      // Inside a comprehension the target binds in the nearest enclosing function or module.
      auto* target = as<Name>(e->target);
      if (target) extend_namedexpr_scope(target);
    }
    visit_expr(e->value);
    visit_expr(e->target);
  }

  void extend_namedexpr_scope(Name* t) {
    std::string name = t->id;
    for (size_t i = stack_.size(); i-- > 0;) {
      Block* b = stack_[i];
      if (ex(b).annotation) continue;
      if (b->is_comprehension) {
        // As CPython, this looks the unmangled name up.
        uint32_t f = flags_of(b, name);
        if ((f & DEF_COMP_ITER) && (f & DEF_LOCAL)) {
          fail(message("assignment expression cannot rebind comprehension iteration variable '",
                      name, "'"),
               t->pos);
        }
        continue;
      }
      if (b->type == BlockType::Function) {
        uint32_t f = flags_of(b, name);
        add_def(name, (f & DEF_GLOBAL) ? DEF_GLOBAL : DEF_NONLOCAL, t->pos);
        record_directive(name, t->pos);
        add_def(name, DEF_LOCAL, t->pos, b);
        return;
      }
      if (b->type == BlockType::Module) {
        add_def(name, DEF_GLOBAL, t->pos);
        record_directive(name, t->pos);
        add_def(name, DEF_GLOBAL, t->pos, b);
        return;
      }
      fail("assignment expression within a comprehension cannot be used in a class body", t->pos);
    }
  }

  // ---- pass 2: scopes ----------------------------------------------------------------------

  using NameSet = std::unordered_set<std::string>;

  void analyze() {
    NameSet free, global;
    analyze_block(st_->top, nullptr, free, global);
  }

  [[noreturn]] void error_at_directive(Block* b, const std::string& name, std::string msg) {
    for (const Directive& d : ex(b).directives) {
      if (d.name == name) fail(std::move(msg), d.pos);
    }
    fail(std::move(msg), ex(b).pos);  // not reached: every declaration has a directive
  }

  void analyze_name(Block* b, const Symbol& sym, Scope& scope, NameSet* bound, NameSet& local,
                    NameSet& free, NameSet& global) {
    const std::string& name = sym.name;
    uint32_t flags = sym.flags;
    if (flags & DEF_GLOBAL) {
      if (flags & DEF_NONLOCAL) {
        error_at_directive(b, name, "name '" + name + "' is nonlocal and global");
      }
      scope = Scope::GlobalExplicit;
      global.insert(name);
      if (bound) bound->erase(name);
      return;
    }
    if (flags & DEF_NONLOCAL) {
      if (!bound) {
        error_at_directive(b, name, "nonlocal declaration not allowed at module level");
      }
      if (!bound->count(name)) {
        error_at_directive(b, name, "no binding for nonlocal '" + name + "' found");
      }
      scope = Scope::Free;
      ex(b).free = true;
      free.insert(name);
      return;
    }
    if (flags & DEF_BOUND) {
      scope = Scope::Local;
      local.insert(name);
      global.erase(name);
      return;
    }
    // Bound in an enclosing function: free here.
    if (bound && bound->count(name)) {
      scope = Scope::Free;
      ex(b).free = true;
      free.insert(name);
      return;
    }
    // Declared global in an enclosing block, or not bound anywhere: module or builtin.
    if (!global.count(name) && ex(b).nested) ex(b).free = true;
    scope = Scope::GlobalImplicit;
  }

  void analyze_block(Block* b, NameSet* bound, NameSet& free, NameSet& global) {
    NameSet local, newglobal, newfree, newbound;
    std::vector<Scope> scopes(b->symbols.size(), Scope::None);

    // A class namespace is not visible in the blocks nested in it: they see what the class
    // itself sees.
    if (b->type == BlockType::Class) {
      newglobal = global;
      if (bound) newbound = *bound;
    }
    for (size_t i = 0; i < b->symbols.size(); ++i) {
      analyze_name(b, b->symbols[i], scopes[i], bound, local, free, global);
    }
    if (b->type != BlockType::Class) {
      if (b->type == BlockType::Function) newbound.insert(local.begin(), local.end());
      if (bound) newbound.insert(bound->begin(), bound->end());
      newglobal = global;
    } else {
      newbound.insert("__class__");
    }

    for (Block* child : b->children) {
      NameSet child_bound = newbound;
      NameSet child_global = newglobal;
      analyze_block(child, &child_bound, newfree, child_global);
      if (ex(child).free || child->child_free) b->child_free = true;
    }

    if (b->type == BlockType::Function) {
      // analyze_cells: locals that nested blocks use are cells.
      for (size_t i = 0; i < scopes.size(); ++i) {
        if (scopes[i] == Scope::Local && newfree.erase(b->symbols[i].name)) scopes[i] = Scope::Cell;
      }
    } else if (b->type == BlockType::Class) {
      // drop_class_free: methods using __class__ / super() need the implicit class cell.
      if (newfree.erase("__class__")) b->needs_class_closure = true;
    }

    // update_symbols.
    for (size_t i = 0; i < scopes.size(); ++i) b->symbols[i].scope = scopes[i];
    std::vector<std::string> pending(newfree.begin(), newfree.end());
    std::sort(pending.begin(), pending.end());
    for (const std::string& name : pending) {
      if (Symbol* s = find(b, name)) {
        // A free variable of a method with the same name as a local or global of the class
        // body.
        if (b->type == BlockType::Class && (s->flags & (DEF_BOUND | DEF_GLOBAL))) {
          s->flags |= DEF_FREE_CLASS;
        }
        continue;
      }
      if (bound && !bound->count(name)) continue;  // a global
      // Free in a nested block and bound further out: passes through this block.
      Symbol& s = get_or_add(b, name);
      s.scope = Scope::Free;
    }
    free.insert(newfree.begin(), newfree.end());
  }
};

}  // namespace

SymTable* build_symtable(ast::Module* mod) {
  auto st = std::make_unique<SymTable>();
  Builder builder(st.get());
  builder.build(mod);
  return st.release();
}

}  // namespace slotpy::compiler
