// The abstract syntax tree: the same node kinds and fields as CPython 3.11's `ast` module.
//
// Every node kind is listed once, in the X-macro tables below; the structs, the kind enums, the
// node names and the dumper (compiler/ast_dump.cpp) are all generated from those tables, so they
// cannot disagree. Nodes are allocated from Boehm GC and never freed by hand.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <new>

#include <gc/gc.h>

namespace slotpy::ast {

// ---- memory --------------------------------------------------------------------------------

template <class T, class... A>
T* make(A&&... a) {
  void* p = GC_MALLOC(sizeof(T));
  if (!p) throw std::bad_alloc();
  return new (p) T{static_cast<A&&>(a)...};
}

// A growable array in GC memory. Trivially copyable: copies share storage.
template <class T>
struct Seq {
  T* items = nullptr;
  int size = 0;
  int cap = 0;

  void push(T v) {
    if (size == cap) {
      int ncap = cap ? cap * 2 : 4;
      T* n = static_cast<T*>(GC_MALLOC(sizeof(T) * ncap));
      if (!n) throw std::bad_alloc();
      if (size) std::memcpy(static_cast<void*>(n), items, sizeof(T) * size);
      items = n;
      cap = ncap;
    }
    items[size++] = v;
  }
  T& operator[](int i) const { return items[i]; }
  T* begin() const { return items; }
  T* end() const { return items + size; }
  bool empty() const { return size == 0; }
  T& back() const { return items[size - 1]; }
};

// A name from the source (NFKC-normalized, NUL-terminated, GC memory). nullptr means None.
using Ident = const char*;

// Byte string in GC memory. Text is UTF-8 (lone surrogates encoded as 3-byte sequences).
struct Str {
  const char* data = nullptr;
  size_t len = 0;
};

// ---- operator enums ------------------------------------------------------------------------

#define SLOTPY_AST_BOOLOPS(X) X(And) X(Or)
#define SLOTPY_AST_OPERATORS(X)                                                                  \
  X(Add) X(Sub) X(Mult) X(MatMult) X(Div) X(Mod) X(Pow) X(LShift) X(RShift) X(BitOr) X(BitXor) \
      X(BitAnd) X(FloorDiv)
#define SLOTPY_AST_UNARYOPS(X) X(Invert) X(Not) X(UAdd) X(USub)
#define SLOTPY_AST_CMPOPS(X) \
  X(Eq) X(NotEq) X(Lt) X(LtE) X(Gt) X(GtE) X(Is) X(IsNot) X(In) X(NotIn)
#define SLOTPY_AST_CONTEXTS(X) X(Load) X(Store) X(Del)

#define SLOTPY_ENUM_ITEM(n) n,
enum class BoolOpKind : uint8_t { SLOTPY_AST_BOOLOPS(SLOTPY_ENUM_ITEM) };
enum class OperatorKind : uint8_t { SLOTPY_AST_OPERATORS(SLOTPY_ENUM_ITEM) };
enum class UnaryOpKind : uint8_t { SLOTPY_AST_UNARYOPS(SLOTPY_ENUM_ITEM) };
enum class CmpOpKind : uint8_t { SLOTPY_AST_CMPOPS(SLOTPY_ENUM_ITEM) };
enum class ExprContext : uint8_t { SLOTPY_AST_CONTEXTS(SLOTPY_ENUM_ITEM) };
#undef SLOTPY_ENUM_ITEM

const char* name_of(BoolOpKind);
const char* name_of(OperatorKind);
const char* name_of(UnaryOpKind);
const char* name_of(CmpOpKind);
const char* name_of(ExprContext);

// ---- constants -----------------------------------------------------------------------------

struct Constant_ {
  enum class Kind : uint8_t { None, True, False, Ellipsis, Int, Float, Complex, Str, Bytes };
  Kind kind = Kind::None;
  // Int: the digits without underscores or prefix, in `base`. Str: UTF-8 text. Bytes: raw.
  Str text;
  int base = 10;
  double number = 0;  // Float: the value; Complex: the imaginary part.
};
using ConstantValue = Constant_;

// ---- node tables ---------------------------------------------------------------------------
// Each entry: K(Name, fields...) where every field is F(type, name). Field types:
//   Expr* / Stmt* (nullptr = None: only in optional fields), ExprSeq, StmtSeq, Ident, IdentSeq,
//   the operator enums, CmpOpSeq, ConstantValue, int, and the helper node types below.

struct Expr;
struct Stmt;
struct Comprehension;
struct ExceptHandler;
struct Arguments;
struct Arg;
struct Keyword;
struct Alias;
struct WithItem;
struct Pattern;
struct MatchCase;

using ExprSeq = Seq<Expr*>;
using StmtSeq = Seq<Stmt*>;
using IdentSeq = Seq<Ident>;
using CmpOpSeq = Seq<CmpOpKind>;
using ComprehensionSeq = Seq<Comprehension*>;
using ExceptHandlerSeq = Seq<ExceptHandler*>;
using ArgSeq = Seq<Arg*>;
using KeywordSeq = Seq<Keyword*>;
using AliasSeq = Seq<Alias*>;
using WithItemSeq = Seq<WithItem*>;
using PatternSeq = Seq<Pattern*>;
using MatchCaseSeq = Seq<MatchCase*>;

#define SLOTPY_AST_STMTS(K, F)                                                                   \
  K(FunctionDef, F(Ident, name) F(Arguments*, args) F(StmtSeq, body) F(ExprSeq, decorator_list) \
                     F(Expr*, returns) F(Ident, type_comment))                                   \
  K(AsyncFunctionDef, F(Ident, name) F(Arguments*, args) F(StmtSeq, body)                       \
                          F(ExprSeq, decorator_list) F(Expr*, returns) F(Ident, type_comment))   \
  K(ClassDef, F(Ident, name) F(ExprSeq, bases) F(KeywordSeq, keywords) F(StmtSeq, body)         \
                  F(ExprSeq, decorator_list))                                                    \
  K(Return, F(Expr*, value))                                                                     \
  K(Delete, F(ExprSeq, targets))                                                                 \
  K(Assign, F(ExprSeq, targets) F(Expr*, value) F(Ident, type_comment))                          \
  K(AugAssign, F(Expr*, target) F(OperatorKind, op) F(Expr*, value))                             \
  K(AnnAssign, F(Expr*, target) F(Expr*, annotation) F(Expr*, value) F(int, simple))             \
  K(For, F(Expr*, target) F(Expr*, iter) F(StmtSeq, body) F(StmtSeq, orelse)                     \
             F(Ident, type_comment))                                                             \
  K(AsyncFor, F(Expr*, target) F(Expr*, iter) F(StmtSeq, body) F(StmtSeq, orelse)                \
                  F(Ident, type_comment))                                                        \
  K(While, F(Expr*, test) F(StmtSeq, body) F(StmtSeq, orelse))                                   \
  K(If, F(Expr*, test) F(StmtSeq, body) F(StmtSeq, orelse))                                      \
  K(With, F(WithItemSeq, items) F(StmtSeq, body) F(Ident, type_comment))                         \
  K(AsyncWith, F(WithItemSeq, items) F(StmtSeq, body) F(Ident, type_comment))                    \
  K(Match, F(Expr*, subject) F(MatchCaseSeq, cases))                                             \
  K(Raise, F(Expr*, exc) F(Expr*, cause))                                                        \
  K(Try, F(StmtSeq, body) F(ExceptHandlerSeq, handlers) F(StmtSeq, orelse) F(StmtSeq, finalbody)) \
  K(TryStar, F(StmtSeq, body) F(ExceptHandlerSeq, handlers) F(StmtSeq, orelse)                   \
                 F(StmtSeq, finalbody))                                                          \
  K(Assert, F(Expr*, test) F(Expr*, msg))                                                        \
  K(Import, F(AliasSeq, names))                                                                  \
  K(ImportFrom, F(Ident, module) F(AliasSeq, names) F(int, level))                               \
  K(Global, F(IdentSeq, names))                                                                  \
  K(Nonlocal, F(IdentSeq, names))                                                                \
  K(ExprStmt, F(Expr*, value))                                                                   \
  K(Pass, )                                                                                      \
  K(Break, )                                                                                     \
  K(Continue, )

#define SLOTPY_AST_EXPRS(K, F)                                                                   \
  K(BoolOp, F(BoolOpKind, op) F(ExprSeq, values))                                                \
  K(NamedExpr, F(Expr*, target) F(Expr*, value))                                                 \
  K(BinOp, F(Expr*, left) F(OperatorKind, op) F(Expr*, right))                                   \
  K(UnaryOp, F(UnaryOpKind, op) F(Expr*, operand))                                               \
  K(Lambda, F(Arguments*, args) F(Expr*, body))                                                  \
  K(IfExp, F(Expr*, test) F(Expr*, body) F(Expr*, orelse))                                       \
  K(Dict, F(ExprSeq, keys) F(ExprSeq, values))                                                   \
  K(Set, F(ExprSeq, elts))                                                                       \
  K(ListComp, F(Expr*, elt) F(ComprehensionSeq, generators))                                     \
  K(SetComp, F(Expr*, elt) F(ComprehensionSeq, generators))                                      \
  K(DictComp, F(Expr*, key) F(Expr*, value) F(ComprehensionSeq, generators))                     \
  K(GeneratorExp, F(Expr*, elt) F(ComprehensionSeq, generators))                                 \
  K(Await, F(Expr*, value))                                                                      \
  K(Yield, F(Expr*, value))                                                                      \
  K(YieldFrom, F(Expr*, value))                                                                  \
  K(Compare, F(Expr*, left) F(CmpOpSeq, ops) F(ExprSeq, comparators))                            \
  K(Call, F(Expr*, func) F(ExprSeq, args) F(KeywordSeq, keywords))                               \
  K(FormattedValue, F(Expr*, value) F(int, conversion) F(Expr*, format_spec))                    \
  K(JoinedStr, F(ExprSeq, values))                                                               \
  K(Constant, F(ConstantValue, value) F(Ident, kind_))                                            \
  K(Attribute, F(Expr*, value) F(Ident, attr) F(ExprContext, ctx))                               \
  K(Subscript, F(Expr*, value) F(Expr*, slice) F(ExprContext, ctx))                              \
  K(Starred, F(Expr*, value) F(ExprContext, ctx))                                                \
  K(Name, F(Ident, id) F(ExprContext, ctx))                                                      \
  K(List, F(ExprSeq, elts) F(ExprContext, ctx))                                                  \
  K(Tuple, F(ExprSeq, elts) F(ExprContext, ctx))                                                 \
  K(Slice, F(Expr*, lower) F(Expr*, upper) F(Expr*, step))

// Patterns of the match statement (CPython's `pattern` sum type; all have positions).
#define SLOTPY_AST_PATTERNS(K, F)                                                                \
  K(MatchValue, F(Expr*, value))                                                                 \
  K(MatchSingleton, F(ConstantValue, value))                                                     \
  K(MatchSequence, F(PatternSeq, patterns))                                                      \
  K(MatchMapping, F(ExprSeq, keys) F(PatternSeq, patterns) F(Ident, rest))                       \
  K(MatchClass, F(Expr*, cls) F(PatternSeq, patterns) F(IdentSeq, kwd_attrs)                     \
                    F(PatternSeq, kwd_patterns))                                                 \
  K(MatchStar, F(Ident, name))                                                                   \
  K(MatchAs, F(Pattern*, pattern) F(Ident, name))                                                \
  K(MatchOr, F(PatternSeq, patterns))

// Helper nodes: K(Name, has_positions, fields...)
#define SLOTPY_AST_HELPERS(K, F)                                                                 \
  K(Comprehension, false, F(Expr*, target) F(Expr*, iter) F(ExprSeq, ifs) F(int, is_async))     \
  K(ExceptHandler, true, F(Expr*, type) F(Ident, name) F(StmtSeq, body))                         \
  K(Arguments, false, F(ArgSeq, posonlyargs) F(ArgSeq, args) F(Arg*, vararg)                     \
                          F(ArgSeq, kwonlyargs) F(ExprSeq, kw_defaults) F(Arg*, kwarg)           \
                              F(ExprSeq, defaults))                                              \
  K(Arg, true, F(Ident, arg) F(Expr*, annotation) F(Ident, type_comment))                        \
  K(Keyword, true, F(Ident, arg) F(Expr*, value))                                                \
  K(Alias, true, F(Ident, name) F(Ident, asname))                                                \
  K(WithItem, false, F(Expr*, context_expr) F(Expr*, optional_vars))                           \
  K(MatchCase, false, F(Pattern*, pattern) F(Expr*, guard) F(StmtSeq, body))

// ---- generated declarations ----------------------------------------------------------------

#define SLOTPY_KIND_ITEM(N, ...) N,
enum class StmtKind : uint8_t { SLOTPY_AST_STMTS(SLOTPY_KIND_ITEM, ) };
enum class ExprKind : uint8_t { SLOTPY_AST_EXPRS(SLOTPY_KIND_ITEM, ) };
enum class PatternKind : uint8_t { SLOTPY_AST_PATTERNS(SLOTPY_KIND_ITEM, ) };
#undef SLOTPY_KIND_ITEM

const char* name_of(StmtKind);  // CPython's class name ("Expr" for ExprStmt)
const char* name_of(ExprKind);
const char* name_of(PatternKind);

// Source span: 1-based lines, 0-based UTF-8 byte columns (as CPython's ast).
struct Pos {
  int lineno = 0, col_offset = 0, end_lineno = 0, end_col_offset = 0;
};

struct Expr {
  ExprKind kind;
  Pos pos;
  bool parenthesized = false;  // written inside (...) in the source; used for error messages
};
struct Stmt {
  StmtKind kind;
  Pos pos;
  Pos semi;  // a ';' that ends the statement's line (lineno 0: none); ends enclosing blocks
};
struct Pattern {
  PatternKind kind;
  Pos pos;
};

#define SLOTPY_FIELD_DECL(T, n) T n{};
#define SLOTPY_STMT_STRUCT(N, fields)                   \
  struct N final : Stmt {                               \
    static constexpr StmtKind KIND = StmtKind::N;       \
    fields                                              \
  };
#define SLOTPY_EXPR_STRUCT(N, fields)                   \
  struct N final : Expr {                               \
    static constexpr ExprKind KIND = ExprKind::N;       \
    fields                                              \
  };
#define SLOTPY_PATTERN_STRUCT(N, fields)                \
  struct N final : Pattern {                            \
    static constexpr PatternKind KIND = PatternKind::N; \
    fields                                              \
  };
#define SLOTPY_HELPER_STRUCT(N, has_pos, fields) \
  struct N {                                     \
    Pos pos;                                     \
    fields                                       \
  };
SLOTPY_AST_STMTS(SLOTPY_STMT_STRUCT, SLOTPY_FIELD_DECL)
SLOTPY_AST_EXPRS(SLOTPY_EXPR_STRUCT, SLOTPY_FIELD_DECL)
SLOTPY_AST_PATTERNS(SLOTPY_PATTERN_STRUCT, SLOTPY_FIELD_DECL)
SLOTPY_AST_HELPERS(SLOTPY_HELPER_STRUCT, SLOTPY_FIELD_DECL)
#undef SLOTPY_STMT_STRUCT
#undef SLOTPY_EXPR_STRUCT
#undef SLOTPY_PATTERN_STRUCT
#undef SLOTPY_HELPER_STRUCT
#undef SLOTPY_FIELD_DECL

struct Module {
  StmtSeq body;
};

// New node of kind T with its kind tag set and its position filled in.
template <class T>
T* node(Pos p) {
  T* n = make<T>();
  n->kind = T::KIND;
  n->pos = p;
  return n;
}

template <class T>
T* as(Expr* e) {
  return e && e->kind == T::KIND ? static_cast<T*>(e) : nullptr;
}
template <class T>
T* as(Stmt* s) {
  return s && s->kind == T::KIND ? static_cast<T*>(s) : nullptr;
}
template <class T>
T* as(Pattern* p) {
  return p && p->kind == T::KIND ? static_cast<T*>(p) : nullptr;
}

// A GC copy of [s, s+n) with a terminating NUL.
const char* intern_copy(const char* s, size_t n);

}  // namespace slotpy::ast
