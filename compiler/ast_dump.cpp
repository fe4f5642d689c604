#include "compiler/ast_dump.h"

#include <vector>

#include "runtime/repr.h"

namespace slotpy::ast {
namespace {

// One formatted value and whether ast.dump considers it "simple" (fits on a parent's line).
struct Out {
  std::string text;
  bool simple;
};

class Dumper {
 public:
  explicit Dumper(bool positions) : positions_(positions) {}

  Out module(const Module* m) {
    Args a;
    int level = 1;
    add(a, "body", list(m->body, level));
    add(a, "type_ignores", Out{"[]", true});
    return finish("Module", a, level);
  }

 private:
  struct Args {
    std::vector<std::string> items;
    bool allsimple = true;
  };

  bool positions_;

  // Field names that clash with C++ members carry a trailing '_' (Constant.kind_).
  static void add(Args& a, const char* name, Out o) {
    a.allsimple = a.allsimple && o.simple;
    std::string n = name;
    if (!n.empty() && n.back() == '_') n.pop_back();
    a.items.push_back(n + "=" + o.text);
  }

  static std::string indent(int level) { return std::string(2 * level, ' '); }

  static Out finish(const char* cls, Args& a, int level) {
    std::string s = cls;
    s += '(';
    if (a.allsimple && a.items.size() <= 3) {
      for (size_t i = 0; i < a.items.size(); ++i) {
        if (i) s += ", ";
        s += a.items[i];
      }
      s += ')';
      return {s, a.items.empty()};
    }
    for (size_t i = 0; i < a.items.size(); ++i) {
      s += i ? ",\n" : "\n";
      s += indent(level);
      s += a.items[i];
    }
    s += ')';
    return {s, false};
  }

  void add_positions(Args& a, const Pos& p) {
    if (!positions_) return;
    add(a, "lineno", Out{std::to_string(p.lineno), true});
    add(a, "col_offset", Out{std::to_string(p.col_offset), true});
    add(a, "end_lineno", Out{std::to_string(p.end_lineno), true});
    add(a, "end_col_offset", Out{std::to_string(p.end_col_offset), true});
  }

  template <class T>
  Out list(const Seq<T>& seq, int level) {
    if (seq.empty()) return {"[]", true};
    ++level;
    std::string s = "[";
    for (int i = 0; i < seq.size; ++i) {
      s += i ? ",\n" : "\n";
      s += indent(level);
      s += value(seq[i], level).text;
    }
    s += ']';
    return {s, false};
  }

  // ---- values of each field type --------------------------------------------------------
  Out value(Ident id, int) {
    if (!id) return {"None", true};
    std::string s;
    append_str_repr(s, id, std::strlen(id));
    return {s, true};
  }
  Out value(int v, int) { return {std::to_string(v), true}; }
  template <class E>
  Out enum_value(E e) {
    return {std::string(name_of(e)) + "()", true};
  }
  Out value(BoolOpKind e, int) { return enum_value(e); }
  Out value(OperatorKind e, int) { return enum_value(e); }
  Out value(UnaryOpKind e, int) { return enum_value(e); }
  Out value(CmpOpKind e, int) { return enum_value(e); }
  Out value(ExprContext e, int) { return enum_value(e); }
  template <class T>
  Out value(const Seq<T>& seq, int level) {
    return list(seq, level);
  }

  Out value(const ConstantValue& c, int) {
    std::string s;
    using K = ConstantValue::Kind;
    switch (c.kind) {
      case K::None: s = "None"; break;
      case K::True: s = "True"; break;
      case K::False: s = "False"; break;
      case K::Ellipsis: s = "Ellipsis"; break;
      case K::Int: s = int_text_to_decimal(c.text.data, c.text.len, c.base); break;
      case K::Float: append_float_repr(s, c.number); break;
      case K::Complex: append_imag_repr(s, c.number); break;
      case K::Str: append_str_repr(s, c.text.data, c.text.len); break;
      case K::Bytes: append_bytes_repr(s, c.text.data, c.text.len); break;
    }
    return {s, true};
  }

