#include "compiler/unparse.h"

#include <algorithm>
#include <cstring>
#include <stdexcept>
#include <vector>

#include "runtime/repr.h"

namespace slotpy::ast {
namespace {

// Operator precedence, lowest first (the levels of ast.py's _Precedence; the C unparser's
// levels are the same without NAMED_EXPR and YIELD).
enum Prec : int {
  NAMED_EXPR = 1,
  TUPLE,
  YIELD,
  TEST,  // if-else, lambda
  OR,
  AND,
  NOT,
  CMP,
  EXPR,  // also '|'
  BXOR,
  BAND,
  SHIFT,
  ARITH,
  TERM,
  FACTOR,
  POWER,
  AWAIT,
  ATOM,
};
constexpr int BOR = EXPR;

int next(int p) { return p < ATOM ? p + 1 : ATOM; }

template <class T>
const T* cas(const Expr* e) {
  return e && e->kind == T::KIND ? static_cast<const T*>(e) : nullptr;
}

const char* const kAllQuotes[] = {"'", "\"", "\"\"\"", "'''"};

bool is_multi(const std::string& q) { return q.size() == 3; }

// The `unicode_escape` codec's spelling of one code point.
void append_unicode_escape(std::string& out, uint32_t c) {
  static const char hex[] = "0123456789abcdef";
  auto put_hex = [&](int digits) {
    for (int i = digits - 1; i >= 0; --i) out += hex[(c >> (4 * i)) & 0xF];
  };
  if (c >= 0x10000) {
    out += "\\U";
    put_hex(8);
  } else if (c >= 0x100) {
    out += "\\u";
    put_hex(4);
  } else if (c == '\\') {
    out += "\\\\";
  } else if (c == '\t') {
    out += "\\t";
  } else if (c == '\n') {
    out += "\\n";
  } else if (c == '\r') {
    out += "\\r";
  } else if (c < 0x20 || c >= 0x7f) {
    out += "\\x";
    put_hex(2);
  } else {
    out += static_cast<char>(c);
  }
}

std::string str_repr(const std::string& s) {
  std::string r;
  append_str_repr(r, s.data(), s.size());
  return r;
}

void replace_all(std::string& s, const std::string& from, const std::string& to) {
  size_t pos = 0;
  while ((pos = s.find(from, pos)) != std::string::npos) {
    s.replace(pos, from.size(), to);
    pos += to.size();
  }
}

std::string escape_braces(const char* s, size_t n) {
  std::string r;
  r.reserve(n);
  for (size_t i = 0; i < n; ++i) {
    r += s[i];
    if (s[i] == '{' || s[i] == '}') r += s[i];
  }
  return r;
}

// ast.py's _Unparser._str_literal_helper: the text of a string literal with as few escapes as
// possible, and the quotes it may be written with (the first one is the preferred choice).
std::pair<std::string, std::vector<std::string>> str_literal_helper(
    const std::string& s, const std::vector<std::string>& quote_types,
    bool escape_special_whitespace) {
  std::string escaped;
  for (size_t i = 0; i < s.size();) {
    size_t start = i;
    uint32_t c = utf8_decode(s.data(), s.size(), &i);
    if (!escape_special_whitespace && (c == '\n' || c == '\t')) {
      escaped += static_cast<char>(c);
    } else if (c == '\\' || !unicode_isprintable(c)) {
      append_unicode_escape(escaped, c);
    } else {
      escaped.append(s, start, i - start);
    }
  }
  std::vector<std::string> possible;
  bool newline = escaped.find('\n') != std::string::npos;
  for (const std::string& q : quote_types) {
    if (newline && !is_multi(q)) continue;
    if (escaped.find(q) != std::string::npos) continue;
    possible.push_back(q);
  }
  if (possible.empty()) {
    // Fall back to repr() of the original string, with a quote of quote_types if one fits.
    std::string r = str_repr(s);
    std::string quote(1, r[0]);
    for (const std::string& q : quote_types) {
      if (q.find(r[0]) != std::string::npos) {
        quote = q;
        break;
      }
    }
    return {r.substr(1, r.size() - 2), {quote}};
  }
  if (!escaped.empty()) {
    char last = escaped.back();
    // Prefer quotes that differ from the last character ('''"''' over """\"""").
    std::stable_sort(possible.begin(), possible.end(),
                     [last](const std::string& a, const std::string& b) {
                       return (a[0] != last) && (b[0] == last);
                     });
    if (possible[0][0] == last) {
      escaped.back() = '\\';
      escaped += last;
    }
  }
  return {escaped, possible};
}

class Unparser {
 public:
  Unparser(bool c_mode, bool avoid_backslashes)
      : c_(c_mode), avoid_backslashes_(avoid_backslashes) {}

