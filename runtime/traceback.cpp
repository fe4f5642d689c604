// Printing uncaught exceptions exactly as CPython 3.11's default sys.excepthook does.
//
// Layout of the output for one exception (CPython 3.11's print_exception):
//   Traceback (most recent call last):
//     File "<filename>", line <n>, in <co_name>
//       <source line, indentation removed>
//       <position markers: ~~~ for operands, ^^^ for the failing part>
//   [module.]QualName[: str(exc)][. Did you mean: 'x'?]
//   <__notes__, one line each>
// preceded by its __cause__ / __context__ (with the "direct cause" / "During handling" separator
// lines), SyntaxError's own "File ... line" block, and the boxed layout of exception groups.
//
// Position markers: CPython 3.11 underlines the instruction's span when it is on one line (or
// the rest of its first line), unless it covers the whole stripped line; for a binary operation
// or a subscript it re-parses the span and marks the operator / the brackets with '^' and the
// operands with '~'. We re-lex the span and run a small expression parser that computes the same
// AST positions (a parenthesized operand's position excludes its parentheses) instead.
#include "runtime/traceback.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cctype>
#include <climits>
#include <cstdio>
#include <cstring>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "runtime/args.h"
#include "runtime/codeobject.h"
#include "runtime/dictobject.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/intobject.h"
#include "runtime/listobject.h"
#include "runtime/moduleobject.h"
#include "runtime/strobject.h"
#include "runtime/tupleobject.h"
#include "runtime/typeobject.h"
#include "stdlib/sysmodule.h"

namespace slotpy {

namespace {

constexpr int kSourceIndent = 4;        // indentation of the printed source line
constexpr int kRecursiveCutoff = 3;     // identical entries shown before "[Previous line ...]"
constexpr long kDefaultTracebackLimit = 1000;
constexpr int kMaxGroupWidth = 15;
constexpr int kMaxGroupDepth = 10;
constexpr int kMaxChainDepth = 400;     // nesting of chains/groups we follow (C stack safety)

inline bool is_ws(char c) { return c == ' ' || c == '\t' || c == '\f'; }

// ---- UTF-8 helpers ---------------------------------------------------------------------------

inline bool is_cont(unsigned char c) { return (c & 0xC0) == 0x80; }

// Number of code points in valid UTF-8 text (a truncated sequence counts as one).
intptr_t utf8_chars(std::string_view s) {
  intptr_t n = 0;
  for (unsigned char c : s) n += !is_cont(c);
  return n;
}

// CPython's _PyPegen_byte_offset_to_character_offset: the number of characters in the first
// `col` bytes (decoded with errors="replace"); past the end it counts the terminating NUL too.
intptr_t byte_to_char(std::string_view s, intptr_t col) {
  if (col < 0) col = 0;
  if (col > static_cast<intptr_t>(s.size())) return utf8_chars(s) + 1;
  return utf8_chars(s.substr(0, static_cast<size_t>(col)));
}

// Byte offset of character index `ch` (clamped to the text).
size_t char_to_byte(std::string_view s, intptr_t ch) {
  if (ch <= 0) return 0;
  intptr_t seen = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    if (!is_cont(static_cast<unsigned char>(s[i]))) {
      if (seen == ch) return i;
      ++seen;
    }
  }
  return s.size();
}

bool valid_utf8(std::string_view s) {
  size_t i = 0, n = s.size();
  while (i < n) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      ++i;
      continue;
    }
    int len;
    uint32_t cp;
    if (c >= 0xC2 && c <= 0xDF) {
      len = 2;
      cp = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
      len = 3;
      cp = c & 0x0F;
    } else if (c >= 0xF0 && c <= 0xF4) {
      len = 4;
      cp = c & 0x07;
    } else {
      return false;
    }
    if (i + len > n) return false;
    for (int k = 1; k < len; ++k) {
      unsigned char d = static_cast<unsigned char>(s[i + k]);
      if (!is_cont(d)) return false;
      cp = (cp << 6) | (d & 0x3F);
    }
    if ((len == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) ||
        (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)))
      return false;
    i += len;
  }
  return true;
}

// ---- re-parsing an instruction's source segment ----------------------------------------------
//
// Only the shape CPython looks at matters: is the segment a single expression statement whose
// expression is a BinOp or a Subscript, and where do its operands start and end (AST positions,
// in bytes of the segment)?

enum TokKind { TK_NAME, TK_NUMBER, TK_STRING, TK_OP, TK_KEYWORD };

struct Tok {
  TokKind kind;
  int start, end;
};

struct ParseFail {};

bool ident_start(unsigned char c) { return c == '_' || std::isalpha(c) || c >= 0x80; }
bool ident_char(unsigned char c) { return ident_start(c) || std::isdigit(c); }

bool is_keyword(std::string_view w) {
  static const char* const kKeywords[] = {
      "False", "None",   "True",    "and",      "as",     "assert", "async", "await",
      "break", "class",  "continue", "def",     "del",    "elif",   "else",  "except",
      "finally", "for",  "from",    "global",   "if",     "import", "in",    "is",
      "lambda", "nonlocal", "not",  "or",       "pass",   "raise",  "return", "try",
      "while", "with",   "yield"};
  for (const char* k : kKeywords)
    if (w == k) return true;
  return false;
}

bool is_string_prefix(std::string_view w) {
  if (w.size() > 2) return false;
  std::string lower;
  for (char c : w) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return lower == "r" || lower == "u" || lower == "b" || lower == "f" || lower == "br" ||
         lower == "rb" || lower == "fr" || lower == "rf";
}

// End of the string literal whose opening quote is at `q`, or -1 when unterminated.
int scan_string(std::string_view s, size_t q) {
  char quote = s[q];
  size_t n = s.size();
  bool triple = q + 2 < n && s[q + 1] == quote && s[q + 2] == quote;
  size_t i = q + (triple ? 3 : 1);
  while (i < n) {
    if (s[i] == '\\') {
      i += 2;
      continue;
    }
    if (s[i] == quote) {
      if (!triple) return static_cast<int>(i + 1);
      if (i + 2 < n && s[i + 1] == quote && s[i + 2] == quote) return static_cast<int>(i + 3);
    }
    ++i;
  }
  return -1;
}

int scan_number(std::string_view s, size_t i) {
  size_t n = s.size(), j = i;
  auto digits = [&](bool any_alnum) {
    while (j < n && (std::isdigit(static_cast<unsigned char>(s[j])) || s[j] == '_' ||
                     (any_alnum && std::isalnum(static_cast<unsigned char>(s[j])))))
      ++j;
  };
  if (s[j] == '0' && j + 1 < n && std::strchr("xXoObB", s[j + 1])) {
    j += 2;
    digits(true);
  } else {
    digits(false);
    if (j < n && s[j] == '.') {
      ++j;
      digits(false);
    }
    if (j < n && (s[j] == 'e' || s[j] == 'E')) {
      size_t k = j + 1;
      if (k < n && (s[k] == '+' || s[k] == '-')) ++k;
      if (k < n && std::isdigit(static_cast<unsigned char>(s[k]))) {
        j = k;
        digits(false);
      }
    }
    if (j < n && (s[j] == 'j' || s[j] == 'J')) ++j;
  }
  if (j < n && ident_char(static_cast<unsigned char>(s[j]))) return -1;
  return static_cast<int>(j);
}

