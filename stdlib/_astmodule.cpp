// The _ast module: CPython 3.11's AST node classes, built from the node tables of
// compiler/ast.h, and the converters between the front end's C++ tree and Python node objects
// (compile(..., PyCF_ONLY_AST) one way, compile(tree, ...) the other).
//
// Every class is a heap type made by type(name, (base,), namespace) as CPython makes them, on
// the native base ast.AST (instances carry a __dict__; AST.__init__ binds _fields).
#include <cmath>
#include <cstdio>
#include <cstring>
#include <string>

#include "compiler/ast.h"
#include "compiler/compile.h"
#include "compiler/parser.h"
#include "runtime/args.h"
#include "runtime/bytesobject.h"
#include "runtime/compile_text.h"
#include "runtime/dictobject.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/floatobject.h"
#include "runtime/import.h"
#include "runtime/intobject.h"
#include "runtime/listobject.h"
#include "runtime/moduleobject.h"
#include "runtime/strobject.h"
#include "runtime/tupleobject.h"
#include "runtime/typeobject.h"
#include "stdlib/astmodule.h"

namespace slotpy {

void check_single_statement(const ast::Module* m);  // runtime/compile_text.cpp

TypeObject AST_Type;

namespace {

struct AstObject : Object {
  DictObject* dict;
};

// ---- the class table -----------------------------------------------------------------------

#define SLOTPY_ID_ITEM(N, ...) C_##N,
#define SLOTPY_ID_OP(N) C_##N,
enum ClassId : int {
  C_AST,
  C_mod, C_Module, C_Interactive, C_Expression, C_FunctionType,
  C_stmt, SLOTPY_AST_STMTS(SLOTPY_ID_ITEM, )
  C_expr, SLOTPY_AST_EXPRS(SLOTPY_ID_ITEM, )
  C_expr_context, SLOTPY_AST_CONTEXTS(SLOTPY_ID_OP)
  C_boolop, SLOTPY_AST_BOOLOPS(SLOTPY_ID_OP)
  C_operator, SLOTPY_AST_OPERATORS(SLOTPY_ID_OP)
  C_unaryop, SLOTPY_AST_UNARYOPS(SLOTPY_ID_OP)
  C_cmpop, SLOTPY_AST_CMPOPS(SLOTPY_ID_OP)
  C_excepthandler,
  SLOTPY_AST_HELPERS(SLOTPY_ID_ITEM, )
  C_pattern, SLOTPY_AST_PATTERNS(SLOTPY_ID_ITEM, )
  C_type_ignore, C_TypeIgnore,
  C_COUNT
};
#undef SLOTPY_ID_ITEM
#undef SLOTPY_ID_OP

// A field as the tables spell it: the C++ type (as text) and the name.
struct FieldInfo {
  const char* ctype;
  const char* name;
};

enum class Shape : uint8_t {
  Base,          // ast.AST
  Sum,           // abstract class without attributes (mod, operator, ...)
  SumAttrs,      // abstract class with positions (stmt, expr, excepthandler, pattern)
  Constructor,   // concrete class of a sum
  Product,       // comprehension, arguments, withitem, match_case
  ProductAttrs,  // arg, keyword, alias
};

struct ClassInfo {
  const char* name = nullptr;
  ClassId parent = C_AST;
  Shape shape = Shape::Base;
  const FieldInfo* fields = nullptr;
  int nfields = 0;
};

#define SLOTPY_FIELD_INFO(T, n) {#T, #n},
#define SLOTPY_FIELDS_ARRAY(N, fields) const FieldInfo fields_##N[] = {fields{nullptr, nullptr}};
#define SLOTPY_FIELDS_ARRAY_H(N, has_pos, ...) \
  const FieldInfo fields_##N[] = {__VA_ARGS__{nullptr, nullptr}};
SLOTPY_AST_STMTS(SLOTPY_FIELDS_ARRAY, SLOTPY_FIELD_INFO)
SLOTPY_AST_EXPRS(SLOTPY_FIELDS_ARRAY, SLOTPY_FIELD_INFO)
SLOTPY_AST_PATTERNS(SLOTPY_FIELDS_ARRAY, SLOTPY_FIELD_INFO)
SLOTPY_AST_HELPERS(SLOTPY_FIELDS_ARRAY_H, SLOTPY_FIELD_INFO)
#undef SLOTPY_FIELDS_ARRAY_H
#undef SLOTPY_FIELDS_ARRAY
#undef SLOTPY_FIELD_INFO
const FieldInfo fields_Module[] = {{"StmtSeq", "body"}, {"TypeIgnoreSeq", "type_ignores"}, {nullptr, nullptr}};
const FieldInfo fields_Interactive[] = {{"StmtSeq", "body"}, {nullptr, nullptr}};
const FieldInfo fields_Expression[] = {{"Expr*", "body"}, {nullptr, nullptr}};
const FieldInfo fields_FunctionType[] = {{"ExprSeq", "argtypes"}, {"Expr*", "returns"}, {nullptr, nullptr}};
const FieldInfo fields_TypeIgnore[] = {{"int", "lineno"}, {"string", "tag"}, {nullptr, nullptr}};
const FieldInfo fields_none[] = {{nullptr, nullptr}};

// Optional fields (`?` in CPython's ASDL): None is allowed, and the class attribute is None.
const char* const kOptional[] = {
    "AnnAssign.value", "Assert.msg", "Assign.type_comment", "AsyncFor.type_comment",
    "AsyncFunctionDef.returns", "AsyncFunctionDef.type_comment", "AsyncWith.type_comment",
    "Constant.kind", "ExceptHandler.type", "ExceptHandler.name", "For.type_comment",
    "FormattedValue.format_spec", "FunctionDef.returns", "FunctionDef.type_comment",
    "ImportFrom.module", "ImportFrom.level", "MatchAs.pattern", "MatchAs.name",
    "MatchMapping.rest", "MatchStar.name", "Raise.exc", "Raise.cause", "Return.value",
    "Slice.lower", "Slice.upper", "Slice.step", "With.type_comment", "Yield.value",
    "alias.asname", "arg.annotation", "arg.type_comment", "arguments.vararg", "arguments.kwarg",
    "keyword.arg", "match_case.guard", "withitem.optional_vars", nullptr};

ClassInfo g_info[C_COUNT];
TypeObject* g_cls[C_COUNT];
Object* g_singleton[C_COUNT];  // the shared instances of Load(), Add(), ... the parser produces
ModuleObject* g_module;

// Python field name: the tables write `kind_` for Constant.kind.
std::string py_field_name(const char* n) {
  std::string s = n;
  if (!s.empty() && s.back() == '_') s.pop_back();
  return s;
}

bool is_optional(ClassId c, const std::string& field) {
  std::string key = std::string(g_info[c].name) + "." + field;
  for (const char* const* p = kOptional; *p; ++p)
    if (key == *p) return true;
  return false;
}

// The ASDL type of a field, for the class docstrings ("expr? value").
std::string asdl_type(ClassId c, const FieldInfo& f) {
  static const char* const map[][2] = {
      {"Expr*", "expr"}, {"ExprSeq", "expr*"}, {"StmtSeq", "stmt*"}, {"Ident", "identifier"},
      {"IdentSeq", "identifier*"}, {"Arguments*", "arguments"}, {"KeywordSeq", "keyword*"},
      {"OperatorKind", "operator"}, {"BoolOpKind", "boolop"}, {"UnaryOpKind", "unaryop"},
      {"CmpOpSeq", "cmpop*"}, {"ConstantValue", "constant"}, {"int", "int"},
      {"ExprContext", "expr_context"}, {"ComprehensionSeq", "comprehension*"},
      {"ExceptHandlerSeq", "excepthandler*"}, {"ArgSeq", "arg*"}, {"Arg*", "arg"},
      {"AliasSeq", "alias*"}, {"WithItemSeq", "withitem*"}, {"PatternSeq", "pattern*"},
      {"Pattern*", "pattern"}, {"MatchCaseSeq", "match_case*"},
      {"TypeIgnoreSeq", "type_ignore*"}, {"string", "string"}};
  std::string name = py_field_name(f.name);
  std::string t = f.ctype;
  for (auto& m : map)
    if (t == m[0]) {
      t = m[1];
      break;
    }
  if (name == "type_comment" || (c == C_Constant && name == "kind")) t = "string";
  if (is_optional(c, name)) t += '?';
  return t + " " + name;
}

void describe(ClassId id, const char* name, ClassId parent, Shape shape, const FieldInfo* f) {
  ClassInfo& i = g_info[id];
  i.name = name;
  i.parent = parent;
  i.shape = shape;
  i.fields = f;
  i.nfields = 0;
  while (f && f[i.nfields].name) ++i.nfields;
}

const char* helper_class_name(const char* n) {
  if (!std::strcmp(n, "Comprehension")) return "comprehension";
  if (!std::strcmp(n, "Arguments")) return "arguments";
  if (!std::strcmp(n, "Arg")) return "arg";
  if (!std::strcmp(n, "Keyword")) return "keyword";
  if (!std::strcmp(n, "Alias")) return "alias";
  if (!std::strcmp(n, "WithItem")) return "withitem";
  if (!std::strcmp(n, "MatchCase")) return "match_case";
  return n;  // ExceptHandler
}

void describe_all() {
  describe(C_AST, "AST", C_AST, Shape::Base, fields_none);
  describe(C_mod, "mod", C_AST, Shape::Sum, fields_none);
  describe(C_Module, "Module", C_mod, Shape::Constructor, fields_Module);
  describe(C_Interactive, "Interactive", C_mod, Shape::Constructor, fields_Interactive);
  describe(C_Expression, "Expression", C_mod, Shape::Constructor, fields_Expression);
  describe(C_FunctionType, "FunctionType", C_mod, Shape::Constructor, fields_FunctionType);
  describe(C_stmt, "stmt", C_AST, Shape::SumAttrs, fields_none);
#define SLOTPY_DESCRIBE(N, ...) \
  describe(C_##N, C_##N == C_ExprStmt ? "Expr" : #N, C_stmt, Shape::Constructor, fields_##N);
  SLOTPY_AST_STMTS(SLOTPY_DESCRIBE, )
#undef SLOTPY_DESCRIBE
  describe(C_expr, "expr", C_AST, Shape::SumAttrs, fields_none);
#define SLOTPY_DESCRIBE(N, ...) describe(C_##N, #N, C_expr, Shape::Constructor, fields_##N);
  SLOTPY_AST_EXPRS(SLOTPY_DESCRIBE, )
#undef SLOTPY_DESCRIBE
  describe(C_pattern, "pattern", C_AST, Shape::SumAttrs, fields_none);
#define SLOTPY_DESCRIBE(N, ...) describe(C_##N, #N, C_pattern, Shape::Constructor, fields_##N);
  SLOTPY_AST_PATTERNS(SLOTPY_DESCRIBE, )
#undef SLOTPY_DESCRIBE
#define SLOTPY_DESCRIBE_OPS(abstract, TABLE)                             \
  describe(C_##abstract, #abstract, C_AST, Shape::Sum, fields_none); \
  TABLE(SLOTPY_DESCRIBE_OP)
#define SLOTPY_DESCRIBE_OP(N) describe(C_##N, #N, cur, Shape::Constructor, fields_none);
  ClassId cur = C_expr_context;
  SLOTPY_DESCRIBE_OPS(expr_context, SLOTPY_AST_CONTEXTS)
  cur = C_boolop;
  SLOTPY_DESCRIBE_OPS(boolop, SLOTPY_AST_BOOLOPS)
  cur = C_operator;
  SLOTPY_DESCRIBE_OPS(operator, SLOTPY_AST_OPERATORS)
  cur = C_unaryop;
  SLOTPY_DESCRIBE_OPS(unaryop, SLOTPY_AST_UNARYOPS)
  cur = C_cmpop;
  SLOTPY_DESCRIBE_OPS(cmpop, SLOTPY_AST_CMPOPS)
#undef SLOTPY_DESCRIBE_OP
#undef SLOTPY_DESCRIBE_OPS
  describe(C_excepthandler, "excepthandler", C_AST, Shape::SumAttrs, fields_none);
#define SLOTPY_DESCRIBE(N, has_pos, ...)                                                      \
  describe(C_##N, helper_class_name(#N), C_##N == C_ExceptHandler ? C_excepthandler : C_AST, \
           C_##N == C_ExceptHandler ? Shape::Constructor                                     \
           : has_pos                ? Shape::ProductAttrs                                    \
                                    : Shape::Product,                                        \
           fields_##N);
  SLOTPY_AST_HELPERS(SLOTPY_DESCRIBE, )
#undef SLOTPY_DESCRIBE
  describe(C_type_ignore, "type_ignore", C_AST, Shape::Sum, fields_none);
  describe(C_TypeIgnore, "TypeIgnore", C_type_ignore, Shape::Constructor, fields_TypeIgnore);
}

// CPython's order of creation (the ASDL order).
const ClassId kCreationOrder[] = {
    C_mod, C_Module, C_Interactive, C_Expression, C_FunctionType, C_stmt,
#define SLOTPY_ORDER(N, ...) C_##N,
#define SLOTPY_ORDER_OP(N) C_##N,
    SLOTPY_AST_STMTS(SLOTPY_ORDER, ) C_expr, SLOTPY_AST_EXPRS(SLOTPY_ORDER, )
    C_expr_context, SLOTPY_AST_CONTEXTS(SLOTPY_ORDER_OP)
    C_boolop, SLOTPY_AST_BOOLOPS(SLOTPY_ORDER_OP)
    C_operator, SLOTPY_AST_OPERATORS(SLOTPY_ORDER_OP)
    C_unaryop, SLOTPY_AST_UNARYOPS(SLOTPY_ORDER_OP)
    C_cmpop, SLOTPY_AST_CMPOPS(SLOTPY_ORDER_OP)
    C_Comprehension, C_excepthandler, C_ExceptHandler, C_Arguments, C_Arg, C_Keyword, C_Alias,
    C_WithItem, C_MatchCase, C_pattern, SLOTPY_AST_PATTERNS(SLOTPY_ORDER, )
    C_type_ignore, C_TypeIgnore,
#undef SLOTPY_ORDER
#undef SLOTPY_ORDER_OP
};

std::string signature(ClassId c) {
  const ClassInfo& i = g_info[c];
  std::string s = i.name;
  if (!i.nfields) return s;
  s += '(';
  for (int k = 0; k < i.nfields; ++k) {
    if (k) s += ", ";
    s += asdl_type(c, i.fields[k]);
  }
  return s + ')';
}

std::string class_doc(ClassId c) {
  const ClassInfo& i = g_info[c];
  if (i.shape != Shape::Sum && i.shape != Shape::SumAttrs) return signature(c);
  bool simple = true;
  for (int k = 0; k < C_COUNT; ++k)
    if (g_info[k].parent == c && k != c && g_info[k].nfields) simple = false;
  std::string s = std::string(i.name) + " = ";
  bool first = true;
  for (ClassId k : kCreationOrder) {
    if (g_info[k].parent != c || g_info[k].shape != Shape::Constructor) continue;
    if (!first) s += simple ? " | " : "\n" + std::string(std::strlen(i.name) + 1, ' ') + "| ";
    first = false;
    s += signature(k);
  }
  return s;
}

TupleObject* names_tuple(const char* const* names, int n) {
  TupleObject* t = tuple_new(n);
  for (int k = 0; k < n; ++k) t->items[k] = intern(names[k]);
  return t;
}

TupleObject* fields_tuple(ClassId c) {
  const ClassInfo& i = g_info[c];
  TupleObject* t = tuple_new(i.nfields);
  for (int k = 0; k < i.nfields; ++k) t->items[k] = intern(py_field_name(i.fields[k].name).c_str());
  return t;
}

const char* const kPosNames[] = {"lineno", "col_offset", "end_lineno", "end_col_offset"};

void make_class(ClassId c) {
  const ClassInfo& i = g_info[c];
  DictObject* ns = dict_new();
  TupleObject* fields = fields_tuple(c);
  dict_set_cstr(ns, "_fields", fields);
  dict_set_cstr(ns, "__match_args__", fields);
  dict_set_cstr(ns, "__module__", intern("ast"));
  dict_set_cstr(ns, "__doc__", str_from(class_doc(c)));
  switch (i.shape) {
    case Shape::Sum:
    case Shape::Product:
      dict_set_cstr(ns, "_attributes", Empty_Tuple);
      break;
    case Shape::SumAttrs:
    case Shape::ProductAttrs:
      dict_set_cstr(ns, "_attributes", names_tuple(kPosNames, 4));
      break;
    default:
      break;
  }
  if (i.shape == Shape::SumAttrs || i.shape == Shape::ProductAttrs) {
    dict_set_cstr(ns, "end_lineno", Py_None);
    dict_set_cstr(ns, "end_col_offset", Py_None);
  }
  for (int k = 0; k < i.nfields; ++k) {
    std::string n = py_field_name(i.fields[k].name);
    if (is_optional(c, n)) dict_set_cstr(ns, n.c_str(), Py_None);
  }
  Object* args[3] = {intern(i.name), tuple_pack({g_cls[i.parent]}), ns};
  g_cls[c] = static_cast<TypeObject*>(call(&Type_Type, args, 3));
}

// ---- ast.AST -------------------------------------------------------------------------------

Object* ast_new(TypeObject* type, Object* const*, size_t, TupleObject*) {
  Object* o = type_alloc(type);
  if (DictObject** dp = instance_dict_ptr(o)) *dp = dict_new();
  return o;
}

const char* short_type_name(TypeObject* t) {
  const char* dot = std::strrchr(t->tp_name, '.');
  return dot ? dot + 1 : t->tp_name;
}

void ast_init(Object* self, Object* const* args, size_t nargs, TupleObject* kwnames) {
  TypeObject* t = type_of(self);
  Object* fields = get_attr_or_null(t, intern("_fields"));
  intptr_t numfields = fields ? length(fields) : 0;
  if (static_cast<intptr_t>(nargs) > numfields)
    raise_type_error("%s constructor takes at most %zd positional argument%s",
                     short_type_name(t), static_cast<ssize_t>(numfields),
                     numfields == 1 ? "" : "s");
  for (size_t k = 0; k < nargs; ++k) {
    Object* name = get_item(fields, make_small_int(static_cast<intptr_t>(k)));
    if (!is_str(name))
      raise_type_error("attribute name must be string, not '%s'", type_name(name));
    set_attr(self, static_cast<StrObject*>(name), args[k]);
  }
  intptr_t nkw = kwnames ? kwnames->ob_size : 0;
  for (intptr_t k = 0; k < nkw; ++k) {
    auto* key = static_cast<StrObject*>(kwnames->items[k]);
    if (fields && contains(fields, key)) {
      Object* p = call_method_cstr(fields, "index", reinterpret_cast<Object**>(&key), 1);
      if (small_int_value(p) < static_cast<intptr_t>(nargs))
        raise_type_error("%s got multiple values for argument '%s'", t->tp_name,
                         str_utf8(key));
    }
    set_attr(self, key, args[nargs + k]);
  }
}

Object* ast_reduce(Object* self, Object* const*, size_t nargs, TupleObject* kwnames) {
  check_no_kwargs("__reduce__", kwnames);
  check_nargs("__reduce__", nargs, 0, 0);
  DictObject** dp = instance_dict_ptr(self);
  Object* d = dp ? *dp : nullptr;
  if (d) return tuple_pack({type_of(self), Empty_Tuple, d});
  return tuple_pack({type_of(self), Empty_Tuple});
}

Object* ast_get_dict(Object* self) {
  DictObject** dp = instance_dict_ptr(self);
  if (!*dp) *dp = dict_new();
  return *dp;
}

void ast_set_dict(Object* self, Object* value) {
  if (!value) raise_type_error("cannot delete __dict__");
  if (!is_dict(value))
    raise_type_error("__dict__ must be set to a dictionary, not a '%s'", type_name(value));
  *instance_dict_ptr(self) = static_cast<DictObject*>(value);
}

const GetSetDef ast_getset[] = {
    {"__dict__", ast_get_dict, ast_set_dict, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

const MethodDef ast_methods[] = {
    {"__reduce__", ast_reduce, METH_DEFAULT, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

void init_ast_base_type() {
  TypeObject* t = &AST_Type;
  t->tp_name = "ast.AST";
  t->tp_basicsize = sizeof(AstObject);
  t->tp_dictoffset = offsetof(AstObject, dict);
  t->tp_flags = TPFLAGS_BASETYPE | TPFLAGS_HAVE_GC;
  t->tp_new = ast_new;
  t->tp_init = ast_init;
  t->tp_methods = ast_methods;
  t->tp_getset = ast_getset;
  type_ready(t);
  t->tp_flags &= ~static_cast<uint64_t>(TPFLAGS_IMMUTABLETYPE);
  dict_set_cstr(t->tp_dict, "_fields", Empty_Tuple);
  dict_set_cstr(t->tp_dict, "__match_args__", Empty_Tuple);
  dict_set_cstr(t->tp_dict, "_attributes", Empty_Tuple);
  type_modified(t);
}

void ensure_module() {
  if (!g_module) import_name(intern("_ast"), Py_None, Py_None, 0);
}

// ---- recursion limits ----------------------------------------------------------------------
// CPython bounds both conversions: ast construction at 3 * the recursion limit, the traversal
// of Python nodes at the recursion limit (sys.getrecursionlimit(), 1000 by default).

struct DepthGuard {
  int& depth;
  DepthGuard(int& d, int limit, const char* message) : depth(d) {
    if (++depth > limit) {
      --depth;
      raise_fmt(Exc_RecursionError, "%s", message);
    }
  }
  ~DepthGuard() { --depth; }
};

// ---- C++ tree -> Python objects --------------------------------------------------------------

using namespace ast;

class ToPy {
  int depth_ = 0;
  static constexpr const char* kDeep = "maximum recursion depth exceeded during ast construction";

 public:
  Object* module(Module* m) {
    Object* o = node(C_Module);
    set(o, "body", value(m->body));
    set(o, "type_ignores", list_new(0));
    return o;
  }
  Object* interactive(Module* m) {
    Object* o = node(C_Interactive);
    set(o, "body", value(m->body));
    return o;
  }
  Object* expression(Expr* e) {
    Object* o = node(C_Expression);
    set(o, "body", value(e));
    return o;
  }
  Object* function_type(ExprSeq args, Expr* returns) {
    Object* o = node(C_FunctionType);
    set(o, "argtypes", value(args));
    set(o, "returns", value(returns));
    return o;
  }

 private:
  static Object* node(ClassId c) { return ast_new(g_cls[c], nullptr, 0, nullptr); }
  static void set(Object* o, const char* name, Object* v) {
    dict_set_str(static_cast<AstObject*>(o)->dict, intern(name), v);
  }
  static void set_positions(Object* o, const Pos& p) {
    set(o, "lineno", make_small_int(p.lineno));
    set(o, "col_offset", make_small_int(p.col_offset));
    set(o, "end_lineno", make_small_int(p.end_lineno));
    set(o, "end_col_offset", make_small_int(p.end_col_offset));
  }
  static Object* singleton(ClassId c) {
    if (!g_singleton[c]) g_singleton[c] = node(c);
    return g_singleton[c];
  }

  Object* value(Ident id) { return id ? static_cast<Object*>(intern(id)) : Py_None; }
  Object* value(int v) { return make_small_int(v); }
  Object* value(BoolOpKind k) { return singleton(static_cast<ClassId>(C_And + static_cast<int>(k))); }
  Object* value(OperatorKind k) { return singleton(static_cast<ClassId>(C_Add + static_cast<int>(k))); }
  Object* value(UnaryOpKind k) { return singleton(static_cast<ClassId>(C_Invert + static_cast<int>(k))); }
  Object* value(CmpOpKind k) { return singleton(static_cast<ClassId>(C_Eq + static_cast<int>(k))); }
  Object* value(ExprContext k) { return singleton(static_cast<ClassId>(C_Load + static_cast<int>(k))); }
  template <class T>
  Object* value(const Seq<T>& seq) {
    ListObject* l = list_new(seq.size);
    for (int k = 0; k < seq.size; ++k) l->items[k] = value(seq[k]);
    return l;
  }
  Object* value(const ConstantValue& c) {
    using K = ConstantValue::Kind;
    switch (c.kind) {
      case K::None: return Py_None;
      case K::True: return Py_True;
      case K::False: return Py_False;
      case K::Ellipsis: return Py_Ellipsis;
      case K::Int: {
        Object* r = int_from_string(c.text.data, c.text.len, c.base);
        return r ? r : make_small_int(0);
      }
      case K::Float: return float_new(c.number);
      case K::Complex: return complex_new(0.0, c.number);
      case K::Str: return str_from_utf8(c.text.data, c.text.len);
      case K::Bytes: return bytes_from(c.text.data, c.text.len);
    }
    return Py_None;
  }

#define SLOTPY_TOPY_FIELD(T, n) set(o, py_name(#n), value(x->n));
  static const char* py_name(const char* n) { return !std::strcmp(n, "kind_") ? "kind" : n; }

  Object* value(Expr* e) {
    if (!e) return Py_None;
    DepthGuard guard(depth_, 3000, kDeep);
    Object* o = nullptr;
    switch (e->kind) {
#define SLOTPY_TOPY_KIND(N, fields)                 \
  case ExprKind::N: {                               \
    [[maybe_unused]] auto* x = static_cast<N*>(e);  \
    o = node(C_##N);                                \
    fields break;                                   \
  }
      SLOTPY_AST_EXPRS(SLOTPY_TOPY_KIND, SLOTPY_TOPY_FIELD)
#undef SLOTPY_TOPY_KIND
    }
    set_positions(o, e->pos);
    return o;
  }
  Object* value(Stmt* s) {
    if (!s) return Py_None;
    DepthGuard guard(depth_, 3000, kDeep);
    Object* o = nullptr;
    switch (s->kind) {
#define SLOTPY_TOPY_KIND(N, fields)                 \
  case StmtKind::N: {                               \
    [[maybe_unused]] auto* x = static_cast<N*>(s);  \
    o = node(C_##N);                                \
    fields break;                                   \
  }
      SLOTPY_AST_STMTS(SLOTPY_TOPY_KIND, SLOTPY_TOPY_FIELD)
#undef SLOTPY_TOPY_KIND
    }
    set_positions(o, s->pos);
    return o;
  }
  Object* value(Pattern* p) {
    if (!p) return Py_None;
    DepthGuard guard(depth_, 3000, kDeep);
    Object* o = nullptr;
    switch (p->kind) {
#define SLOTPY_TOPY_KIND(N, fields)                 \
  case PatternKind::N: {                            \
    [[maybe_unused]] auto* x = static_cast<N*>(p);  \
    o = node(C_##N);                                \
    fields break;                                   \
  }
      SLOTPY_AST_PATTERNS(SLOTPY_TOPY_KIND, SLOTPY_TOPY_FIELD)
#undef SLOTPY_TOPY_KIND
    }
    set_positions(o, p->pos);
    return o;
  }
#define SLOTPY_TOPY_HELPER(N, has_pos, fields) \
  Object* value(N* x) {                        \
    if (!x) return Py_None;                    \
    DepthGuard guard(depth_, 3000, kDeep);     \
    Object* o = node(C_##N);                   \
    fields if (has_pos) set_positions(o, x->pos); \
    return o;                                  \
  }
  SLOTPY_AST_HELPERS(SLOTPY_TOPY_HELPER, SLOTPY_TOPY_FIELD)
#undef SLOTPY_TOPY_HELPER
#undef SLOTPY_TOPY_FIELD
};

// ---- Python objects -> C++ tree ------------------------------------------------------------

bool isinstance_of(Object* o, ClassId c) { return is_instance(o, g_cls[c]); }

class FromPy {
  int depth_ = 0;

 public:
  Module* module(Object* o, AstMode mode, Expr** expr_out) {
    static const char* const req[] = {"Module", "Expression", "Interactive", "FunctionType"};
    ClassId want = mode == AstMode::Exec     ? C_Module
                   : mode == AstMode::Eval   ? C_Expression
                   : mode == AstMode::Single ? C_Interactive
                                             : C_FunctionType;
    int ri = mode == AstMode::Exec ? 0 : mode == AstMode::Eval ? 1 : mode == AstMode::Single ? 2 : 3;
    if (!isinstance_of(o, want)) {
      raise_type_error("expected %s node, got %s", req[ri], short_type_name(type_of(o)));
    }
    cls_ = want;
    auto* m = make<Module>();
    if (want == C_Expression) {
      *expr_out = required_expr(o, "body");
      return nullptr;
    }
    if (want == C_FunctionType) raise_type_error("cannot compile a FunctionType node");
    field(o, "body", m->body);
    return m;
  }

 private:
  ClassId cls_ = C_AST;  // the class of the node being read (for messages)

  const char* cls_name() const { return g_info[cls_].name; }

  Object* attr(Object* o, const char* name) { return get_attr_or_null(o, intern(name)); }

  Object* required(Object* o, const char* name, const char* owner) {
    Object* v = attr(o, name);
    if (!v) raise_type_error("required field \"%s\" missing from %s", name, owner);
    return v;
  }

  Expr* required_expr(Object* o, const char* name) {
    Expr* e = nullptr;
    ClassId saved = cls_;
    conv(required(o, name, cls_name()), e);
    cls_ = saved;
    if (!e) raise_value_error("field '%s' is required for %s", name, cls_name());
    return e;
  }

  // One field of the current node into its C++ slot.
  template <class T>
  void field(Object* o, const char* name, T& out) {
    std::string n = py_field_name(name);
    bool optional = is_optional(cls_, n);
    Object* v = attr(o, n.c_str());
    ClassId saved = cls_;
    if (!v) {
      if (!optional) raise_type_error("required field \"%s\" missing from %s", n.c_str(), cls_name());
      v = Py_None;
    }
    convert_field(v, out, n.c_str(), optional);
    cls_ = saved;
  }

  template <class T>
  void convert_field(Object* v, Seq<T>& out, const char* name, bool) {
    if (!is_list(v))
      raise_type_error("%s field \"%s\" must be a list, not a %s", cls_name(), name,
                       short_type_name(type_of(v)));
    auto* l = static_cast<ListObject*>(v);
    ClassId saved = cls_;
    for (intptr_t k = 0; k < l->size; ++k) {
      T item{};
      conv(l->items[k], item);
      cls_ = saved;
      out.push(item);
      if (l->size != static_cast<ListObject*>(v)->size)
        raise_fmt(Exc_RuntimeError, "%s field \"%s\" changed size during iteration", cls_name(), name);
    }
  }
  template <class T>
  void convert_field(Object* v, T*& out, const char* name, bool optional) {
    conv(v, out);
    if (!out && !optional) raise_value_error("field '%s' is required for %s", name, cls_name());
  }
  template <class T>
  void convert_field(Object* v, T& out, const char*, bool) {
    conv(v, out);
  }
  void convert_field(Object* v, Ident& out, const char* name, bool optional) {
    conv(v, out);
    if (!out && !optional) raise_value_error("field '%s' is required for %s", name, cls_name());
  }
  void convert_field(Object* v, int& out, const char*, bool optional) {
    if (optional && v == Py_None) {
      out = 0;
      return;
    }
    conv(v, out);
  }

  void conv(Object* v, Ident& out) {
    if (v == Py_None) {
      out = nullptr;
      return;
    }
    if (!is_str_exact(v)) raise_type_error("AST identifier must be of type str");
    size_t n;
    const char* s = str_utf8(static_cast<StrObject*>(v), &n);
    out = intern_copy(s, n);
  }
  void conv(Object* v, int& out) {
    if (!is_int(v)) raise_value_error("invalid integer value: %s", repr_cstr(v));
    out = static_cast<int>(int_as_intptr(v));
  }
  template <class E>
  void enum_conv(Object* v, E& out, ClassId abstract, ClassId first, int count) {
    for (int k = 0; k < count; ++k)
      if (isinstance_of(v, static_cast<ClassId>(first + k))) {
        out = static_cast<E>(k);
        return;
      }
    raise_type_error("expected some sort of %s, but got %s", g_info[abstract].name, repr_cstr(v));
  }
#define SLOTPY_COUNT(N) +1
  void conv(Object* v, BoolOpKind& out) { enum_conv(v, out, C_boolop, C_And, 0 SLOTPY_AST_BOOLOPS(SLOTPY_COUNT)); }
  void conv(Object* v, OperatorKind& out) { enum_conv(v, out, C_operator, C_Add, 0 SLOTPY_AST_OPERATORS(SLOTPY_COUNT)); }
  void conv(Object* v, UnaryOpKind& out) { enum_conv(v, out, C_unaryop, C_Invert, 0 SLOTPY_AST_UNARYOPS(SLOTPY_COUNT)); }
  void conv(Object* v, CmpOpKind& out) { enum_conv(v, out, C_cmpop, C_Eq, 0 SLOTPY_AST_CMPOPS(SLOTPY_COUNT)); }
  void conv(Object* v, ExprContext& out) { enum_conv(v, out, C_expr_context, C_Load, 0 SLOTPY_AST_CONTEXTS(SLOTPY_COUNT)); }
#undef SLOTPY_COUNT

  void conv(Object* v, ConstantValue& out) {
    using K = ConstantValue::Kind;
    out = ConstantValue{};
    if (v == Py_None) out.kind = K::None;
    else if (v == Py_True) out.kind = K::True;
    else if (v == Py_False) out.kind = K::False;
    else if (v == Py_Ellipsis) out.kind = K::Ellipsis;
    else if (is_int(v)) {
      out.kind = K::Int;
      std::string d = int_to_decimal(int_normalize(v));
      out.text.data = intern_copy(d.data(), d.size());
      out.text.len = d.size();
    } else if (is_float(v)) {
      out.kind = K::Float;
      out.number = float_value(v);
    } else if (!is_small_int(v) && type_of(v) == &Complex_Type) {
      Object* real = get_attr_cstr(v, "real");
      if (float_value(real) != 0.0 || std::signbit(float_value(real)))
        raise_type_error("got an invalid type in Constant: %s", type_name(v));
      out.kind = K::Complex;
      out.number = float_value(get_attr_cstr(v, "imag"));
    } else if (is_str(v)) {
      out.kind = K::Str;
      size_t n;
      const char* s = str_utf8(static_cast<StrObject*>(v), &n);
      out.text.data = intern_copy(s, n);
      out.text.len = n;
    } else if (is_bytes(v)) {
      out.kind = K::Bytes;
      out.text.data = intern_copy(bytes_data(v), bytes_size(v));
      out.text.len = bytes_size(v);
    } else {
      raise_type_error("got an invalid type in Constant: %s", short_type_name(type_of(v)));
    }
  }

  void positions(Object* o, Pos& p, const char* owner) {
    p.lineno = int_field(required(o, "lineno", owner));
    p.col_offset = int_field(required(o, "col_offset", owner));
    Object* v = attr(o, "end_lineno");
    p.end_lineno = v && v != Py_None ? int_field(v) : p.lineno;
    v = attr(o, "end_col_offset");
    p.end_col_offset = v && v != Py_None ? int_field(v) : p.col_offset;
  }
  int int_field(Object* v) {
    int r;
    conv(v, r);
    return r;
  }

#define SLOTPY_FROMPY_FIELD(T, n) field(o, #n, x->n);
  void conv(Object* o, Expr*& out) {
    out = nullptr;
    if (o == Py_None) return;
    DepthGuard guard(depth_, 1000, "maximum recursion depth exceeded while traversing 'expr' node");
    Pos p;
    positions(o, p, "expr");
#define SLOTPY_FROMPY_KIND(N, fields)     \
  if (isinstance_of(o, C_##N)) {          \
    cls_ = C_##N;                         \
    auto* x = node<N>(p);                 \
    fields out = x;                       \
    return;                               \
  }
    SLOTPY_AST_EXPRS(SLOTPY_FROMPY_KIND, SLOTPY_FROMPY_FIELD)
    raise_type_error("expected some sort of expr, but got %s", repr_cstr(o));
  }
  void conv(Object* o, Stmt*& out) {
    out = nullptr;
    if (o == Py_None) return;
    DepthGuard guard(depth_, 1000, "maximum recursion depth exceeded while traversing 'stmt' node");
    Pos p;
    positions(o, p, "stmt");
    SLOTPY_AST_STMTS(SLOTPY_FROMPY_KIND, SLOTPY_FROMPY_FIELD)
    raise_type_error("expected some sort of stmt, but got %s", repr_cstr(o));
  }
  void conv(Object* o, Pattern*& out) {
    out = nullptr;
    if (o == Py_None) return;
    DepthGuard guard(depth_, 1000, "maximum recursion depth exceeded while traversing 'pattern' node");
    Pos p;
    positions(o, p, "pattern");
    SLOTPY_AST_PATTERNS(SLOTPY_FROMPY_KIND, SLOTPY_FROMPY_FIELD)
    raise_type_error("expected some sort of pattern, but got %s", repr_cstr(o));
  }
#undef SLOTPY_FROMPY_KIND
#define SLOTPY_FROMPY_HELPER(N, has_pos, fields)                                       \
  void conv(Object* o, N*& out) {                                                      \
    out = nullptr;                                                                     \
    if (o == Py_None) return;                                                          \
    ClassId abstract = C_##N == C_ExceptHandler ? C_excepthandler : C_##N;             \
    DepthGuard guard(depth_, 1000, "maximum recursion depth exceeded");                \
    if (!isinstance_of(o, C_##N))                                                      \
      raise_type_error("expected some sort of %s, but got %s", g_info[abstract].name,  \
                       repr_cstr(o));                                                  \
    auto* x = make<N>();                                                               \
    if (has_pos) positions(o, x->pos, g_info[abstract].name);                          \
    cls_ = C_##N;                                                                      \
    fields out = x;                                                                    \
  }
  SLOTPY_AST_HELPERS(SLOTPY_FROMPY_HELPER, SLOTPY_FROMPY_FIELD)
#undef SLOTPY_FROMPY_HELPER
#undef SLOTPY_FROMPY_FIELD
};

// ---- func_type input: "(argtypes) -> returns" ------------------------------------------------

// The offset of the "->" outside brackets and strings, or npos.
size_t find_arrow(const std::string& s) {
  int depth = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c == '#') {
      while (i < s.size() && s[i] != '\n') ++i;
    } else if (c == '\'' || c == '"') {
      char q = c;
      bool triple = s.compare(i, 3, std::string(3, q)) == 0;
      i += triple ? 3 : 1;
      while (i < s.size()) {
        if (s[i] == '\\') {
          i += 2;
          continue;
        }
        if (triple ? s.compare(i, 3, std::string(3, q)) == 0 : s[i] == q) break;
        ++i;
      }
      if (triple) i += 2;
    } else if (c == '(' || c == '[' || c == '{') {
      ++depth;
    } else if (c == ')' || c == ']' || c == '}') {
      --depth;
    } else if (c == '-' && depth == 0 && i + 1 < s.size() && s[i + 1] == '>') {
      return i;
    }
  }
  return std::string::npos;
}

// ---- module functions ----------------------------------------------------------------------

}  // namespace

bool is_ast_object(Object* o) { return g_module && is_instance(o, &AST_Type); }

Object* ast_parse_text(const std::string& input, const char* filename, AstMode mode) {
  ensure_module();
  std::string text = input;
  size_t arrow = std::string::npos;
  if (mode == AstMode::FuncType) {
    arrow = find_arrow(text);
    if (arrow != std::string::npos) text[arrow] = ',', text[arrow + 1] = ' ';
  }
  syntax::SyntaxError err;
  ToPy conv;
  try {
    syntax::Source src(filename, text.data(), text.size());
    // func_type errors quote the input as given (the parser saw "->" as ", ").
    syntax::Source orig(filename, input.data(), input.size());
    const syntax::Source* shown = mode == AstMode::FuncType ? &orig : &src;
    try {
      if (mode == AstMode::Eval || mode == AstMode::FuncType) {
        ast::Expr* e = syntax::parse_expression(src, &err);
        if (!e) raise_syntax_error(err, shown, filename, true);
        if (mode == AstMode::Eval) return conv.expression(e);
        auto* t = ast::as<ast::Tuple>(e);
        ast::Expr* args = t && !t->parenthesized && t->elts.size == 2 ? t->elts[0] : nullptr;
        size_t first = text.find_first_not_of(" \t\f");
        if (arrow == std::string::npos || !args || first == std::string::npos ||
            text[first] != '(') {
          err = syntax::SyntaxError{};
          err.msg = "invalid syntax";
          err.lineno = err.end_lineno = 1;
          err.col = err.end_col = 0;
          raise_syntax_error(err, shown, filename, true);
        }
        ast::ExprSeq argtypes;
        if (auto* at = ast::as<ast::Tuple>(args)) argtypes = at->elts;
        else argtypes.push(args);
        return conv.function_type(argtypes, t->elts[1]);
      }
      ast::Module* m = syntax::parse_module(src, &err);
      if (!m) raise_syntax_error(err, &src, filename);
      if (mode == AstMode::Single) {
        check_single_statement(m);
        return conv.interactive(m);
      }
      return conv.module(m);
    } catch (syntax::SyntaxError& e) {
      raise_syntax_error(e, shown, filename, mode == AstMode::Eval || mode == AstMode::FuncType);
    }
  } catch (syntax::SyntaxError& e) {
    raise_syntax_error(e, nullptr, filename);
  }
}

CodeObject* ast_compile_object(Object* tree, const char* filename, AstMode mode) {
  ensure_module();
  if (mode == AstMode::FuncType) raise_value_error("compile() mode 'func_type' requires flag PyCF_ONLY_AST");
  FromPy conv;
  ast::Expr* expr = nullptr;
  ast::Module* m = conv.module(tree, mode, &expr);
  try {
    if (mode == AstMode::Eval) return compiler::compile_expression(expr, filename);
    return compiler::compile_module(m, filename,
                                    mode == AstMode::Single ? compiler::CompileMode::Single
                                                            : compiler::CompileMode::Exec);
  } catch (syntax::SyntaxError& e) {
    raise_syntax_error(e, nullptr, filename, mode == AstMode::Eval);
  } catch (std::runtime_error&) {
    raise_fmt(Exc_RecursionError, "maximum recursion depth exceeded during compilation");
  }
}

Object* create_module__ast() {
  ModuleObject* m = module_new("_ast");
  describe_all();
  init_ast_base_type();
  g_cls[C_AST] = &AST_Type;
  module_add(m, "AST", &AST_Type);
  for (ClassId c : kCreationOrder) {
    make_class(c);
    module_add(m, g_info[c].name, g_cls[c]);
  }
  module_add(m, "PyCF_ONLY_AST", make_small_int(0x400));
  module_add(m, "PyCF_TYPE_COMMENTS", make_small_int(0x1000));
  module_add(m, "PyCF_ALLOW_TOP_LEVEL_AWAIT", make_small_int(0x2000));
  g_module = m;
  return m;
}

}  // namespace slotpy