  std::string run(const Expr* e, int level) {
    out_.clear();
    expr(e, level);
    return out_;
  }

 private:
  bool c_;                  // the C unparser (annotations) rather than ast.unparse
  bool avoid_backslashes_;  // ast.unparse inside an f-string replacement field
  std::string out_;

  void w(const char* s) { out_ += s; }
  void w(const std::string& s) { out_ += s; }

  void open_if(bool cond) {
    if (cond) out_ += '(';
  }
  void close_if(bool cond) {
    if (cond) out_ += ')';
  }

  void write_str_avoiding_backslashes(const std::string& s) {
    std::vector<std::string> all(std::begin(kAllQuotes), std::end(kAllQuotes));
    auto [text, quotes] = str_literal_helper(s, all, false);
    out_ += quotes[0];
    out_ += text;
    out_ += quotes[0];
  }

  // ---- expressions ---------------------------------------------------------------------------
  void expr(const Expr* e, int level) {
    switch (e->kind) {
      case ExprKind::BoolOp: {
        auto* x = static_cast<const BoolOp*>(e);
        int pr = x->op == BoolOpKind::And ? AND : OR;
        const char* op = x->op == BoolOpKind::And ? " and " : " or ";
        bool p = level > pr;
        open_if(p);
        // ast.unparse raises the level for each further operand; the C unparser does not.
        int sub = pr;
        for (int i = 0; i < x->values.size; ++i) {
          if (i) w(op);
          if (c_) {
            sub = next(pr);
          } else {
            sub = next(sub);
          }
          expr(x->values[i], sub);
        }
        close_if(p);
        break;
      }
      case ExprKind::NamedExpr: {
        auto* x = static_cast<const NamedExpr*>(e);
        bool p = level > (c_ ? TUPLE : NAMED_EXPR);
        open_if(p);
        expr(x->target, ATOM);
        w(" := ");
        expr(x->value, ATOM);
        close_if(p);
        break;
      }
      case ExprKind::BinOp: {
        auto* x = static_cast<const BinOp*>(e);
        const char* op = "";
        int pr = 0;
        switch (x->op) {
          case OperatorKind::Add: op = " + "; pr = ARITH; break;
          case OperatorKind::Sub: op = " - "; pr = ARITH; break;
          case OperatorKind::Mult: op = " * "; pr = TERM; break;
          case OperatorKind::MatMult: op = " @ "; pr = TERM; break;
          case OperatorKind::Div: op = " / "; pr = TERM; break;
          case OperatorKind::Mod: op = " % "; pr = TERM; break;
          case OperatorKind::Pow: op = " ** "; pr = POWER; break;
          case OperatorKind::LShift: op = " << "; pr = SHIFT; break;
          case OperatorKind::RShift: op = " >> "; pr = SHIFT; break;
          case OperatorKind::BitOr: op = " | "; pr = BOR; break;
          case OperatorKind::BitXor: op = " ^ "; pr = BXOR; break;
          case OperatorKind::BitAnd: op = " & "; pr = BAND; break;
          case OperatorKind::FloorDiv: op = " // "; pr = TERM; break;
        }
        bool rassoc = x->op == OperatorKind::Pow;
        bool p = level > pr;
        open_if(p);
        expr(x->left, rassoc ? next(pr) : pr);
        w(op);
        expr(x->right, rassoc ? pr : next(pr));
        close_if(p);
        break;
      }
      case ExprKind::UnaryOp: {
        auto* x = static_cast<const UnaryOp*>(e);
        const char* op = "";
        int pr = FACTOR;
        switch (x->op) {
          case UnaryOpKind::Invert: op = "~"; break;
          case UnaryOpKind::Not: op = "not "; pr = NOT; break;
          case UnaryOpKind::UAdd: op = "+"; break;
          case UnaryOpKind::USub: op = "-"; break;
        }
        bool p = level > pr;
        open_if(p);
        w(op);
        expr(x->operand, pr);
        close_if(p);
        break;
      }
      case ExprKind::Lambda: {
        auto* x = static_cast<const Lambda*>(e);
        bool p = level > TEST;
        open_if(p);
        std::string args = arguments(x->args);
        if (c_) {
          w(x->args->posonlyargs.size + x->args->args.size ? "lambda " : "lambda");
          w(args);
        } else {
          w("lambda");
          if (!args.empty()) {
            w(" ");
            w(args);
          }
        }
        w(": ");
        expr(x->body, TEST);
        close_if(p);
        break;
      }
      case ExprKind::IfExp: {
        auto* x = static_cast<const IfExp*>(e);
        bool p = level > TEST;
        open_if(p);
        expr(x->body, next(TEST));
        w(" if ");
        expr(x->test, next(TEST));
        w(" else ");
        expr(x->orelse, TEST);
        close_if(p);
        break;
      }
      case ExprKind::Dict: {
        auto* x = static_cast<const Dict*>(e);
        w("{");
        for (int i = 0; i < x->values.size; ++i) {
          if (i) w(", ");
          if (Expr* k = x->keys[i]) {
            expr(k, TEST);
            w(": ");
            expr(x->values[i], TEST);
          } else {
            w("**");
            expr(x->values[i], EXPR);
          }
        }
        w("}");
        break;
      }
      case ExprKind::Set: {
        auto* x = static_cast<const Set*>(e);
        if (x->elts.empty() && !c_) {
          w("{*()}");  // `{}` would be a dict
          break;
        }
        w("{");
        sequence(x->elts);
        w("}");
        break;
      }
      case ExprKind::ListComp: {
        auto* x = static_cast<const ListComp*>(e);
        w("[");
        expr(x->elt, TEST);
        comprehensions(x->generators);
        w("]");
        break;
      }
      case ExprKind::SetComp: {
        auto* x = static_cast<const SetComp*>(e);
        w("{");
        expr(x->elt, TEST);
        comprehensions(x->generators);
        w("}");
        break;
      }
      case ExprKind::DictComp: {
        auto* x = static_cast<const DictComp*>(e);
        w("{");
        expr(x->key, TEST);
        w(": ");
        expr(x->value, TEST);
        comprehensions(x->generators);
        w("}");
        break;
      }
      case ExprKind::GeneratorExp: {
        auto* x = static_cast<const GeneratorExp*>(e);
        w("(");
        expr(x->elt, TEST);
        comprehensions(x->generators);
        w(")");
        break;
      }
      case ExprKind::Await: {
        auto* x = static_cast<const Await*>(e);
        bool p = level > AWAIT;
        open_if(p);
        w("await");
        if (x->value) {
          w(" ");
          expr(x->value, ATOM);
        }
        close_if(p);
        break;
      }
      case ExprKind::Yield: {
        auto* x = static_cast<const Yield*>(e);
        bool p = c_ || level > YIELD;
        open_if(p);
        w("yield");
        if (x->value) {
          w(" ");
          expr(x->value, c_ ? TEST : ATOM);
        }
        close_if(p);
        break;
      }
      case ExprKind::YieldFrom: {
        auto* x = static_cast<const YieldFrom*>(e);
        bool p = c_ || level > YIELD;
        open_if(p);
        w("yield from ");
        expr(x->value, c_ ? TEST : ATOM);
        close_if(p);
        break;
      }
      case ExprKind::Compare: {
        auto* x = static_cast<const Compare*>(e);
        bool p = level > CMP;
        open_if(p);
        expr(x->left, next(CMP));
        for (int i = 0; i < x->ops.size; ++i) {
          switch (x->ops[i]) {
            case CmpOpKind::Eq: w(" == "); break;
            case CmpOpKind::NotEq: w(" != "); break;
            case CmpOpKind::Lt: w(" < "); break;
            case CmpOpKind::LtE: w(" <= "); break;
            case CmpOpKind::Gt: w(" > "); break;
            case CmpOpKind::GtE: w(" >= "); break;
            case CmpOpKind::Is: w(" is "); break;
            case CmpOpKind::IsNot: w(" is not "); break;
            case CmpOpKind::In: w(" in "); break;
            case CmpOpKind::NotIn: w(" not in "); break;
          }
          expr(x->comparators[i], next(CMP));
        }
        close_if(p);
        break;
      }
      case ExprKind::Call: {
        auto* x = static_cast<const Call*>(e);
        expr(x->func, ATOM);
        // The C unparser writes a lone generator argument without its own parentheses.
        if (c_ && x->args.size == 1 && x->keywords.empty() &&
            x->args[0]->kind == ExprKind::GeneratorExp) {
          expr(x->args[0], TEST);
          break;
        }
        w("(");
        bool first = true;
        for (Expr* a : x->args) {
          if (!first) w(", ");
          first = false;
          expr(a, TEST);
        }
        for (Keyword* k : x->keywords) {
          if (!first) w(", ");
          first = false;
          if (k->arg) {
            w(k->arg);
            w("=");
          } else {
            w("**");
          }
          expr(k->value, TEST);
        }
        w(")");
        break;
      }
      case ExprKind::FormattedValue:
        if (c_) {
          c_formatted_value(static_cast<const FormattedValue*>(e));
        } else {
          formatted_value(static_cast<const FormattedValue*>(e));
        }
        break;
      case ExprKind::JoinedStr:
        joined_str(static_cast<const JoinedStr*>(e));
        break;
      case ExprKind::Constant:
        constant(static_cast<const Constant*>(e));
        break;
      case ExprKind::Attribute: {
        auto* x = static_cast<const Attribute*>(e);
        expr(x->value, ATOM);
        // `1.real` would be a float literal: write `1 .real`.
        if (auto* c = cas<Constant>(x->value)) {
          using K = ConstantValue::Kind;
          K k = c->value.kind;
          if (k == K::Int || (!c_ && (k == K::True || k == K::False))) w(" ");
        }
        w(".");
        w(x->attr);
        break;
      }
      case ExprKind::Subscript: {
        auto* x = static_cast<const Subscript*>(e);
        expr(x->value, ATOM);
        w("[");
        if (c_) {
          expr(x->slice, TUPLE);
        } else if (auto* t = cas<Tuple>(x->slice); t && !t->elts.empty()) {
          items_view(t->elts);
        } else {
          expr(x->slice, TEST);
        }
        w("]");
        break;
      }
      case ExprKind::Starred:
        w("*");
        expr(static_cast<const Starred*>(e)->value, EXPR);
        break;
      case ExprKind::Name:
        w(static_cast<const Name*>(e)->id);
        break;
      case ExprKind::List:
        w("[");
        sequence(static_cast<const List*>(e)->elts);
        w("]");
        break;
      case ExprKind::Tuple: {
        auto* x = static_cast<const Tuple*>(e);
        bool p = x->elts.empty() || level > TUPLE;
        open_if(p);
        items_view(x->elts);
        close_if(p);
        break;
      }
      case ExprKind::Slice: {
        auto* x = static_cast<const Slice*>(e);
        if (x->lower) expr(x->lower, TEST);
        w(":");
        if (x->upper) expr(x->upper, TEST);
        if (x->step) {
          w(":");
          expr(x->step, TEST);
        }
        break;
      }
    }
  }