bool tokenize(std::string_view s, std::vector<Tok>* out) {
  static const char* const kOps3[] = {"**=", "//=", ">>=", "<<=", "..."};
  static const char* const kOps2[] = {"**", "//", "<<", ">>", "<=", ">=", "==", "!=", "->", ":=",
                                      "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@="};
  size_t i = 0, n = s.size();
  while (i < n) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (is_ws(static_cast<char>(c))) {
      ++i;
      continue;
    }
    if (c == '#' || c == '\n' || c == '\r') break;
    if (ident_start(c)) {
      size_t j = i;
      while (j < n && ident_char(static_cast<unsigned char>(s[j]))) ++j;
      std::string_view word = s.substr(i, j - i);
      if (j < n && (s[j] == '\'' || s[j] == '"') && is_string_prefix(word)) {
        int e = scan_string(s, j);
        if (e < 0) return false;
        out->push_back({TK_STRING, static_cast<int>(i), e});
        i = static_cast<size_t>(e);
        continue;
      }
      out->push_back({is_keyword(word) ? TK_KEYWORD : TK_NAME, static_cast<int>(i),
                      static_cast<int>(j)});
      i = j;
      continue;
    }
    if (std::isdigit(c) || (c == '.' && i + 1 < n && std::isdigit(static_cast<unsigned char>(s[i + 1])))) {
      int e = scan_number(s, i);
      if (e < 0) return false;
      out->push_back({TK_NUMBER, static_cast<int>(i), e});
      i = static_cast<size_t>(e);
      continue;
    }
    if (c == '\'' || c == '"') {
      int e = scan_string(s, i);
      if (e < 0) return false;
      out->push_back({TK_STRING, static_cast<int>(i), e});
      i = static_cast<size_t>(e);
      continue;
    }
    size_t len = 0;
    for (const char* op : kOps3)
      if (s.substr(i, 3) == op) len = 3;
    if (!len)
      for (const char* op : kOps2)
        if (s.substr(i, 2) == op) len = 2;
    if (!len && std::strchr("+-*/%@&|^~<>()[]{},:;.=", static_cast<char>(c)) && c) len = 1;
    if (!len) return false;
    out->push_back({TK_OP, static_cast<int>(i), static_cast<int>(i + len)});
    i += len;
  }
  return true;
}

enum NodeKind { NODE_OTHER, NODE_BINOP, NODE_SUBSCRIPT };

struct Node {
  NodeKind kind = NODE_OTHER;
  int tok_start = 0, tok_end = 0;  // the tokens the node was parsed from
  int ast_start = 0, ast_end = 0;  // its AST position (a group's is its content's)
  int a = 0, b = 0;  // BINOP: left end, right start; SUBSCRIPT: value end, slice end
};

Node span_node(int start, int end) {
  Node n;
  n.tok_start = n.ast_start = start;
  n.tok_end = n.ast_end = end;
  return n;
}

// Recursive descent over the expression grammar of Python 3.11 (enough of it to find the
// outermost node and the positions of its operands).
class SegParser {
 public:
  SegParser(std::string_view src, const std::vector<Tok>& toks)
      : src_(src), toks_(toks), limit_(toks.size()) {}

  size_t pos() const { return pos_; }

  Node star_expressions() {
    Node first = star_expression();
    if (!op(peek(), ",")) return first;
    int end = first.tok_end;
    while (op(peek(), ",")) {
      end = next().end;
      if (!starts_expression(peek())) break;
      end = star_expression().tok_end;
    }
    return span_node(first.tok_start, end);
  }

 private:
  std::string_view text(const Tok& t) const {
    return src_.substr(static_cast<size_t>(t.start), static_cast<size_t>(t.end - t.start));
  }
  const Tok* peek(size_t k = 0) const { return pos_ + k < limit_ ? &toks_[pos_ + k] : nullptr; }
  bool op(const Tok* t, std::string_view o) const { return t && t->kind == TK_OP && text(*t) == o; }
  bool kw(const Tok* t, std::string_view k) const {
    return t && t->kind == TK_KEYWORD && text(*t) == k;
  }
  const Tok& next() {
    if (pos_ >= limit_) throw ParseFail();
    return toks_[pos_++];
  }
  bool starts_expression(const Tok* t) const {
    if (!t) return false;
    switch (t->kind) {
      case TK_NAME:
      case TK_NUMBER:
      case TK_STRING:
        return true;
      case TK_KEYWORD:
        return kw(t, "await") || kw(t, "lambda") || kw(t, "not") || kw(t, "True") ||
               kw(t, "False") || kw(t, "None");
      case TK_OP:
        return op(t, "(") || op(t, "[") || op(t, "{") || op(t, "-") || op(t, "+") ||
               op(t, "~") || op(t, "*") || op(t, "...");
    }
    return false;
  }
  // Index of the bracket closing the one at `open`.
  size_t match_close(size_t open) const {
    std::string stack;
    for (size_t i = open; i < limit_; ++i) {
      if (toks_[i].kind != TK_OP) continue;
      std::string_view t = text(toks_[i]);
      if (t == "(" || t == "[" || t == "{") {
        stack += t[0];
      } else if (t == ")" || t == "]" || t == "}") {
        char want = t == ")" ? '(' : t == "]" ? '[' : '{';
        if (stack.empty() || stack.back() != want) throw ParseFail();
        stack.pop_back();
        if (stack.empty()) return i;
      }
    }
    throw ParseFail();
  }
  // Scans [b, e) at bracket depth 0.
  template <class F>
  void scan_depth0(size_t b, size_t e, F f) const {
    int depth = 0;
    for (size_t i = b; i < e; ++i) {
      const Tok& t = toks_[i];
      if (t.kind == TK_OP) {
        std::string_view s = text(t);
        if (s == "(" || s == "[" || s == "{") {
          ++depth;
          continue;
        }
        if (s == ")" || s == "]" || s == "}") {
          --depth;
          continue;
        }
      }
      if (depth == 0) f(t);
    }
  }
  // Parses [b, e) completely as a named expression.
  Node sub_parse(size_t b, size_t e) {
    size_t saved_pos = pos_, saved_limit = limit_;
    pos_ = b;
    limit_ = e;
    Node n = named_expression();
    if (pos_ != limit_) throw ParseFail();
    pos_ = saved_pos;
    limit_ = saved_limit;
    return n;
  }

  Node star_expression() {
    if (op(peek(), "*")) {
      int s = next().start;
      Node n = bitor_expr();
      return span_node(s, n.tok_end);
    }
    return expression();
  }

  Node named_expression() {
    const Tok* t = peek();
    if (t && t->kind == TK_NAME && op(peek(1), ":=")) {
      int s = next().start;
      next();
      Node e = expression();
      return span_node(s, e.tok_end);
    }
    return expression();
  }

  Node expression() {
    if (kw(peek(), "lambda")) {
      int s = next().start;
      while (true) {
        const Tok* t = peek();
        if (!t) throw ParseFail();
        if (op(t, ":")) break;
        if (op(t, "(") || op(t, "[") || op(t, "{"))
          pos_ = match_close(pos_) + 1;
        else
          ++pos_;
      }
      next();
      Node body = expression();
      return span_node(s, body.tok_end);
    }
    Node d = disjunction();
    if (kw(peek(), "if")) {
      next();
      disjunction();
      if (!kw(peek(), "else")) throw ParseFail();
      next();
      Node e = expression();
      return span_node(d.tok_start, e.tok_end);
    }
    return d;
  }

  Node disjunction() {
    Node l = conjunction();
    if (!kw(peek(), "or")) return l;
    Node r;
    while (kw(peek(), "or")) {
      next();
      r = conjunction();
    }
    return span_node(l.tok_start, r.tok_end);
  }

  Node conjunction() {
    Node l = inversion();
    if (!kw(peek(), "and")) return l;
    Node r;
    while (kw(peek(), "and")) {
      next();
      r = inversion();
    }
    return span_node(l.tok_start, r.tok_end);
  }

  Node inversion() {
    if (kw(peek(), "not")) {
      int s = next().start;
      Node n = inversion();
      return span_node(s, n.tok_end);
    }
    return comparison();
  }

