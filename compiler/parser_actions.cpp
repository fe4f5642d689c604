#include "compiler/parser_actions.h"

#include <cmath>
#include <cstdlib>
#include <string>

#include "runtime/repr.h"
#include "compiler/unicode_names.h"

namespace slotpy::syntax {

using namespace ast;

void raise_at(const char* msg, const Pos& p, const char* type) {
  SyntaxError e;
  e.type = type;
  e.msg = msg;
  e.lineno = p.lineno;
  e.col = p.col_offset;
  e.end_lineno = p.end_lineno;
  e.end_col = p.end_col_offset;
  throw e;
}
void raise_at(const std::string& msg, const Pos& p, const char* type) {
  raise_at(msg.c_str(), p, type);
}

const char* expr_name(Expr* e) {
  switch (e->kind) {
    case ExprKind::Attribute: return "attribute";
    case ExprKind::Subscript: return "subscript";
    case ExprKind::Starred: return "starred";
    case ExprKind::Name: return "name";
    case ExprKind::List: return "list";
    case ExprKind::Tuple: return "tuple";
    case ExprKind::Lambda: return "lambda";
    case ExprKind::Call: return "function call";
    case ExprKind::BoolOp:
    case ExprKind::BinOp:
    case ExprKind::UnaryOp: return "expression";
    case ExprKind::GeneratorExp: return "generator expression";
    case ExprKind::Yield:
    case ExprKind::YieldFrom: return "yield expression";
    case ExprKind::Await: return "await expression";
    case ExprKind::ListComp: return "list comprehension";
    case ExprKind::SetComp: return "set comprehension";
    case ExprKind::DictComp: return "dict comprehension";
    case ExprKind::Dict: return "dict literal";
    case ExprKind::Set: return "set display";
    case ExprKind::JoinedStr:
    case ExprKind::FormattedValue: return "f-string expression";
    case ExprKind::Constant: {
      switch (static_cast<Constant*>(e)->value.kind) {
        case ConstantValue::Kind::None: return "None";
        case ConstantValue::Kind::True: return "True";
        case ConstantValue::Kind::False: return "False";
        case ConstantValue::Kind::Ellipsis: return "ellipsis";
        default: return "literal";
      }
    }
    case ExprKind::Compare: return "comparison";
    case ExprKind::IfExp: return "conditional expression";
    case ExprKind::NamedExpr: return "named expression";
    case ExprKind::Slice: return "slice";
  }
  return "expression";
}

static bool is_target_kind(Expr* e) {
  switch (e->kind) {
    case ExprKind::Name:
    case ExprKind::Attribute:
    case ExprKind::Subscript:
    case ExprKind::Starred:
    case ExprKind::Tuple:
    case ExprKind::List:
      return true;
    default:
      return false;
  }
}

void set_context(Expr* e, ExprContext ctx) {
  switch (e->kind) {
    case ExprKind::Name: static_cast<Name*>(e)->ctx = ctx; return;
    case ExprKind::Attribute: static_cast<Attribute*>(e)->ctx = ctx; return;
    case ExprKind::Subscript: static_cast<Subscript*>(e)->ctx = ctx; return;
    case ExprKind::Starred:
      if (ctx == ExprContext::Del) raise_at("cannot delete starred", e->pos);
      static_cast<Starred*>(e)->ctx = ctx;
      set_context(static_cast<Starred*>(e)->value, ctx);
      return;
    case ExprKind::Tuple: {
      auto* t = static_cast<Tuple*>(e);
      t->ctx = ctx;
      for (Expr* x : t->elts) set_context(x, ctx);
      return;
    }
    case ExprKind::List: {
      auto* l = static_cast<List*>(e);
      l->ctx = ctx;
      for (Expr* x : l->elts) set_context(x, ctx);
      return;
    }
    default:
      break;
  }
  std::string msg = ctx == ExprContext::Del ? "cannot delete " : "cannot assign to ";
  msg += expr_name(e);
  raise_at(msg, e->pos);
}

// A "bitwise_or"-level expression: what CPython's invalid_named_expression rule can match.
static bool is_bitwise_or_level(Expr* e) {
  switch (e->kind) {
    case ExprKind::Compare:
    case ExprKind::BoolOp:
    case ExprKind::IfExp:
    case ExprKind::Lambda:
    case ExprKind::NamedExpr:
    case ExprKind::Yield:
    case ExprKind::YieldFrom:
      return e->parenthesized;
    case ExprKind::UnaryOp:
      return static_cast<UnaryOp*>(e)->op != UnaryOpKind::Not || e->parenthesized;
    case ExprKind::List:
    case ExprKind::Tuple:
    case ExprKind::GeneratorExp:
      return false;
    case ExprKind::Constant: {
      auto k = static_cast<Constant*>(e)->value.kind;
      return k != ConstantValue::Kind::None && k != ConstantValue::Kind::True &&
             k != ConstantValue::Kind::False;
    }
    default:
      return true;
  }
}

Stmt* build_assign(ExprSeq targets, Expr* value, Pos pos) {
  for (Expr* t : targets) {
    if (t->kind == ExprKind::Yield || t->kind == ExprKind::YieldFrom)
      raise_at("assignment to yield expression not possible", t->pos);
  }
  if (targets.size == 1 && !is_target_kind(targets[0]) && is_bitwise_or_level(targets[0]) &&
      value->kind != ExprKind::Yield && value->kind != ExprKind::YieldFrom) {
    std::string msg = std::string("cannot assign to ") + expr_name(targets[0]) +
                      " here. Maybe you meant '==' instead of '='?";
    raise_at(msg, targets[0]->pos);
  }
  for (Expr* t : targets) set_context(t, ExprContext::Store);
  auto* s = node<Assign>(pos);
  s->targets = targets;
  s->value = value;
  return s;
}

Stmt* build_augassign(Expr* target, int op, Expr* value, Pos pos) {
  switch (target->kind) {
    case ExprKind::Name:
    case ExprKind::Attribute:
    case ExprKind::Subscript:
      break;
    default:
      raise_at(std::string("'") + expr_name(target) +
                   "' is an illegal expression for augmented assignment",
               target->pos);
  }
  set_context(target, ExprContext::Store);
  auto* s = node<AugAssign>(pos);
  s->target = target;
  s->op = static_cast<OperatorKind>(op);
  s->value = value;
  return s;
}

Stmt* build_annassign(Expr* target, Expr* ann, Expr* value, Pos pos) {
  int simple = 0;
  switch (target->kind) {
    case ExprKind::Name: simple = target->parenthesized ? 0 : 1; break;
    case ExprKind::Attribute:
    case ExprKind::Subscript: break;
    case ExprKind::Tuple: raise_at("only single target (not tuple) can be annotated", target->pos);
    case ExprKind::List: raise_at("only single target (not list) can be annotated", target->pos);
    default: raise_at("illegal target for annotation", target->pos);
  }
  set_context(target, ExprContext::Store);
  auto* s = node<AnnAssign>(pos);
  s->target = target;
  s->annotation = ann;
  s->value = value;
  s->simple = simple;
  return s;
}

Expr* make_tuple(ExprSeq items, Pos pos) {
  auto* t = node<Tuple>(pos);
  t->elts = items;
  t->ctx = ExprContext::Load;
  return t;
}

Expr* tuple_or_single(ExprList* l, Pos pos) {
  if (l->items.size == 1 && !l->trailing_comma) return l->items[0];
  return make_tuple(l->items, pos);
}

static Pos closing(const Pos& call) {
  return Pos{call.end_lineno, call.end_col_offset - 1, call.end_lineno, call.end_col_offset};
}
static Pos first_char(const Pos& p) {
  return Pos{p.lineno, p.col_offset, p.lineno, p.col_offset + 1};
}

Expr* build_call(Expr* func, ArgItems* items, Pos pos) {
  auto* c = node<Call>(pos);
  c->func = func;
  bool seen_kw = false, seen_dstar = false;
  for (ArgItem* a : *items) {
    switch (a->kind) {
      case ArgItem::Generator:
        if (items->size > 1) raise_at("Generator expression must be parenthesized", a->pos);
        // The generator expression takes the call's parentheses.
        a->value->pos = Pos{func->pos.end_lineno, func->pos.end_col_offset, pos.end_lineno,
                            pos.end_col_offset};
        [[fallthrough]];
      case ArgItem::Positional:
        // CPython reports these at the token after the arguments: the closing parenthesis.
        if (seen_dstar) raise_at("positional argument follows keyword argument unpacking", closing(pos));
        if (seen_kw) raise_at("positional argument follows keyword argument", closing(pos));
        c->args.push(a->value);
        break;
      case ArgItem::Star:
        if (seen_dstar)
          raise_at("iterable argument unpacking follows keyword argument unpacking", first_char(a->pos));
        c->args.push(a->value);
        break;
      case ArgItem::Keyword: {
        auto* n = as<Name>(a->lhs);
        if (!n || a->lhs->parenthesized) {
          if (a->lhs->kind == ExprKind::Constant) {
            auto k = static_cast<Constant*>(a->lhs)->value.kind;
            if (k == ConstantValue::Kind::True || k == ConstantValue::Kind::False ||
                k == ConstantValue::Kind::None)
              raise_at(std::string("cannot assign to ") + expr_name(a->lhs), a->lhs_eq_pos);
          }
          raise_at("expression cannot contain assignment, perhaps you meant \"==\"?", a->lhs_eq_pos);
        }
        auto* k = make<Keyword>();
        k->pos = a->pos;
        k->arg = n->id;
        k->value = a->value;
        c->keywords.push(k);
        seen_kw = true;
        break;
      }
      case ArgItem::DoubleStar: {
        auto* k = make<Keyword>();
        k->pos = a->pos;
        k->value = a->value;
        c->keywords.push(k);
        seen_kw = seen_dstar = true;
        break;
      }
    }
  }
  return c;
}

Arguments* empty_arguments() { return make<Arguments>(); }

Arguments* build_arguments(ParamItems* params, bool) {
  auto* a = make<Arguments>();
  bool seen_slash = false, seen_star = false, seen_dstar = false, seen_default = false;
  ParamItem* bare_star = nullptr;
  for (ParamItem* p : *params) {
    if (seen_dstar) raise_at("arguments cannot follow var-keyword argument", p->pos);
    switch (p->kind) {
      case ParamItem::Slash:
        if (seen_star) raise_at("/ must be ahead of *", p->pos);
        if (seen_slash) raise_at("/ may appear only once", p->pos);
        if (a->args.empty()) raise_at("invalid syntax", p->pos);
        a->posonlyargs = a->args;
        a->args = ArgSeq{};
        seen_slash = true;
        break;
      case ParamItem::Plain:
        if (!seen_star) {
          if (p->def) {
            a->defaults.push(p->def);
            seen_default = true;
          } else if (seen_default) {
            raise_at("non-default argument follows default argument", p->arg->pos);
          }
          a->args.push(p->arg);
        } else {
          a->kwonlyargs.push(p->arg);
          a->kw_defaults.push(p->def);
          bare_star = nullptr;
        }
        break;
      case ParamItem::BareStar:
      case ParamItem::Star:
        if (seen_star) raise_at("* argument may appear only once", first_char(p->pos));
        seen_star = true;
        if (p->kind == ParamItem::Star)
          a->vararg = p->arg;
        else
          bare_star = p;
        break;
      case ParamItem::DoubleStar:
        if (bare_star) raise_at("named arguments must follow bare *", bare_star->pos);
        a->kwarg = p->arg;
        seen_dstar = true;
        break;
    }
  }
  if (bare_star) raise_at("named arguments must follow bare *", bare_star->pos);
  return a;
}

Expr* make_name(Token* t, ExprContext ctx) {
  auto* n = node<Name>(Pos{t->lineno, t->col, t->end_lineno, t->end_col});
  n->id = t->name;
  n->ctx = ctx;
  return n;
}

Expr* make_constant(ConstantValue::Kind k, Pos pos) {
  auto* c = node<Constant>(pos);
  c->value.kind = k;
  return c;
}

Expr* make_number(Token* t) {
  auto* c = node<Constant>(Pos{t->lineno, t->col, t->end_lineno, t->end_col});
  std::string text;
  for (const char* p = t->start; p < t->end; ++p)
    if (*p != '_') text += *p;
  char last = text.back();
  bool hexlike = text.size() > 1 && text[0] == '0' &&
                 (text[1] == 'x' || text[1] == 'X' || text[1] == 'o' || text[1] == 'O' ||
                  text[1] == 'b' || text[1] == 'B');
  if (last == 'j' || last == 'J') {
    c->value.kind = ConstantValue::Kind::Complex;
    text.pop_back();
    c->value.number = std::strtod(text.c_str(), nullptr);
  } else if (!hexlike && text.find_first_of(".eE") != std::string::npos) {
    c->value.kind = ConstantValue::Kind::Float;
    c->value.number = std::strtod(text.c_str(), nullptr);
  } else {
    c->value.kind = ConstantValue::Kind::Int;
    int base = 10;
    size_t skip = 0;
    if (hexlike) {
      char b = static_cast<char>(text[1] | 0x20);
      base = b == 'x' ? 16 : b == 'o' ? 8 : 2;
      skip = 2;
    }
    c->value.base = base;
    c->value.text.data = intern_copy(text.data() + skip, text.size() - skip);
    c->value.text.len = text.size() - skip;
  }
  return c;
}

Expr* binop(Expr* l, OperatorKind op, Expr* r, Pos pos) {
  auto* b = node<BinOp>(pos);
  b->left = l;
  b->op = op;
  b->right = r;
  return b;
}

Expr* boolop(Expr* l, BoolOpKind op, Expr* r, Pos pos) {
  if (auto* b = as<BoolOp>(l); b && b->op == op && !l->parenthesized) {
    b->values.push(r);
    b->pos = pos;
    return b;
  }
  auto* b = node<BoolOp>(pos);
  b->op = op;
  b->values.push(l);
  b->values.push(r);
  return b;
}

Expr* compare(Expr* l, CmpOpKind op, Expr* r, Pos pos) {
  if (auto* c = as<Compare>(l); c && !l->parenthesized) {
    c->ops.push(op);
    c->comparators.push(r);
    c->pos = pos;
    return c;
  }
  auto* c = node<Compare>(pos);
  c->left = l;
  c->ops.push(op);
  c->comparators.push(r);
  return c;
}

Stmt* make_async(Stmt* s, Pos pos) {
  if (auto* f = as<FunctionDef>(s)) {
    auto* a = node<AsyncFunctionDef>(pos);
    a->name = f->name;
    a->args = f->args;
    a->body = f->body;
    a->decorator_list = f->decorator_list;
    a->returns = f->returns;
    return a;
  }
  if (auto* f = as<For>(s)) {
    auto* a = node<AsyncFor>(pos);
    a->target = f->target;
    a->iter = f->iter;
    a->body = f->body;
    a->orelse = f->orelse;
    return a;
  }
  auto* w = as<With>(s);
  auto* a = node<AsyncWith>(pos);
  a->items = w->items;
  a->body = w->body;
  return a;
}

// ---- patterns -------------------------------------------------------------------------------

Ident capture_target(Token* t) {
  if (!std::strcmp(t->name, "_"))
    raise_at("cannot use '_' as a target", Pos{t->lineno, t->col, t->end_lineno, t->end_col});
  return t->name;
}

Pattern* name_pattern(Expr* e) {
  if (auto* n = as<Name>(e)) {
    auto* p = node<MatchAs>(e->pos);
    if (std::strcmp(n->id, "_") != 0) p->name = n->id;
    return p;
  }
  auto* p = node<MatchValue>(e->pos);
  p->value = e;
  return p;
}

Pattern* singleton_pattern(ConstantValue::Kind k, Pos pos) {
  auto* p = node<MatchSingleton>(pos);
  p->value.kind = k;
  return p;
}

Expr* complex_literal(Expr* real, OperatorKind op, Expr* imag, Pos pos) {
  // CPython's _PyPegen_ensure_real / _PyPegen_ensure_imaginary, on the number tokens.
  Expr* num = real;
  if (auto* u = as<UnaryOp>(real)) num = u->operand;
  auto* rc = as<Constant>(num);
  if (!rc || rc->value.kind == ConstantValue::Kind::Complex)
    raise_at("real number required in complex literal", num->pos);
  auto* ic = as<Constant>(imag);
  if (!ic || ic->value.kind != ConstantValue::Kind::Complex)
    raise_at("imaginary number required in complex literal", imag->pos);
  return binop(real, op, imag, pos);
}

Pattern* build_class_pattern(Expr* cls, ClassArgs* args, Pos pos) {
  auto* p = node<MatchClass>(pos);
  p->cls = cls;
  if (!args) return p;
  // Positional patterns after keyword ones: CPython reports the first run of them.
  bool seen_kw = false;
  for (int i = 0; i < args->size; ++i) {
    if ((*args)[i]->kw) {
      seen_kw = true;
      continue;
    }
    if (!seen_kw) continue;
    int j = i;
    while (j + 1 < args->size && !(*args)[j + 1]->kw) ++j;
    raise_at("positional patterns follow keyword patterns",
             span((*args)[i]->pattern->pos, (*args)[j]->pattern->pos));
  }
  for (ClassArg* a : *args) {
    if (a->kw) {
      p->kwd_attrs.push(a->kw);
      p->kwd_patterns.push(a->pattern);
    } else {
      p->patterns.push(a->pattern);
    }
  }
  return p;
}

Pattern* build_mapping_pattern(MapItems* items, Token* rest, Pos pos) {
  auto* p = node<MatchMapping>(pos);
  if (items) {
    p->keys = items->keys;
    p->patterns = items->patterns;
  }
  if (rest) p->rest = rest->name;
  return p;
}

Pos block_end(const StmtSeq& body) {
  if (body.empty()) return Pos{};
  // CPython ends a block at its last token: a trailing ';' counts.
  Pos p = body.back()->semi.lineno ? body.back()->semi : body.back()->pos;
  return Pos{p.end_lineno, p.end_col_offset, p.end_lineno, p.end_col_offset};
}

// ---- string literals -----------------------------------------------------------------------

namespace {

struct Literal {
  Token* tok;
  bool bytes = false, raw = false, fmt = false, u = false;
  const char* body = nullptr;  // between the quotes
  size_t len = 0;
};

Literal split_literal(Token* t) {
  Literal l;
  l.tok = t;
  const char* p = t->start;
  for (; *p != '\'' && *p != '"'; ++p) {
    switch (*p | 0x20) {
      case 'b': l.bytes = true; break;
      case 'r': l.raw = true; break;
      case 'f': l.fmt = true; break;
      case 'u': l.u = true; break;
    }
  }
  char q = *p;
  size_t qlen = (p[1] == q && p[2] == q && t->end - p >= 6) ? 3 : 1;
  l.body = p + qlen;
  l.len = static_cast<size_t>(t->end - qlen - l.body);
  return l;
}

Pos token_end_pos(Token* t) { return Pos{t->end_lineno, t->end_col, t->end_lineno, t->end_col}; }

[[noreturn]] void unicode_error(Token* t, size_t from, size_t to, const char* what) {
  std::string msg = "(unicode error) 'unicodeescape' codec can't decode bytes in position " +
                    std::to_string(from) + "-" + std::to_string(to) + ": " + what;
  raise_at(msg, token_end_pos(t));
}

int hexval(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

void append_cp(std::string& out, uint32_t cp) { utf8_append(out, cp); }

// The one-character escapes shared by str and bytes literals: the byte, or -1.
int simple_escape(char e) {
  switch (e) {
    case '\\': return '\\';
    case '\'': return '\'';
    case '"': return '"';
    case 'a': return '\a';
    case 'b': return '\b';
    case 'f': return '\f';
    case 'n': return '\n';
    case 'r': return '\r';
    case 't': return '\t';
    case 'v': return '\v';
    default: return -1;
  }
}

// Decodes the escapes of a str literal piece s[0..n) into out (UTF-8).
void decode_str(Token* t, const char* s, size_t n, bool raw, std::string& out) {
  if (raw) {
    out.append(s, n);
    return;
  }
  for (size_t i = 0; i < n;) {
    char c = s[i];
    if (c != '\\') {
      out += c;
      ++i;
      continue;
    }
    size_t start = i;
    if (i + 1 >= n) {
      out += '\\';
      ++i;
      continue;
    }
    char e = s[i + 1];
    i += 2;
    if (e == '\n') continue;  // backslash-newline: a line continuation inside the literal
    if (int c1 = simple_escape(e); c1 >= 0) {
      out += static_cast<char>(c1);
      continue;
    }
    switch (e) {
      case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
        uint32_t v = static_cast<uint32_t>(e - '0');
        for (int k = 0; k < 2 && i < n && s[i] >= '0' && s[i] <= '7'; ++k) v = v * 8 + (s[i++] - '0');
        append_cp(out, v);
        break;
      }
      case 'x':
      case 'u':
      case 'U': {
        int digits = e == 'x' ? 2 : e == 'u' ? 4 : 8;
        uint32_t v = 0;
        int k = 0;
        for (; k < digits && i < n && hexval(s[i]) >= 0; ++k) v = v * 16 + hexval(s[i++]);
        if (k < digits) {
          const char* what = e == 'x' ? "truncated \\xXX escape"
                             : e == 'u' ? "truncated \\uXXXX escape"
                                        : "truncated \\UXXXXXXXX escape";
          unicode_error(t, start, i - 1, what);
        }
        if (v > 0x10FFFF) unicode_error(t, start, i - 1, "illegal Unicode character");
        append_cp(out, v);
        break;
      }
      case 'N': {
        size_t close = i;
        if (i < n && s[i] == '{') {
          close = i + 1;
          while (close < n && s[close] != '}') ++close;
        }
        if (i >= n || s[i] != '{' || close >= n) {
          unicode_error(t, start, (close < n ? close : n) - 1, "malformed \\N character escape");
        }
        std::string name(s + i + 1, close - i - 1);
        uint32_t cp;
        if (!lookup_unicode_name(name, &cp)) unicode_error(t, start, close, "unknown Unicode character name");
        append_cp(out, cp);
        i = close + 1;
        break;
      }
      default:
        // An unknown escape keeps its backslash (CPython warns; slotpy may later too).
        out += '\\';
        out += e;
        break;
    }
  }
}

void decode_bytes(Token* t, const char* s, size_t n, bool raw, std::string& out) {
  for (size_t i = 0; i < n; ++i)
    if (static_cast<unsigned char>(s[i]) >= 0x80)
      raise_at("bytes can only contain ASCII literal characters",
               Pos{t->lineno, t->col, t->end_lineno, t->end_col});
  if (raw) {
    out.append(s, n);
    return;
  }
  for (size_t i = 0; i < n;) {
    char c = s[i];
    if (c != '\\' || i + 1 >= n) {
      out += c;
      ++i;
      continue;
    }
    char e = s[i + 1];
    i += 2;
    if (e == '\n') continue;  // backslash-newline: a line continuation inside the literal
    if (int c1 = simple_escape(e); c1 >= 0) {
      out += static_cast<char>(c1);
      continue;
    }
    switch (e) {
      case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
        unsigned v = static_cast<unsigned>(e - '0');
        for (int k = 0; k < 2 && i < n && s[i] >= '0' && s[i] <= '7'; ++k) v = v * 8 + (s[i++] - '0');
        out += static_cast<char>(v & 0xFF);
        break;
      }
      case 'x': {
        int h1 = i < n ? hexval(s[i]) : -1;
        int h2 = i + 1 < n ? hexval(s[i + 1]) : -1;
        if (h1 < 0 || h2 < 0) {
          raise_at("(value error) invalid \\x escape at position " + std::to_string(i - 2),
                   token_end_pos(t));
        }
        out += static_cast<char>(h1 * 16 + h2);
        i += 2;
        break;
      }
      default:
        out += '\\';
        out += e;
        break;
    }
  }
}

Str gc_str(const std::string& s) {
  return Str{intern_copy(s.data(), s.size()), s.size()};
}

Expr* str_constant(const std::string& s, Pos pos) {
  auto* c = node<Constant>(pos);
  c->value.kind = ConstantValue::Kind::Str;
  c->value.text = gc_str(s);
  return c;
}

// Line and column of a pointer inside token t.
void locate(Token* t, const char* p, int* line, int* col) {
  int l = t->lineno, c = t->col;
  for (const char* q = t->start; q < p; ++q) {
    if (*q == '\n') {
      ++l;
      c = 0;
    } else {
      ++c;
    }
  }
  *line = l;
  *col = c;
}

// Parses the expression text of an f-string replacement field.
Expr* parse_fstring_expr(ParseState& P, Token* t, const char* b, const char* e) {
  std::string text = "(";
  text.append(b, e);
  text += ")";
  int base_line, base_col;
  locate(t, b, &base_line, &base_col);
  Source inner(P.src->filename(), text.data(), text.size());
  ParseState Q;
  Q.src = &inner;
  Q.mode = ParseMode::FStringExpr;
  Q.fstring_depth = P.fstring_depth;
  SyntaxError lexerr;
  Q.toks = tokenize(inner, &lexerr);
  auto map = [&](int& line, int& col) {
    if (line == 1) col += base_col - 1;
    line += base_line - 1;
  };
  for (Token& k : Q.toks) {
    map(k.lineno, k.col);
    map(k.end_lineno, k.end_col);
  }
  if (!lexerr.msg.empty()) {
    Q.has_lex_error = true;
    Q.lex_error = lexerr;
    map(Q.lex_error.lineno, Q.lex_error.col);
    map(Q.lex_error.end_lineno, Q.lex_error.end_col);
  }
  SyntaxError err;
  if (!run_parser(Q, &err)) {
    if (err.msg.rfind("f-string", 0) != 0) err.msg = "f-string: " + err.msg;
    throw err;
  }
  return Q.expr;
}

class FStringParser {
 public:
  FStringParser(ParseState& P, Token* t, bool raw, Pos pos) : P_(P), t_(t), raw_(raw), pos_(pos) {}

