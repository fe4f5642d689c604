#include "compiler/ast.h"

namespace slotpy::ast {

#define SLOTPY_NAME_CASE(n) \
  case decltype(k)::n:      \
    return #n;
const char* name_of(BoolOpKind k) {
  switch (k) { SLOTPY_AST_BOOLOPS(SLOTPY_NAME_CASE) }
  return "?";
}
const char* name_of(OperatorKind k) {
  switch (k) { SLOTPY_AST_OPERATORS(SLOTPY_NAME_CASE) }
  return "?";
}
const char* name_of(UnaryOpKind k) {
  switch (k) { SLOTPY_AST_UNARYOPS(SLOTPY_NAME_CASE) }
  return "?";
}
const char* name_of(CmpOpKind k) {
  switch (k) { SLOTPY_AST_CMPOPS(SLOTPY_NAME_CASE) }
  return "?";
}
const char* name_of(ExprContext k) {
  switch (k) { SLOTPY_AST_CONTEXTS(SLOTPY_NAME_CASE) }
  return "?";
}
#undef SLOTPY_NAME_CASE

#define SLOTPY_KIND_NAME_CASE(N, ...) \
  case decltype(k)::N:                \
    return #N;
const char* name_of(StmtKind k) {
  if (k == StmtKind::ExprStmt) return "Expr";
  switch (k) { SLOTPY_AST_STMTS(SLOTPY_KIND_NAME_CASE, ) }
  return "?";
}
const char* name_of(ExprKind k) {
  switch (k) { SLOTPY_AST_EXPRS(SLOTPY_KIND_NAME_CASE, ) }
  return "?";
}
const char* name_of(PatternKind k) {
  switch (k) { SLOTPY_AST_PATTERNS(SLOTPY_KIND_NAME_CASE, ) }
  return "?";
}
#undef SLOTPY_KIND_NAME_CASE

const char* intern_copy(const char* s, size_t n) {
  char* p = static_cast<char*>(GC_MALLOC_ATOMIC(n + 1));
  if (!p) throw std::bad_alloc();
  std::memcpy(p, s, n);
  p[n] = '\0';
  return p;
}

}  // namespace slotpy::ast