  Node comparison() {
    Node l = bitor_expr();
    bool any = false;
    Node r;
    while (true) {
      const Tok* t = peek();
      if (op(t, "==") || op(t, "!=") || op(t, "<") || op(t, ">") || op(t, "<=") || op(t, ">=") ||
          kw(t, "in")) {
        next();
      } else if (kw(t, "not") && kw(peek(1), "in")) {
        next();
        next();
      } else if (kw(t, "is")) {
        next();
        if (kw(peek(), "not")) next();
      } else {
        break;
      }
      r = bitor_expr();
      any = true;
    }
    return any ? span_node(l.tok_start, r.tok_end) : l;
  }

  static Node binop(const Node& l, const Node& r) {
    Node n = span_node(l.tok_start, r.tok_end);
    n.kind = NODE_BINOP;
    n.a = l.ast_end;
    n.b = r.ast_start;
    return n;
  }

  bool level_op(int level, const Tok* t) const {
    switch (level) {
      case 0: return op(t, "|");
      case 1: return op(t, "^");
      case 2: return op(t, "&");
      case 3: return op(t, "<<") || op(t, ">>");
      case 4: return op(t, "+") || op(t, "-");
      default:
        return op(t, "*") || op(t, "/") || op(t, "//") || op(t, "%") || op(t, "@");
    }
  }

  Node binary(int level) {
    if (level > 5) return factor();
    Node l = binary(level + 1);
    while (level_op(level, peek())) {
      next();
      Node r = binary(level + 1);
      l = binop(l, r);
    }
    return l;
  }
  Node bitor_expr() { return binary(0); }

  Node factor() {
    const Tok* t = peek();
    if (op(t, "+") || op(t, "-") || op(t, "~")) {
      int s = next().start;
      Node f = factor();
      return span_node(s, f.tok_end);
    }
    Node p;
    if (kw(peek(), "await")) {
      int s = next().start;
      Node q = primary();
      p = span_node(s, q.tok_end);
    } else {
      p = primary();
    }
    if (op(peek(), "**")) {
      next();
      Node r = factor();
      return binop(p, r);
    }
    return p;
  }

  Node primary() {
    Node n = atom();
    while (true) {
      if (op(peek(), ".")) {
        next();
        const Tok& name = next();
        if (name.kind != TK_NAME) throw ParseFail();
        n = span_node(n.tok_start, name.end);
      } else if (op(peek(), "(")) {
        size_t close = match_close(pos_);
        n = span_node(n.tok_start, toks_[close].end);
        pos_ = close + 1;
      } else if (op(peek(), "[")) {
        size_t open = pos_, close = match_close(pos_);
        if (close == open + 1) throw ParseFail();
        bool slice_like = false;
        if (!kw(&toks_[open + 1], "lambda")) {
          scan_depth0(open + 1, close, [&](const Tok& t) {
            if (op(&t, ":") || op(&t, ",")) slice_like = true;
          });
        }
        int slice_end = slice_like ? toks_[close - 1].end : sub_parse(open + 1, close).ast_end;
        Node s = span_node(n.tok_start, toks_[close].end);
        s.kind = NODE_SUBSCRIPT;
        s.a = n.ast_end;
        s.b = slice_end;
        n = s;
        pos_ = close + 1;
      } else {
        return n;
      }
    }
  }

  Node atom() {
    const Tok* t = peek();
    if (!t) throw ParseFail();
    switch (t->kind) {
      case TK_NAME:
      case TK_NUMBER:
        next();
        return span_node(t->start, t->end);
      case TK_KEYWORD:
        if (kw(t, "True") || kw(t, "False") || kw(t, "None")) {
          next();
          return span_node(t->start, t->end);
        }
        throw ParseFail();
      case TK_STRING: {
        int s = t->start, e = t->end;
        next();
        while (peek() && peek()->kind == TK_STRING) e = next().end;
        return span_node(s, e);
      }
      case TK_OP:
        break;
    }
    if (op(t, "...")) {
      next();
      return span_node(t->start, t->end);
    }
    if (op(t, "[") || op(t, "{")) {
      size_t close = match_close(pos_);
      Node n = span_node(t->start, toks_[close].end);
      pos_ = close + 1;
      return n;
    }
    if (!op(t, "(")) throw ParseFail();
    size_t open = pos_, close = match_close(pos_);
    Node outer = span_node(toks_[open].start, toks_[close].end);
    pos_ = close + 1;
    if (close == open + 1) return outer;  // ()
    bool tuple_or_genexp = false;
    scan_depth0(open + 1, close, [&](const Tok& tk) {
      if (op(&tk, ",") || kw(&tk, "for") || kw(&tk, "async")) tuple_or_genexp = true;
    });
    if (tuple_or_genexp) return outer;  // positions include the parentheses
    if (kw(&toks_[open + 1], "yield")) {
      Node n = span_node(toks_[open + 1].start, toks_[close - 1].end);
      n.tok_start = outer.tok_start;
      n.tok_end = outer.tok_end;
      return n;
    }
    // A parenthesized expression: the node is its content (positions without the parens).
    Node inner = sub_parse(open + 1, close);
    inner.tok_start = outer.tok_start;
    inner.tok_end = outer.tok_end;
    return inner;
  }

  std::string_view src_;
  const std::vector<Tok>& toks_;
  size_t pos_ = 0, limit_;
};

struct Anchors {
  int left = -1, right = -1;  // byte offsets in the segment
  bool tilde = false;         // primary '~' / secondary '^' (else both '^')
};

// CPython's extract_anchors_from_line on the segment's UTF-8 text: true when the segment is a
// single expression statement whose value is a BinOp or a Subscript.
bool segment_anchors(std::string_view seg, Anchors* out) {
  if (seg.empty() || is_ws(seg[0])) return false;
  std::vector<Tok> toks;
  if (!tokenize(seg, &toks) || toks.empty()) return false;
  const Tok& first = toks[0];
  if (first.kind == TK_KEYWORD) {
    std::string_view w = seg.substr(static_cast<size_t>(first.start),
                                    static_cast<size_t>(first.end - first.start));
    if (w != "await" && w != "lambda" && w != "not" && w != "True" && w != "False" &&
        w != "None")
      return false;  // a statement, or a yield expression
  }
  Node node;
  try {
    SegParser p(seg, toks);
    node = p.star_expressions();
    size_t rest = p.pos();
    if (rest < toks.size()) {
      bool semicolon_last = rest + 1 == toks.size() && toks[rest].kind == TK_OP &&
                            seg.substr(static_cast<size_t>(toks[rest].start), 1) == ";";
      if (!semicolon_last) return false;
    }
  } catch (ParseFail&) {
    return false;
  }
  int len = static_cast<int>(seg.size());
  if (node.kind == NODE_BINOP) {
    bool found = false;
    for (int i = node.a; i < node.b && i < len; ++i) {
      if (is_ws(seg[i])) continue;
      out->left = i;
      out->right = i + 1;
      found = true;
      if (i + 1 < node.b && !is_ws(seg[i + 1])) ++out->right;  // two-character operator
      if (i + 1 < node.b && seg[i] == ')') continue;  // closing paren of the left operand
      out->tilde = true;
      break;
    }
    return found;
  }
  if (node.kind == NODE_SUBSCRIPT) {
    int left = node.a, right = node.b + 1;
    while (left < len && seg[left] != '[') ++left;
    while (right < len && seg[right] != ']') ++right;
    if (right < len) ++right;
    out->left = left;
    out->right = right;
    out->tilde = true;
    return true;
  }
  return false;
}

// ---- source lines ------------------------------------------------------------------------------

struct SourceFile {
  bool ok = false;
  std::vector<std::string> lines;  // without line terminators
};