  // Parses s[0..n) (the whole body, or a format spec) into values; literal text accumulates in
  // *pending so that neighbouring literals merge.
  void parse(const char* s, size_t n, int depth, ExprSeq& values, std::string& pending) {
    size_t i = 0, lit = 0;
    auto flush_literal = [&](size_t upto) {
      if (upto > lit) decode_str(t_, s + lit, upto - lit, raw_, pending);
    };
    while (i < n) {
      char c = s[i];
      if (!raw_ && c == '\\' && i + 2 < n && s[i + 1] == 'N' && s[i + 2] == '{') {
        size_t close = i + 3;
        while (close < n && s[close] != '}') ++close;
        i = close + 1;
        continue;
      }
      if (!raw_ && c == '\\' && i + 1 < n) {
        i += (s[i + 1] == '{' || s[i + 1] == '}') ? 1 : 2;
        continue;
      }
      if (c == '{') {
        if (depth == 0 && i + 1 < n && s[i + 1] == '{') {
          flush_literal(i + 1);
          i += 2;
          lit = i;
          continue;
        }
        flush_literal(i);
        i = field(s, n, i + 1, depth, values, pending);
        lit = i;
        continue;
      }
      if (c == '}') {
        if (depth == 0 && i + 1 < n && s[i + 1] == '}') {
          flush_literal(i + 1);
          i += 2;
          lit = i;
          continue;
        }
        error("f-string: single '}' is not allowed");
      }
      ++i;
    }
    flush_literal(n);
  }