  Out value(Expr* e, int level) {
    if (!e) return {"None", true};
    ++level;
    Args a;
    switch (e->kind) {
#define SLOTPY_DUMP_FIELD(T, n) field(a, #n, x->n, level);
#define SLOTPY_DUMP_KIND(N, fields)    \
  case ExprKind::N: {                  \
    [[maybe_unused]] auto* x = static_cast<N*>(e); \
    fields break;                      \
  }
      SLOTPY_AST_EXPRS(SLOTPY_DUMP_KIND, SLOTPY_DUMP_FIELD)
#undef SLOTPY_DUMP_KIND
    }
    add_positions(a, e->pos);
    return finish(name_of(e->kind), a, level);
  }

  Out value(Stmt* st, int level) {
    ++level;
    Args a;
    switch (st->kind) {
#define SLOTPY_DUMP_KIND(N, fields)    \
  case StmtKind::N: {                  \
    [[maybe_unused]] auto* x = static_cast<N*>(st); \
    fields break;                      \
  }
      SLOTPY_AST_STMTS(SLOTPY_DUMP_KIND, SLOTPY_DUMP_FIELD)
#undef SLOTPY_DUMP_KIND
    }
    add_positions(a, st->pos);
    return finish(name_of(st->kind), a, level);
  }

  Out value(Pattern* p, int level) {
    if (!p) return {"None", true};
    ++level;
    Args a;
    switch (p->kind) {
#define SLOTPY_DUMP_KIND(N, fields)    \
  case PatternKind::N: {               \
    [[maybe_unused]] auto* x = static_cast<N*>(p); \
    fields break;                      \
  }
      SLOTPY_AST_PATTERNS(SLOTPY_DUMP_KIND, SLOTPY_DUMP_FIELD)
#undef SLOTPY_DUMP_KIND
    }
    add_positions(a, p->pos);
    return finish(name_of(p->kind), a, level);
  }

  // Helper nodes (arguments, arg, keyword, ...): CPython's class names are lower case.
#define SLOTPY_DUMP_HELPER(N, has_pos, fields)             \
  Out value(N* x, int level) {                             \
    if (!x) return {"None", true};                         \
    ++level;                                               \
    Args a;                                                \
    fields if (has_pos) add_positions(a, x->pos);          \
    return finish(helper_name(#N), a, level);              \
  }
  SLOTPY_AST_HELPERS(SLOTPY_DUMP_HELPER, SLOTPY_DUMP_FIELD)
#undef SLOTPY_DUMP_HELPER
#undef SLOTPY_DUMP_FIELD

  static const char* helper_name(const char* n) {
    if (!std::strcmp(n, "Comprehension")) return "comprehension";
    if (!std::strcmp(n, "Arguments")) return "arguments";
    if (!std::strcmp(n, "Arg")) return "arg";
    if (!std::strcmp(n, "Keyword")) return "keyword";
    if (!std::strcmp(n, "Alias")) return "alias";
    if (!std::strcmp(n, "WithItem")) return "withitem";
    if (!std::strcmp(n, "MatchCase")) return "match_case";
    return n;  // ExceptHandler
  }

  // A field: omitted when it is an optional field holding None (a null pointer), as ast.dump does.
  template <class T>
  void field(Args& a, const char* name, T* v, int level) {
    if (!v) return;
    add(a, name, value(v, level));
  }
  void field(Args& a, const char* name, Ident v, int level) {
    if (!v) return;
    add(a, name, value(v, level));
  }
  template <class T>
  void field(Args& a, const char* name, const T& v, int level) {
    add(a, name, value(v, level));
  }
};

}  // namespace

std::string dump(const Module* m, bool include_positions) {
  Dumper d(include_positions);
  return d.module(m).text;
}

}  // namespace slotpy::ast