std::unordered_map<std::string, SourceFile>& line_cache() {
  static auto* cache = new std::unordered_map<std::string, SourceFile>();
  return *cache;
}

bool read_whole_file(const std::string& path, std::string* out) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return false;
  struct stat st;
  if (::fstat(fd, &st) != 0 || S_ISDIR(st.st_mode)) {
    ::close(fd);
    return false;
  }
  out->clear();
  char buf[65536];
  while (true) {
    ssize_t n = ::read(fd, buf, sizeof buf);
    if (n < 0) {
      if (errno == EINTR) continue;
      ::close(fd);
      return false;
    }
    if (n == 0) break;
    out->append(buf, static_cast<size_t>(n));
  }
  ::close(fd);
  return true;
}

// The PEP 263 coding cookie of the first two lines ("" when none).
std::string coding_cookie(std::string_view data) {
  size_t pos = 0;
  for (int line_no = 0; line_no < 2 && pos <= data.size(); ++line_no) {
    size_t eol = data.find_first_of("\r\n", pos);
    std::string_view line = data.substr(pos, eol == std::string_view::npos ? std::string_view::npos : eol - pos);
    size_t i = 0;
    while (i < line.size() && is_ws(line[i])) ++i;
    if (i < line.size() && line[i] == '#') {
      size_t c = line.find("coding", i);
      while (c != std::string_view::npos) {
        size_t k = c + 6;
        if (k < line.size() && (line[k] == ':' || line[k] == '=')) {
          ++k;
          while (k < line.size() && (line[k] == ' ' || line[k] == '\t')) ++k;
          size_t e = k;
          while (e < line.size() && (std::isalnum(static_cast<unsigned char>(line[e])) ||
                                     line[e] == '-' || line[e] == '_' || line[e] == '.'))
            ++e;
          if (e > k) return std::string(line.substr(k, e - k));
        }
        c = line.find("coding", c + 1);
      }
    } else if (i < line.size()) {
      break;  // a code line: no cookie on the next line either
    }
    if (eol == std::string_view::npos) break;
    pos = eol + 1;
    if (data[eol] == '\r' && pos < data.size() && data[pos] == '\n') ++pos;
  }
  return "";
}

bool is_utf8_name(std::string enc) {
  for (char& c : enc) c = c == '_' ? '-' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return enc == "utf-8" || enc == "utf8" || enc.rfind("utf-8-", 0) == 0;
}

// Decodes a source file's bytes to UTF-8 text as io.TextIOWrapper(binary, encoding) would.
bool decode_source(const std::string& data, std::string* text) {
  std::string enc = coding_cookie(data);
  if (enc.empty() || is_utf8_name(enc)) {
    if (!valid_utf8(data)) return false;
    *text = data;
    return true;
  }
  Object* saved = current_exception();
  try {
    StrObject* s = str_decode(data.data(), data.size(), enc.c_str(), "strict");
    size_t n = 0;
    const char* p = str_utf8(s, &n);
    text->assign(p, n);
    return true;
  } catch (PyError&) {
    // An unknown encoding name: CPython's tokenizer then falls back to UTF-8.
    bool unknown = exception_matches(Exc_LookupError);
    set_current_exception(saved);
    if (!unknown || !valid_utf8(data)) return false;
    *text = data;
    return true;
  }
}

void split_lines(const std::string& text, std::vector<std::string>* lines) {
  size_t i = 0, n = text.size(), start = 0;
  while (i < n) {
    char c = text[i];
    if (c == '\n' || c == '\r') {
      lines->emplace_back(text, start, i - start);
      if (c == '\r' && i + 1 < n && text[i + 1] == '\n') ++i;
      start = ++i;
    } else {
      ++i;
    }
  }
  if (start < n) lines->emplace_back(text, start, n - start);
}

// Opens `filename`, or its last component under each sys.path entry (CPython's
// _Py_FindSourceFile).
bool find_source(const std::string& filename, std::string* data) {
  if (read_whole_file(filename, data)) return true;
  size_t slash = filename.rfind('/');
  std::string tail = slash == std::string::npos ? filename : filename.substr(slash + 1);
  Object* saved = current_exception();
  try {
    Object* path = sys_get("path");
    if (!path || !is_list(path)) return false;
    auto* l = static_cast<ListObject*>(path);
    for (intptr_t i = 0; i < l->size; ++i) {
      Object* entry = l->items[i];
      if (!entry || !is_str(entry)) continue;
      size_t n = 0;
      const char* p = str_utf8(static_cast<StrObject*>(entry), &n);
      std::string candidate(p, n);
      if (candidate.find('\0') != std::string::npos) continue;
      if (!candidate.empty() && candidate.back() != '/') candidate += '/';
      candidate += tail;
      if (read_whole_file(candidate, data)) return true;
    }
  } catch (PyError&) {
    set_current_exception(saved);
  }
  return false;
}

// Line `lineno` (1-based) of the file, or nullptr when it cannot be read.
const std::string* source_line(const std::string& filename, long lineno) {
  if (filename.empty()) return nullptr;
  if (filename.front() == '<' && filename.back() == '>') return nullptr;
  auto& cache = line_cache();
  auto it = cache.find(filename);
  if (it == cache.end()) {
    SourceFile sf;
    std::string data, text;
    if (find_source(filename, &data) && decode_source(data, &text)) {
      sf.ok = true;
      split_lines(text, &sf.lines);
    }
    it = cache.emplace(filename, std::move(sf)).first;
  }
  const SourceFile& sf = it->second;
  if (!sf.ok || lineno < 1 || lineno > static_cast<long>(sf.lines.size())) return nullptr;
  return &sf.lines[static_cast<size_t>(lineno - 1)];
}

// ---- output --------------------------------------------------------------------------------------

// Text goes to file.write(str) (or fd 2 when file is nullptr); literal text is buffered and
// written before every Python object and at the end. After a failed write nothing more is written.
class Out {
 public:
  explicit Out(Object* file) : file_(file) {}
  Out(const Out&) = delete;
  Out& operator=(const Out&) = delete;

  void text(std::string_view s) {
    buf_.append(s);
    if (buf_.size() > 16384) flush();
  }
  void spaces(int n) {
    if (n > 0) buf_.append(static_cast<size_t>(n), ' ');
  }
  // Writes a str object (after the buffered text). Throws if the write fails.
  void str_obj(Object* s) {
    flush_or_throw();
    write_obj(s);
  }
  // Writes the buffered text; swallows errors.
  void flush() {
    if (failed_) {
      buf_.clear();
      return;
    }
    try {
      flush_or_throw();
    } catch (PyError&) {
      clear_exception();
      failed_ = true;
    }
  }
  void flush_or_throw() {
    if (buf_.empty()) return;
    std::string pending;
    pending.swap(buf_);
    if (!file_) {
      write_fd(pending);
      return;
    }
    write_obj(str_from(pending));
  }
  Object* file() const { return file_; }

 private:
  void write_obj(Object* s) {
    if (failed_) return;
    if (!file_) {
      size_t n = 0;
      const char* p = str_utf8(static_cast<StrObject*>(s), &n);
      write_fd(std::string_view(p, n));
      return;
    }
    try {
      Object* arg = s;
      call_method_cstr(file_, "write", &arg, 1);
    } catch (PyError&) {
      failed_ = true;
      throw;
    }
  }
  static void write_fd(std::string_view s) {
    const char* p = s.data();
    size_t n = s.size();
    while (n > 0) {
      ssize_t w = ::write(2, p, n);
      if (w < 0) {
        if (errno == EINTR) continue;
        return;
      }
      p += w;
      n -= static_cast<size_t>(w);
    }
  }

  Object* file_;
  std::string buf_;
  bool failed_ = false;
};

std::string utf8_of(Object* s) {
  size_t n = 0;
  const char* p = str_utf8(static_cast<StrObject*>(s), &n);
  return std::string(p, n);
}