  void flush(ExprSeq& values, std::string& pending) {
    if (!pending.empty()) {
      values.push(str_constant(pending, pos_));
      pending.clear();
    }
  }

 private:
  ParseState& P_;
  Token* t_;
  bool raw_;
  Pos pos_;

  [[noreturn]] void error(const char* msg) { raise_at(msg, token_end_pos(t_)); }

  // A replacement field starting at s[i] (just after '{'). Returns the index after its '}'.
  size_t field(const char* s, size_t n, size_t i, int depth, ExprSeq& values, std::string& pending) {
    if (depth >= 2) error("f-string: expressions nested too deeply");
    size_t start = i;
    int nest = 0;
    char quote = 0;
    int qlen = 0;
    for (; i < n; ++i) {
      char c = s[i];
      if (c == '\\') error("f-string expression part cannot include a backslash");
      if (quote) {
        if (c == quote && (qlen == 1 || (i + 2 < n && s[i + 1] == quote && s[i + 2] == quote))) {
          i += qlen - 1;
          quote = 0;
        }
        continue;
      }
      if (c == '\'' || c == '"') {
        quote = c;
        qlen = (i + 2 < n && s[i + 1] == c && s[i + 2] == c) ? 3 : 1;
        i += qlen - 1;
        continue;
      }
      if (c == '[' || c == '(' || c == '{') {
        ++nest;
        continue;
      }
      if (c == ']' || c == ')') {
        --nest;
        continue;
      }
      if (c == '#') error("f-string expression part cannot include '#'");
      if (nest == 0 && c == '}') break;
      if (c == '}') {
        --nest;
        continue;
      }
      if (nest == 0 && c == '!' && !(i + 1 < n && s[i + 1] == '=')) break;
      if (nest == 0 && c == ':') break;
      if (nest == 0 && c == '=') {
        char prev = i > start ? s[i - 1] : 0;
        char next = i + 1 < n ? s[i + 1] : 0;
        if (next != '=' && prev != '=' && prev != '!' && prev != '<' && prev != '>') break;
        if (next == '=') ++i;
      }
    }
    if (quote) error("f-string: unterminated string");
    if (i >= n) error("f-string: expecting '}'");
    size_t expr_end = i;
    bool all_space = true;
    for (size_t k = start; k < expr_end; ++k)
      if (s[k] != ' ' && s[k] != '\t' && s[k] != '\n' && s[k] != '\f') all_space = false;
    if (all_space) error("f-string: empty expression not allowed");

    Expr* value = parse_fstring_expr(P_, t_, s + start, s + expr_end);

    bool debug = false;
    if (s[i] == '=') {
      debug = true;
      ++i;
      while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n')) ++i;
    }
    size_t debug_end = i;
    int conversion = -1;
    if (i < n && s[i] == '!') {
      if (i + 1 >= n) error("f-string: expecting '}'");
      char cc = s[i + 1];
      if (cc == '}' || cc == ':') error("f-string: missing conversion character");
      if (cc != 's' && cc != 'r' && cc != 'a')
        error("f-string: invalid conversion character: expected 's', 'r', or 'a'");
      conversion = cc;
      i += 2;
    }
    Expr* spec = nullptr;
    if (i < n && s[i] == ':') {
      ++i;
      size_t spec_start = i;
      int braces = 0;
      for (; i < n; ++i) {
        char q = s[i];
        if (braces > 0 && (q == '\'' || q == '"')) {
          // A string inside a nested field ({"}"}): its braces are not the spec's. (In the
          // spec's own text a quote is an ordinary fill character.)
          size_t ql = (i + 2 < n && s[i + 1] == q && s[i + 2] == q) ? 3 : 1;
          bool closed = false;
          for (i += ql; i < n && !closed; ++i)
            if (s[i] == q && (ql == 1 || (i + 2 < n && s[i + 1] == q && s[i + 2] == q))) {
              i += ql - 1;
              closed = true;
            }
          if (!closed) error("f-string: unterminated string");
          --i;  // the loop's ++i steps past the closing quote
          continue;
        }
        if (q == '{') ++braces;
        else if (q == '}') {
          if (braces == 0) break;
          --braces;
        }
      }
      if (i >= n) error("f-string: expecting '}'");
      // CPython 3.11 gives a format spec the span of its own string token.
      Pos tok_pos{t_->lineno, t_->col, t_->end_lineno, t_->end_col};
      Pos saved = pos_;
      pos_ = tok_pos;
      auto* js = node<JoinedStr>(pos_);
      std::string spec_pending;
      parse(s + spec_start, i - spec_start, depth + 1, js->values, spec_pending);
      flush(js->values, spec_pending);
      pos_ = saved;
      spec = js;
    }
    if (i >= n || s[i] != '}') error("f-string: expecting '}'");
    if (debug) {
      pending.append(s + start, debug_end - start);
      if (conversion == -1 && !spec) conversion = 'r';
    }
    flush(values, pending);
    auto* fv = node<FormattedValue>(pos_);
    fv->value = value;
    fv->conversion = conversion;
    fv->format_spec = spec;
    values.push(fv);
    return i + 1;
  }
};

}  // namespace