  void sequence(const ExprSeq& elts) {
    for (int i = 0; i < elts.size; ++i) {
      if (i) w(", ");
      expr(elts[i], TEST);
    }
  }

  // Elements separated by ", "; a single element gets a trailing comma.
  void items_view(const ExprSeq& elts) {
    sequence(elts);
    if (elts.size == 1) w(",");
  }

  void comprehensions(const ComprehensionSeq& gens) {
    for (Comprehension* g : gens) {
      w(g->is_async ? " async for " : " for ");
      expr(g->target, TUPLE);
      w(" in ");
      expr(g->iter, next(TEST));
      for (Expr* cond : g->ifs) {
        w(" if ");
        expr(cond, next(TEST));
      }
    }
  }

  void arg(const Arg* a) {
    w(a->arg);
    if (a->annotation) {
      w(": ");
      expr(a->annotation, TEST);
    }
  }

  std::string arguments(const Arguments* args) {
    std::string saved;
    saved.swap(out_);
    bool first = true;
    auto sep = [&] {
      if (!first) w(", ");
      first = false;
    };
    int nposonly = args->posonlyargs.size;
    int npos = nposonly + args->args.size;
    int first_default = npos - args->defaults.size;
    for (int i = 0; i < npos; ++i) {
      sep();
      arg(i < nposonly ? args->posonlyargs[i] : args->args[i - nposonly]);
      if (i >= first_default) {
        w("=");
        expr(args->defaults[i - first_default], TEST);
      }
      if (i + 1 == nposonly) w(", /");
    }
    if (args->vararg || !args->kwonlyargs.empty()) {
      sep();
      w("*");
      if (args->vararg) arg(args->vararg);
    }
    for (int i = 0; i < args->kwonlyargs.size; ++i) {
      sep();
      arg(args->kwonlyargs[i]);
      if (i < args->kw_defaults.size && args->kw_defaults[i]) {
        w("=");
        expr(args->kw_defaults[i], TEST);
      }
    }
    if (args->kwarg) {
      sep();
      w("**");
      arg(args->kwarg);
    }
    saved.swap(out_);
    return saved;
  }