// ---- printing context ------------------------------------------------------------------------------

struct Ctx {
  Out* out;
  Object** seen = nullptr;  // GC memory: exceptions already printed or being printed
  intptr_t nseen = 0, capseen = 0;
  int group_depth = 0;
  bool need_close = false;
  int nesting = 0;

  void add_seen(Object* o) {
    if (nseen == capseen) {
      intptr_t cap = capseen ? capseen * 2 : 16;
      auto** items = static_cast<Object**>(gc_alloc(sizeof(Object*) * static_cast<size_t>(cap)));
      for (intptr_t i = 0; i < nseen; ++i) items[i] = seen[i];
      seen = items;
      capseen = cap;
    }
    seen[nseen++] = o;
  }
  bool is_seen(Object* o) const {
    for (intptr_t i = 0; i < nseen; ++i)
      if (seen[i] == o) return true;
    return false;
  }
  int indent() const { return 2 * group_depth; }
  const char* margin() const { return group_depth ? "| " : ""; }
  void write_margin() {
    out->spaces(indent());
    out->text(margin());
  }
};

// ---- traceback entries ---------------------------------------------------------------------------

long traceback_limit() {
  Object* saved = current_exception();
  try {
    Object* v = sys_get("tracebacklimit");
    if (v && is_int(v)) {
      intptr_t n;
      if (!int_to_intptr(v, &n)) return int_sign(v) > 0 ? LONG_MAX : 0;
      return static_cast<long>(n);
    }
  } catch (PyError&) {
    set_current_exception(saved);
  }
  return kDefaultTracebackLimit;
}

CodeObject* tb_code(TracebackObject* tb) {
  Object* c = tb->code;
  if (!c || is_small_int(c) || c->ob_type != &Code_Type) return nullptr;
  return static_cast<CodeObject*>(c);
}

std::string code_filename(CodeObject* code) {
  return code && code->filename ? utf8_of(code->filename) : std::string("???");
}
std::string code_name(CodeObject* code) {
  return code && code->name ? utf8_of(code->name) : std::string("???");
}

void display_entry(Ctx& ctx, TracebackObject* tb) {
  CodeObject* code = tb_code(tb);
  std::string filename = code_filename(code);
  ctx.write_margin();
  ctx.out->text("  File \"");
  ctx.out->text(filename);
  ctx.out->text("\", line ");
  ctx.out->text(std::to_string(tb->lineno));
  ctx.out->text(", in ");
  ctx.out->text(code_name(code));
  ctx.out->text("\n");
  if (!code || !code->filename) return;
  std::string interactive_line;
  const std::string* line = nullptr;
  if (code->source) {
    // Interactive input ("<stdin>" at the REPL): the lines come with the code.
    std::vector<std::string> lines;
    split_lines(utf8_of(code->source), &lines);
    if (tb->lineno >= 1 && tb->lineno <= static_cast<long>(lines.size())) {
      interactive_line = lines[static_cast<size_t>(tb->lineno - 1)];
      line = &interactive_line;
    }
  } else {
    line = source_line(filename, tb->lineno);
  }
  if (!line) return;
  size_t lead = 0;
  while (lead < line->size() && is_ws((*line)[lead])) ++lead;
  ctx.write_margin();
  ctx.out->spaces(kSourceIndent);
  ctx.out->text(std::string_view(*line).substr(lead));
  ctx.out->text("\n");
  if (!code->positions || tb->lasti < 0 || tb->lasti >= code->ncode) return;
  const CodePos& p = code->positions[tb->lasti];
  std::string carets = traceback_caret_line(*line, p.lineno, p.end_lineno, p.col, p.end_col);
  if (carets.empty()) return;
  ctx.write_margin();
  ctx.out->text(carets);
  ctx.out->text("\n");
}

void print_repeated(Ctx& ctx, long count) {
  count -= kRecursiveCutoff;
  ctx.out->text("  [Previous line repeated ");
  ctx.out->text(std::to_string(count));
  ctx.out->text(count > 1 ? " more times]\n" : " more time]\n");
}

void print_traceback(Ctx& ctx, TracebackObject* tb, const char* header_margin,
                     const char* header) {
  long limit = traceback_limit();
  if (limit <= 0) return;
  long depth = 0;
  for (TracebackObject* t = tb; t; t = t->tb_next) ++depth;
  while (tb && depth > limit) {
    --depth;
    tb = tb->tb_next;
  }
  ctx.out->spaces(ctx.indent());
  ctx.out->text(header_margin);
  ctx.out->text(header);
  std::string last_file, last_name;
  long last_line = -1;
  bool have_last = false;
  long count = 0;
  for (; tb; tb = tb->tb_next) {
    CodeObject* code = tb_code(tb);
    std::string file = code_filename(code), name = code_name(code);
    if (!have_last || file != last_file || last_line == -1 || tb->lineno != last_line ||
        name != last_name) {
      if (count > kRecursiveCutoff) print_repeated(ctx, count);
      last_file = file;
      last_line = tb->lineno;
      last_name = name;
      have_last = true;
      count = 0;
    }
    ++count;
    if (count <= kRecursiveCutoff) display_entry(ctx, tb);
  }
  if (count > kRecursiveCutoff) print_repeated(ctx, count);
}

// ---- SyntaxError ------------------------------------------------------------------------------------

struct SyntaxInfo {
  Object* message = nullptr;
  Object* filename = nullptr;
  intptr_t lineno = 0, offset = -1, end_lineno = 0, end_offset = -1;
  Object* text = nullptr;
};

// PyLong_AsSsize_t: ints only.
intptr_t as_ssize(Object* v) {
  if (!is_int(v)) raise_type_error("an integer is required");
  intptr_t n;
  if (!int_to_intptr(v, &n)) raise_overflow_error("Python int too large to convert to C ssize_t");
  return n;
}

bool parse_syntax_error(Object* err, SyntaxInfo* si) {
  Object* saved = current_exception();
  try {
    si->message = get_attr_cstr(err, "msg");
    Object* v = get_attr_cstr(err, "filename");
    si->filename = v == Py_None ? str_from_cstr("<string>") : v;
    si->lineno = as_ssize(get_attr_cstr(err, "lineno"));
    v = get_attr_cstr(err, "offset");
    si->offset = v == Py_None ? -1 : as_ssize(v);
    if (type_of(err) == Exc_SyntaxError) {
      Object* e = get_attr_or_null(err, intern("end_lineno"));
      si->end_lineno = !e || e == Py_None ? si->lineno : as_ssize(e);
      e = get_attr_or_null(err, intern("end_offset"));
      si->end_offset = !e || e == Py_None ? -1 : as_ssize(e);
    } else {
      si->end_lineno = si->lineno;
      si->end_offset = -1;
    }
    v = get_attr_cstr(err, "text");
    si->text = v == Py_None ? nullptr : v;
    return true;
  } catch (PyError&) {
    set_current_exception(saved);
    return false;
  }
}