Expr* make_strings(ParseState& P, Seq<Token*>* toks, Pos pos) {
  bool any_bytes = false, any_str = false, any_f = false;
  Literal first = split_literal((*toks)[0]);
  Seq<Literal*> lits;
  for (Token* t : *toks) {
    auto* l = make<Literal>(split_literal(t));
    lits.push(l);
    (l->bytes ? any_bytes : any_str) = true;
    any_f = any_f || l->fmt;
  }
  if (any_bytes && any_str)
    raise_at("cannot mix bytes and nonbytes literals",
             Pos{pos.end_lineno, pos.end_col_offset, pos.end_lineno, pos.end_col_offset});
  if (any_bytes) {
    std::string out;
    for (Literal* l : lits) decode_bytes(l->tok, l->body, l->len, l->raw, out);
    auto* c = node<Constant>(pos);
    c->value.kind = ConstantValue::Kind::Bytes;
    c->value.text = gc_str(out);
    return c;
  }
  if (!any_f) {
    std::string out;
    for (Literal* l : lits) decode_str(l->tok, l->body, l->len, l->raw, out);
    auto* c = static_cast<Constant*>(str_constant(out, pos));
    if (first.u) c->kind_ = "u";
    return c;
  }
  auto* js = node<JoinedStr>(pos);
  std::string pending;
  for (Literal* l : lits) {
    if (!l->fmt) {
      decode_str(l->tok, l->body, l->len, l->raw, pending);
      continue;
    }
    FStringParser fp(P, l->tok, l->raw, pos);
    fp.parse(l->body, l->len, 0, js->values, pending);
  }
  if (!pending.empty()) js->values.push(str_constant(pending, pos));
  return js;
}

}  // namespace slotpy::syntax