  void constant(const Constant* x) {
    using K = ConstantValue::Kind;
    const ConstantValue& c = x->value;
    if (c.kind == K::Ellipsis) {
      w("...");
      return;
    }
    if (x->kind_) w(x->kind_);
    switch (c.kind) {
      case K::None: w("None"); break;
      case K::True: w("True"); break;
      case K::False: w("False"); break;
      case K::Ellipsis: break;
      case K::Int: w(int_text_to_decimal(c.text.data, c.text.len, c.base)); break;
      case K::Float:
      case K::Complex: {
        // An overflowing literal is written as 1e309 (a float infinity's repr is 'inf').
        std::string r;
        if (c.kind == K::Float) {
          append_float_repr(r, c.number);
        } else {
          append_imag_repr(r, c.number);
        }
        replace_all(r, "inf", "1e309");
        if (!c_) replace_all(r, "nan", "(1e309-1e309)");
        w(r);
        break;
      }
      case K::Str:
        if (avoid_backslashes_) {
          write_str_avoiding_backslashes(std::string(c.text.data, c.text.len));
        } else {
          append_str_repr(out_, c.text.data, c.text.len);
        }
        break;
      case K::Bytes: append_bytes_repr(out_, c.text.data, c.text.len); break;
    }
  }

  // ---- f-strings: ast.unparse ----------------------------------------------------------------