// CPython 3.11's print_error_text: the offending line (leading whitespace removed) and the carets.
void print_error_text(Ctx& ctx, intptr_t offset, intptr_t end_offset, Object* text_obj) {
  if (!is_str(text_obj)) raise_type_error("bad argument type for built-in operation");
  std::string full = utf8_of(text_obj);
  std::string_view text(full.c_str());  // as a C string: up to the first NUL
  intptr_t caret_reps = end_offset > 0 && end_offset > offset ? end_offset - offset : 1;
  --offset;  // 1-based to 0-based
  while (!text.empty() && is_ws(text[0])) {
    text.remove_prefix(1);
    --offset;
  }
  intptr_t len = static_cast<intptr_t>(text.size());
  if (len > 0 && text[static_cast<size_t>(len - 1)] == '\n') --len;
  if (offset > len) offset = len;
  while (true) {
    size_t nl = text.find('\n');
    if (nl == std::string_view::npos) break;
    intptr_t inl = static_cast<intptr_t>(nl);
    if (inl >= offset) break;
    inl += 1;
    text.remove_prefix(static_cast<size_t>(inl));
    len -= inl;
    offset -= inl;
  }
  ctx.out->text("    ");
  ctx.out->text(text);
  if (len < 0 || static_cast<size_t>(len) >= text.size() || text[static_cast<size_t>(len)] != '\n')
    ctx.out->text("\n");
  if (offset < 0) return;
  ctx.out->text("    ");
  ctx.out->spaces(static_cast<int>(offset));
  ctx.out->text(std::string(static_cast<size_t>(caret_reps), '^'));
  ctx.out->text("\n");
}

// For SyntaxError (anything with print_file_and_line): the "File" line and the text; replaces
// *value with the message to print.
void print_file_and_line(Ctx& ctx, Object** value) {
  if (!get_attr_or_null(*value, intern("print_file_and_line"))) return;
  SyntaxInfo si;
  if (!parse_syntax_error(*value, &si)) return;
  *value = si.message;
  Object* fname = str(si.filename);
  ctx.write_margin();
  ctx.out->text("  File \"");
  ctx.out->str_obj(fname);
  ctx.out->text("\", line ");
  ctx.out->text(std::to_string(si.lineno));
  ctx.out->text("\n");
  if (si.text) {
    intptr_t end_offset = si.end_offset;
    intptr_t line_size = -1;
    if (is_str(si.text)) {
      size_t n = 0;
      str_utf8(static_cast<StrObject*>(si.text), &n);
      line_size = static_cast<intptr_t>(n);
    }
    if (si.end_lineno > si.lineno) end_offset = line_size >= 0 ? line_size : -1;
    if (line_size >= 0 && end_offset > line_size + 1) end_offset = line_size + 1;
    print_error_text(ctx, si.offset, end_offset, si.text);
  }
}

// ---- "Did you mean" ----------------------------------------------------------------------------------

constexpr intptr_t kMaxCandidateItems = 750;
constexpr size_t kMaxStringSize = 40;
constexpr size_t kMoveCost = 2;
constexpr size_t kCaseCost = 1;

size_t substitution_cost(char a, char b) {
  if ((a & 31) != (b & 31)) return kMoveCost;
  if (a == b) return 0;
  if (a >= 'A' && a <= 'Z') a = static_cast<char>(a + ('a' - 'A'));
  if (b >= 'A' && b <= 'Z') b = static_cast<char>(b + ('a' - 'A'));
  return a == b ? kCaseCost : kMoveCost;
}

// Levenshtein distance with CPython's costs (case changes are cheaper); anything above
// max_cost is reported as max_cost + 1.
size_t levenshtein(const char* a, size_t a_size, const char* b, size_t b_size, size_t max_cost) {
  while (a_size && b_size && a[0] == b[0]) {
    ++a;
    ++b;
    --a_size;
    --b_size;
  }
  while (a_size && b_size && a[a_size - 1] == b[b_size - 1]) {
    --a_size;
    --b_size;
  }
  if (a_size == 0 || b_size == 0) return (a_size + b_size) * kMoveCost;
  if (a_size > kMaxStringSize || b_size > kMaxStringSize) return max_cost + 1;
  if (b_size < a_size) {
    std::swap(a, b);
    std::swap(a_size, b_size);
  }
  if ((b_size - a_size) * kMoveCost > max_cost) return max_cost + 1;
  size_t buffer[kMaxStringSize];
  size_t tmp = kMoveCost;
  for (size_t i = 0; i < a_size; ++i) {
    buffer[i] = tmp;
    tmp += kMoveCost;
  }
  size_t result = 0;
  for (size_t bi = 0; bi < b_size; ++bi) {
    char code = b[bi];
    size_t distance = result = bi * kMoveCost;
    size_t minimum = SIZE_MAX;
    for (size_t ai = 0; ai < a_size; ++ai) {
      size_t substitute = distance + substitution_cost(code, a[ai]);
      distance = buffer[ai];
      size_t insert_delete = std::min(result, distance) + kMoveCost;
      result = std::min(insert_delete, substitute);
      buffer[ai] = result;
      if (result < minimum) minimum = result;
    }
    if (minimum > max_cost) return max_cost + 1;
  }
  return result;
}

// The closest name in `names` (a list of str) to `name`, or nullptr.
Object* closest_name(ListObject* names, StrObject* name) {
  if (names->size >= kMaxCandidateItems) return nullptr;
  size_t name_size = 0;
  const char* name_str = str_utf8(name, &name_size);
  Object* best = nullptr;
  size_t best_distance = SIZE_MAX;
  for (intptr_t i = 0; i < names->size; ++i) {
    Object* item = names->items[i];
    if (!item || !is_str(item)) return nullptr;
    size_t item_size = 0;
    const char* item_str = str_utf8(static_cast<StrObject*>(item), &item_size);
    if (item_size == name_size && std::memcmp(item_str, name_str, name_size) == 0) continue;
    size_t max_distance = (name_size + item_size + 3) * kMoveCost / 6;
    if (best_distance != SIZE_MAX) max_distance = std::min(max_distance, best_distance - 1);
    size_t d = levenshtein(name_str, name_size, item_str, item_size, max_distance);
    if (d > max_distance) continue;
    if (!best || d < best_distance) {
      best = item;
      best_distance = d;
    }
  }
  return best;
}

DictObject* module_dict_named(const char* name) {
  Object* m = dict_get_cstr(sys_modules(), name);
  if (!m || is_small_int(m) || !is_subtype(type_of(m), &Module_Type)) return nullptr;
  return module_dict(m);
}

// The globals of the code's module: the module whose __file__ is the code's filename, else
// __main__'s (tracebacks do not keep their frames).
DictObject* globals_for(CodeObject* code) {
  DictObject* modules = sys_modules();
  intptr_t pos = 0;
  Object *k, *v;
  while (dict_next(modules, &pos, &k, &v)) {
    if (!v || is_small_int(v) || !is_subtype(type_of(v), &Module_Type)) continue;
    DictObject* d = module_dict(v);
    if (!d) continue;
    Object* file = dict_get_cstr(d, "__file__");
    if (file && is_str(file) && code->filename && str_eq(static_cast<StrObject*>(file), code->filename))
      return d;
  }
  return module_dict_named("__main__");
}

Object* name_error_suggestion(Object* value) {
  auto* e = static_cast<NameErrorObject*>(value);
  if (!e->name || !is_str_exact(e->name)) return nullptr;
  TracebackObject* tb = e->traceback;
  if (!tb) return nullptr;
  while (tb->tb_next) tb = tb->tb_next;
  CodeObject* code = tb_code(tb);
  if (!code) return nullptr;
  auto* name = static_cast<StrObject*>(e->name);
  if (code->varnames) {
    ListObject* locals = list_from_iterable(code->varnames);
    if (Object* s = closest_name(locals, name)) return s;
  }
  if (DictObject* globals = globals_for(code)) {
    if (Object* s = closest_name(dict_keys_list(globals), name)) return s;
  }
  if (DictObject* builtins = module_dict_named("builtins")) {
    if (Object* s = closest_name(dict_keys_list(builtins), name)) return s;
  }
  return nullptr;
}

Object* attribute_error_suggestion(Object* value) {
  auto* e = static_cast<AttributeErrorObject*>(value);
  if (!e->name || !e->obj || !is_str_exact(e->name)) return nullptr;
  DictObject* builtins = module_dict_named("builtins");
  Object* dir = builtins ? dict_get_cstr(builtins, "dir") : nullptr;
  if (!dir) return nullptr;
  Object* names = call1(dir, e->obj);
  if (!is_list(names)) return nullptr;
  return closest_name(static_cast<ListObject*>(names), static_cast<StrObject*>(e->name));
}

// CPython 3.11's _Py_Offer_Suggestions.
Object* offer_suggestions(Object* value) {
  if (!is_exception(value)) return nullptr;
  TypeObject* t = type_of(value);
  if (is_subtype(t, Exc_AttributeError)) return attribute_error_suggestion(value);
  // CPython records the name only for NameError proper (not UnboundLocalError).
  if (is_subtype(t, Exc_NameError) && !is_subtype(t, Exc_UnboundLocalError))
    return name_error_suggestion(value);
  return nullptr;
}

// ---- one exception ------------------------------------------------------------------------------------

bool is_group(Object* value) {
  return is_exception(value) && Exc_BaseExceptionGroup &&
         is_subtype(type_of(value), Exc_BaseExceptionGroup);
}

// The sub-exceptions of a group (a non-empty tuple), or nullptr.
TupleObject* group_exceptions(Object* value) {
  Object* saved = current_exception();
  try {
    Object* excs = get_attr_or_null(value, intern("exceptions"));
    if (excs && is_tuple(excs) && tuple_size(excs) > 0) return static_cast<TupleObject*>(excs);
  } catch (PyError&) {
    set_current_exception(saved);
  }
  return nullptr;
}

// The type's name as printed: [module.]qualname.
void print_type_name(Ctx& ctx, TypeObject* type) {
  Object* module = nullptr;
  Object* saved = current_exception();
  try {
    module = get_attr_or_null(type, intern("__module__"));
  } catch (PyError&) {
    set_current_exception(saved);
    module = nullptr;
  }
  if (!module || !is_str(module)) {
    ctx.out->text("<unknown>.");
  } else if (!str_eq_cstr(static_cast<StrObject*>(module), "builtins") &&
             !str_eq_cstr(static_cast<StrObject*>(module), "__main__")) {
    ctx.out->str_obj(module);
    ctx.out->text(".");
  }
  Object* qualname = nullptr;
  if (type_has(type, TPFLAGS_HEAPTYPE) && type->ht_qualname) {
    qualname = type->ht_qualname;
  } else if (type->tp_name) {
    const char* dot = std::strrchr(type->tp_name, '.');
    qualname = str_from_cstr(dot ? dot + 1 : type->tp_name);
  }
  if (!qualname || !is_str(qualname))
    ctx.out->text("<unknown>");
  else
    ctx.out->str_obj(qualname);
}

void print_message(Ctx& ctx, TypeObject* type, Object* value) {
  ctx.write_margin();
  print_type_name(ctx, type);
  if (value == Py_None) return;
  ctx.out->flush();
  Object* s = nullptr;
  Object* saved = current_exception();
  try {
    s = str(value);
  } catch (PyError&) {
    set_current_exception(saved);
    s = nullptr;
  }
  if (!s) {
    ctx.out->text(": <exception str() failed>");
    return;
  }
  if (!is_str(s) || static_cast<StrObject*>(s)->length != 0) ctx.out->text(": ");
  ctx.out->str_obj(s);
}

void print_suggestions(Ctx& ctx, Object* value) {
  ctx.out->flush();
  Object* suggestion = nullptr;
  Object* saved = current_exception();
  try {
    suggestion = offer_suggestions(value);
  } catch (PyError&) {
    set_current_exception(saved);
    suggestion = nullptr;
  }
  if (!suggestion) return;
  ctx.out->text(". Did you mean: '");
  ctx.out->str_obj(suggestion);
  ctx.out->text("'?");
}

// PySequence_Check: not a dict, and the type has __getitem__.
bool is_sequence(Object* o) {
  if (is_dict(o)) return false;
  if (is_list(o) || is_tuple(o) || is_str(o)) return true;
  return type_lookup(type_of(o), intern("__getitem__")) != nullptr;
}

void print_notes(Ctx& ctx, Object* notes) {
  ctx.out->flush();
  if (!is_sequence(notes)) {
    ctx.write_margin();
    Object* saved = current_exception();
    Object* r = nullptr;
    try {
      r = repr(notes);
    } catch (PyError&) {
      set_current_exception(saved);
      r = nullptr;
    }
    if (r)
      ctx.out->str_obj(r);
    else
      ctx.out->text("<__notes__ repr() failed>");
    return;
  }
  intptr_t n = length(notes);
  for (intptr_t i = 0; i < n; ++i) {
    Object* note = get_item(notes, make_small_int(i));
    ctx.out->flush();
    Object* note_str = nullptr;
    Object* saved = current_exception();
    try {
      note_str = str(note);
    } catch (PyError&) {
      set_current_exception(saved);
      note_str = nullptr;
    }
    if (!note_str) {
      ctx.out->text("<note str() failed>");
    } else {
      Object* keepends = Py_True;
      Object* lines = call_method_cstr(note_str, "splitlines", &keepends, 1);
      if (!is_list(lines)) raise_type_error("splitlines() did not return a list");
      auto* l = static_cast<ListObject*>(lines);
      for (intptr_t k = 0; k < l->size; ++k) {
        ctx.write_margin();
        ctx.out->str_obj(l->items[k]);
      }
    }
    ctx.out->text("\n");
  }
}

// CPython 3.11's print_exception: traceback, SyntaxError block, message, notes.
void print_one(Ctx& ctx, Object* value, bool group) {
  if (!is_exception(value)) {
    ctx.out->text("TypeError: print_exception(): Exception expected for value, ");
    ctx.out->text(type_name(value));
    ctx.out->text(" found\n");
    return;
  }
  TracebackObject* tb = as_exc(value)->traceback;
  if (tb) {
    const char* header = "Traceback (most recent call last):\n";
    const char* header_margin = ctx.margin();
    if (group) {
      header = "Exception Group Traceback (most recent call last):\n";
      if (ctx.group_depth == 1) header_margin = "+ ";
    }
    print_traceback(ctx, tb, header_margin, header);
  }
  TypeObject* type = type_of(value);
  Object* notes = get_attr_or_null(value, intern("__notes__"));
  print_file_and_line(ctx, &value);
  print_message(ctx, type, value);
  print_suggestions(ctx, value);
  ctx.out->text("\n");
  if (notes) print_notes(ctx, notes);
}

void print_recursive(Ctx& ctx, Object* value);

void print_chained(Ctx& ctx, Object* value, const char* message) {
  bool need_close = ctx.need_close;
  print_recursive(ctx, value);
  ctx.need_close = need_close;
  ctx.write_margin();
  ctx.out->text("\n");
  ctx.write_margin();
  ctx.out->text(message);
  ctx.write_margin();
  ctx.out->text("\n");
}

void print_cause_and_context(Ctx& ctx, Object* value) {
  ctx.add_seen(value);
  if (!is_exception(value)) return;
  BaseExceptionObject* e = as_exc(value);
  if (e->cause) {
    if (!ctx.is_seen(e->cause))
      print_chained(ctx, e->cause,
                    "The above exception was the direct cause of the following exception:\n");
    return;
  }
  if (e->suppress_context) return;
  if (e->context && !ctx.is_seen(e->context))
    print_chained(ctx, e->context,
                  "During handling of the above exception, another exception occurred:\n");
}