  // _write_fstring_inner: the text of a part of an f-string between its quotes.
  void fstring_inner(const Expr* e) {
    if (auto* j = cas<JoinedStr>(e)) {
      for (Expr* v : j->values) fstring_inner(v);
    } else if (auto* c = cas<Constant>(e)) {
      w(escape_braces(c->value.text.data, c->value.text.len));
    } else if (auto* f = cas<FormattedValue>(e)) {
      formatted_value(f);
    }
  }

  void formatted_value(const FormattedValue* x) {
    w("{");
    std::string inner = Unparser(false, true).run(x->value, next(TEST));
    if (inner.find('\\') != std::string::npos)
      throw std::invalid_argument("Unable to avoid backslash in f-string expression part");
    if (!inner.empty() && inner[0] == '{') w(" ");
    w(inner);
    if (x->conversion != -1) {
      w("!");
      out_ += static_cast<char>(x->conversion);
    }
    if (x->format_spec) {
      w(":");
      fstring_inner(x->format_spec);
    }
    w("}");
  }

  std::string buffered_inner(const Expr* e) {
    std::string saved;
    saved.swap(out_);
    fstring_inner(e);
    saved.swap(out_);
    return saved;
  }

  void joined_str(const JoinedStr* x) {
    if (c_) {
      std::string body = c_fstring_body(x);
      w("f");
      append_str_repr(out_, body.data(), body.size());
      return;
    }
    w("f");
    if (avoid_backslashes_) {
      write_str_avoiding_backslashes(buffered_inner(x));
      return;
    }
    // Constant parts may use escapes (\n); replacement fields must not contain backslashes.
    std::vector<std::pair<std::string, bool>> parts;
    for (Expr* v : x->values) parts.emplace_back(buffered_inner(v), v->kind == ExprKind::Constant);
    std::vector<std::string> quote_types(std::begin(kAllQuotes), std::end(kAllQuotes));
    std::string text;
    bool fallback = false;
    for (auto& [value, is_constant] : parts) {
      auto [lit, quotes] = str_literal_helper(value, quote_types, is_constant);
      text += lit;
      bool disjoint = true;
      for (const std::string& q : quotes) {
        if (std::find(quote_types.begin(), quote_types.end(), q) != quote_types.end())
          disjoint = false;
      }
      if (disjoint) {
        fallback = true;
        break;
      }
      quote_types = quotes;
    }
    if (fallback) {
      // No quote fits every part: repr() of each part, between triple single quotes.
      quote_types = {"'''"};
      text.clear();
      for (auto& part : parts) {
        std::string r = str_repr("\"" + part.first);
        text.append(r, 2, r.size() - 3);
      }
    }
    w(quote_types[0]);
    w(text);
    w(quote_types[0]);
  }