void print_group(Ctx& ctx, Object* value, TupleObject* excs) {
  if (ctx.group_depth > kMaxGroupDepth) {
    ctx.write_margin();
    ctx.out->text("... (max_group_depth is " + std::to_string(kMaxGroupDepth) + ")\n");
    return;
  }
  if (ctx.group_depth == 0) ctx.group_depth += 1;
  print_one(ctx, value, true);
  intptr_t num = tuple_size(excs);
  intptr_t n = num <= kMaxGroupWidth ? num : kMaxGroupWidth + 1;
  ctx.need_close = false;
  for (intptr_t i = 0; i < n; ++i) {
    bool last = i == n - 1;
    if (last) ctx.need_close = true;  // the closing line may be written by a nested group
    ctx.out->spaces(ctx.indent());
    bool truncated = i >= kMaxGroupWidth;
    std::string line = i == 0 ? "+-" : "  ";
    if (!truncated)
      line += "+---------------- " + std::to_string(i + 1) + " ----------------\n";
    else
      line += "+---------------- ... ----------------\n";
    ctx.out->text(line);
    ctx.group_depth += 1;
    if (!truncated) {
      print_recursive(ctx, tuple_item(excs, i));
    } else {
      intptr_t remaining = num - kMaxGroupWidth;
      ctx.write_margin();
      ctx.out->text("and " + std::to_string(remaining) + " more exception" +
                    (remaining > 1 ? "s" : "") + "\n");
    }
    if (last && ctx.need_close) {
      ctx.out->spaces(ctx.indent());
      ctx.out->text("+------------------------------------\n");
      ctx.need_close = false;
    }
    ctx.group_depth -= 1;
  }
  if (ctx.group_depth == 1) ctx.group_depth -= 1;
}

void print_recursive(Ctx& ctx, Object* value) {
  if (ctx.nesting >= kMaxChainDepth) return;
  ++ctx.nesting;
  print_cause_and_context(ctx, value);
  TupleObject* excs = is_group(value) ? group_exceptions(value) : nullptr;
  if (excs)
    print_group(ctx, value, excs);
  else
    print_one(ctx, value, false);
  --ctx.nesting;
}

void print_exception_impl(Object* exc, Object* file) {
  if (!exc) return;
  Out out(file);
  Ctx ctx;
  ctx.out = &out;
  try {
    print_recursive(ctx, exc);
  } catch (PyError&) {
    clear_exception();
  }
  out.flush();
  if (file) {
    try {
      call_method_cstr(file, "flush", nullptr, 0);
    } catch (PyError&) {
      clear_exception();
    }
  }
}

}  // namespace

// ---- public API ------------------------------------------------------------------------------------

std::string traceback_caret_line(std::string_view line, int start_line, int end_line, int col,
                                 int end_col) {
  if (start_line < 0 || end_line < 0 || col < 0 || end_col < 0) return "";
  intptr_t line_len = utf8_chars(line);
  intptr_t start = byte_to_char(line, col);
  intptr_t end = byte_to_char(line, end_col);
  intptr_t left = -1, right = -1;
  char primary = '^', secondary = '^';
  if (start_line == end_line) {
    size_t sb = char_to_byte(line, start), eb = char_to_byte(line, end);
    std::string_view seg = sb < eb ? line.substr(sb, eb - sb) : std::string_view();
    Anchors anchors;
    if (segment_anchors(seg, &anchors)) {
      left = byte_to_char(seg, anchors.left) + start;
      right = byte_to_char(seg, anchors.right) + start;
      if (anchors.tilde) primary = '~';
    }
  } else {
    // Multi-line span: mark up to the last non-whitespace character of the first line.
    intptr_t i = line_len;
    while (--i >= 0) {
      if (static_cast<size_t>(i) < line.size() && !is_ws(line[static_cast<size_t>(i)])) break;
    }
    end = i + 1;
  }
  intptr_t lead = 0;
  while (static_cast<size_t>(lead) < line.size() && is_ws(line[static_cast<size_t>(lead)])) ++lead;
  bool has_secondary = left != -1 || right != -1;
  if (end - start == line_len - lead && !has_secondary) return "";
  std::string out;
  for (intptr_t offset = lead - kSourceIndent + 1; offset <= end; ++offset) {
    if (offset <= start)
      out += ' ';
    else if (has_secondary && left < offset && offset <= right)
      out += secondary;
    else
      out += primary;
  }
  return out;
}

void traceback_clear_line_cache() { line_cache().clear(); }

void print_exception_to(Object* exc, Object* file) {
  if (!file || file == Py_None) return;
  Object* saved = current_exception();
  print_exception_impl(exc, file);
  set_current_exception(saved);
}

void print_exception(Object* exc) {
  Object* saved = current_exception();
  Object* file = nullptr;
  try {
    file = sys_get("stderr");
  } catch (PyError&) {
    file = nullptr;
  }
  set_current_exception(saved);
  if (file == Py_None) return;  // CPython prints nothing when sys.stderr is None
  print_exception_impl(exc, file);  // file nullptr (sys.stderr missing): fd 2
  set_current_exception(saved);
}

Object* sys_excepthook(Object*, Object* const* args, size_t nargs, TupleObject* kwnames) {
  check_no_kwargs("sys.excepthook", kwnames);
  if (nargs != 3) raise_type_error("excepthook expected 3 arguments, got %zu", nargs);
  Object* value = args[1];
  Object* tb = args[2];
  // CPython's PyErr_Display: attach the traceback when the exception has none.
  if (is_exception(value) && !as_exc(value)->traceback && !is_small_int(tb) &&
      tb->ob_type == &Traceback_Type)
    as_exc(value)->traceback = static_cast<TracebackObject*>(tb);
  print_exception(value);
  return Py_None;
}

int system_exit_status(Object* exc) {
  Object* saved = current_exception();
  int status = 0;
  try {
    Object* value = exc;
    if (value && value != Py_None) {
      bool done = false;
      if (is_exception(value)) {
        Object* code = nullptr;
        try {
          code = get_attr_cstr(value, "code");
        } catch (PyError&) {
          clear_exception();
          code = nullptr;
        }
        if (code) {
          value = code;
          if (value == Py_None) done = true;
        }
      }
      if (!done) {
        if (is_int(value)) {
          intptr_t n;
          if (!int_to_intptr(value, &n)) n = -1;
          status = static_cast<int>(n);
        } else {
          Object* file = nullptr;
          try {
            file = sys_get("stderr");
          } catch (PyError&) {
            clear_exception();
            file = nullptr;
          }
          bool to_file = file && file != Py_None;
          Out out(to_file ? file : nullptr);
          try {
            out.str_obj(str(value));
          } catch (PyError&) {
            clear_exception();
          }
          // PySys_WriteStderr: sys.stderr, or the C stderr when that fails.
          Out nl(to_file ? file : nullptr);
          nl.text("\n");
          nl.flush();
          status = 1;
        }
      }
    }
  } catch (PyError&) {
    clear_exception();
  }
  set_current_exception(saved);
  return status;
}


int report_uncaught_exception(Object* exc) {
  if (is_exception(exc) && is_subtype(type_of(exc), Exc_SystemExit))
    return system_exit_status(exc);
  if (is_exception(exc) && is_subtype(type_of(exc), Exc_BrokenPipeError)) {
    // Output to a closed pipe (`slotpy x.py | head -1`): stop quietly.
    return 120;
  }
  // A program may have replaced sys.excepthook (CPython calls it with type, value, traceback).
  Object* hook = sys_get("excepthook");
  Object* original = sys_get("__excepthook__");
  if (hook && hook != original && hook != Py_None) {
    Object* tb = as_exc(exc)->traceback ? static_cast<Object*>(as_exc(exc)->traceback) : Py_None;
    Object* args[3] = {type_of(exc), exc, tb};
    try {
      call(hook, args, 3);
      return 1;
    } catch (PyError&) {
      Object* err = current_exception();
      clear_exception();
      std::fputs("Error in sys.excepthook:\n", stderr);
      print_exception(err);
      std::fputs("\nOriginal exception was:\n", stderr);
    }
  }
  print_exception(exc);
  return 1;
}

}  // namespace slotpy