  // ---- f-strings: the C unparser -------------------------------------------------------------

  std::string c_fstring_body(const JoinedStr* x) {
    std::string saved;
    saved.swap(out_);
    for (Expr* v : x->values) c_fstring_element(v);
    saved.swap(out_);
    return saved;
  }

  void c_fstring_element(const Expr* e) {
    if (auto* c = cas<Constant>(e)) {
      w(escape_braces(c->value.text.data, c->value.text.len));
    } else if (auto* j = cas<JoinedStr>(e)) {
      w(c_fstring_body(j));  // a format spec: its text without quotes
    } else if (auto* f = cas<FormattedValue>(e)) {
      c_formatted_value(f);
    }
  }

  void c_formatted_value(const FormattedValue* x) {
    // Parenthesize down to the level of `or`, so that a lambda's ':' cannot end the field.
    std::string inner = Unparser(true, false).run(x->value, next(TEST));
    w(!inner.empty() && inner[0] == '{' ? "{ " : "{");
    w(inner);
    if (x->conversion > 0) {
      w("!");
      out_ += static_cast<char>(x->conversion);
    }
    if (x->format_spec) {
      w(":");
      c_fstring_element(x->format_spec);
    }
    w("}");
  }
};

}  // namespace

std::string unparse(const Expr* e) { return Unparser(false, false).run(e, TEST); }

std::string unparse_annotation(const Expr* e) { return Unparser(true, false).run(e, TEST); }

}  // namespace slotpy::ast
