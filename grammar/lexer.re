// The tokenizer. re2c generates the scanner for one token (scan_token); the rest of this file keeps
// the state CPython's tokenizer keeps: the indentation stacks, the bracket stack, line numbers.
#include <cstring>
#include <string>

#include <utf8proc.h>

#include "compiler/lexer.h"
#include "parser.hpp"
#include "runtime/repr.h"

namespace slotpy::syntax {
namespace {

constexpr int kMaxIndent = 100;  // CPython's MAXINDENT
constexpr int kMaxLevel = 200;   // CPython's MAXLEVEL: nesting of brackets
constexpr int kTabSize = 8;

// Thrown inside the lexer; turned into a final ERRORTOKEN by tokenize().
struct LexError {
  SyntaxError e;
};

bool is_xid_start(uint32_t cp) {
  if (cp == '_') return true;
  switch (utf8proc_category(static_cast<utf8proc_int32_t>(cp))) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_NL:
      return true;
    default:
      // Other_ID_Start
      return cp == 0x1885 || cp == 0x1886 || cp == 0x2118 || cp == 0x212E || cp == 0x309B ||
             cp == 0x309C;
  }
}

bool is_xid_continue(uint32_t cp) {
  if (is_xid_start(cp)) return true;
  switch (utf8proc_category(static_cast<utf8proc_int32_t>(cp))) {
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC:
    case UTF8PROC_CATEGORY_ND:
    case UTF8PROC_CATEGORY_PC:
      return true;
    default:
      // Other_ID_Continue
      return cp == 0xB7 || cp == 0x387 || (cp >= 0x1369 && cp <= 0x1371) || cp == 0x19DA;
  }
}

class Lexer {
 public:
  explicit Lexer(const Source& src) : src_(src), cur_(src.text()), line_start_(src.text()) {
    indstack_[0] = altindstack_[0] = 0;
  }

  ast::Seq<Token> run(SyntaxError* error) {
    try {
      for (;;) {
        if (atbol_) {
          atbol_ = false;
          if (!indentation()) continue;  // a blank line or comment-only line
        }
        if (scan_one()) break;
      }
    } catch (LexError& le) {
      *error = le.e;
      Token t = make(ERRORTOKEN, cur_, cur_);
      t.lineno = t.end_lineno = le.e.lineno;
      t.col = le.e.col;
      t.end_col = le.e.end_col;
      toks_.push(t);
    }
    return toks_;
  }

 private:
  const Source& src_;
  const char* cur_;         // next byte to read
  const char* line_start_;  // start of the current physical line
  int lineno_ = 1;
  bool atbol_ = true;
  bool eof_tokens_ = false;  // finish() is making up the tokens at the end of the input
  int indent_ = 0;
  int indstack_[kMaxIndent + 1];
  int altindstack_[kMaxIndent + 1];
  char parens_[kMaxLevel + 1];
  int parenline_[kMaxLevel + 1];
  int parencol_[kMaxLevel + 1];
  int level_ = 0;
  bool line_has_tokens_ = false;
  ast::Seq<Token> toks_{};

  int col_of(const char* p) const { return static_cast<int>(p - line_start_); }

  Token make(int type, const char* b, const char* e) {
    Token t{};
    t.type = type;
    t.lineno = t.end_lineno = lineno_;
    t.col = col_of(b);
    t.end_col = col_of(e);
    t.start = b;
    t.end = e;
    t.level = level_;
    t.at_eof = eof_tokens_;
    return t;
  }

  [[noreturn]] void fail(const char* type, std::string msg, int lineno, int col, int end_lineno,
                         int end_col) {
    LexError le;
    le.e.type = type;
    le.e.msg = std::move(msg);
    le.e.lineno = lineno;
    le.e.col = col;
    le.e.end_lineno = end_lineno;
    le.e.end_col = end_col;
    throw le;
  }
  [[noreturn]] void fail_here(std::string msg, const char* p) {
    fail("SyntaxError", std::move(msg), lineno_, col_of(p), lineno_, col_of(p));
  }

  void newline_at(const char* after_nl) {
    ++lineno_;
    line_start_ = after_nl;
  }

  // At the beginning of a logical line: measure the indentation, emit INDENT/DEDENT tokens.
  // Returns false when the line is blank or holds only a comment (nothing to emit).
  bool indentation() {
    int col = 0, altcol = 0;
    const char* p = cur_;
    for (;; ++p) {
      if (*p == ' ') {
        ++col;
        ++altcol;
      } else if (*p == '\t') {
        col = (col / kTabSize + 1) * kTabSize;
        ++altcol;
      } else if (*p == '\014') {
        col = altcol = 0;
      } else {
        break;
      }
    }
    const char* first = p;
    cur_ = p;
    if (*p == '#' || *p == '\n' || (*p == '\0' && p == src_.text() + src_.size())) {
      // Blank line: no indentation processing. (A comment is skipped by the scanner.)
      if (*p == '\n') {
        cur_ = p + 1;
        newline_at(cur_);
        atbol_ = true;
        return false;
      }
      if (*p == '#') {
        while (*cur_ && *cur_ != '\n') ++cur_;
        if (*cur_ == '\n') {
          ++cur_;
          newline_at(cur_);
          atbol_ = true;
          return false;
        }
      }
      return true;  // end of file: let the scanner emit the end tokens
    }
    if (*p == '\\') return true;  // a continuation line at the start: the scanner handles it
    if (level_ > 0) return true;
    if (col == indstack_[indent_]) {
      if (altcol != altindstack_[indent_]) tab_error(first);
    } else if (col > indstack_[indent_]) {
      if (indent_ + 1 >= kMaxIndent)
        fail("IndentationError", "too many levels of indentation", lineno_, col_of(first),
             lineno_, -1);
      if (altcol <= altindstack_[indent_]) tab_error(first);
      ++indent_;
      indstack_[indent_] = col;
      altindstack_[indent_] = altcol;
      Token t = make(INDENT, line_start_, first);
      t.col = col_of(first) - 1;
      t.end_col = -1;
      toks_.push(t);
    } else {
      while (indent_ > 0 && col < indstack_[indent_]) {
        --indent_;
        toks_.push(make(DEDENT, first, first));
      }
      if (col != indstack_[indent_]) {
        const char* eol = first;
        while (*eol && *eol != '\n') ++eol;
        fail("IndentationError", "unindent does not match any outer indentation level", lineno_,
             col_of(eol), lineno_, -1);
      }
      if (altcol != altindstack_[indent_]) tab_error(first);
    }
    return true;
  }

  [[noreturn]] void tab_error(const char*) {
    fail("TabError", "inconsistent use of tabs and spaces in indentation", lineno_, 0, lineno_,
         -1);
  }

  void push(Token t) {
    line_has_tokens_ = true;
    toks_.push(t);
  }

  // End of input: NEWLINE if the last line had tokens, the DEDENTs, ENDMARKER. Returns true.
  bool finish(const char* p) {
    if (level_ > 0) {
      LexError le;
      le.e.msg = std::string("'") + parens_[level_ - 1] + "' was never closed";
      le.e.lineno = le.e.end_lineno = parenline_[level_ - 1];
      le.e.col = parencol_[level_ - 1];
      le.e.end_col = -1;
      le.e.unclosed_bracket = true;
      le.e.incomplete = SyntaxError::kOpen;
      throw le;
    }
    eof_tokens_ = true;
    if (line_has_tokens_ && level_ == 0) {
      toks_.push(make(NEWLINE, p, p));
    }
    if (level_ == 0) {
      // CPython reports DEDENTs and ENDMARKER on the line after the last one.
      if (p > src_.text() && p[-1] != '\n') {
        ++lineno_;
        line_start_ = p;
      } else if (p == src_.text() || p[-1] == '\n') {
        // already at the start of a fresh line
      }
      while (indent_ > 0) {
        --indent_;
        toks_.push(make(DEDENT, p, p));
      }
    }
    toks_.push(make(ENDMARKER, p, p));
    return true;
  }

  void open_bracket(char c, const char* p) {
    if (level_ >= kMaxLevel) fail_here("too many nested parentheses", p);
    parens_[level_] = c;
    parenline_[level_] = lineno_;
    parencol_[level_] = col_of(p);
    ++level_;
  }

  void close_bracket(char c, const char* p) {
    if (level_ == 0) fail_here(std::string("unmatched '") + c + "'", p);
    --level_;
    char open = parens_[level_];
    if ((open == '(' && c != ')') || (open == '[' && c != ']') || (open == '{' && c != '}')) {
      std::string msg = std::string("closing parenthesis '") + c +
                        "' does not match opening parenthesis '" + open + "'";
      if (parenline_[level_] != lineno_) msg += " on line " + std::to_string(parenline_[level_]);
      fail_here(msg, p);
    }
  }

  // A name: verify non-ASCII characters, NFKC-normalize.
  void name_token(const char* b, const char* e) {
    Token t = make(NAME, b, e);
    bool ascii = true;
    for (const char* q = b; q < e; ++q)
      if (static_cast<unsigned char>(*q) >= 0x80) ascii = false;
    if (ascii) {
      t.name = ast::intern_copy(b, e - b);
      push(t);
      return;
    }
    size_t n = e - b, i = 0;
    bool first = true;
    while (i < n) {
      size_t at = i;
      uint32_t cp = utf8_decode(b, n, &i);
      if (!(first ? is_xid_start(cp) : is_xid_continue(cp))) {
        std::string msg;
        if (unicode_isprintable(cp)) {
          msg = "invalid character '";
          utf8_append(msg, cp);
          char hex[16];
          std::snprintf(hex, sizeof hex, "' (U+%04X)", cp);
          msg += hex;
        } else {
          char hex[48];
          std::snprintf(hex, sizeof hex, "invalid non-printable character U+%04X", cp);
          msg = hex;
        }
        fail_here(msg, b + at);
      }
      first = false;
    }
    utf8proc_uint8_t* norm = utf8proc_NFKC(reinterpret_cast<const utf8proc_uint8_t*>(
        std::string(b, e).c_str()));
    if (norm) {
      t.name = ast::intern_copy(reinterpret_cast<const char*>(norm),
                                std::strlen(reinterpret_cast<const char*>(norm)));
      std::free(norm);
    } else {
      t.name = ast::intern_copy(b, e - b);
    }
    push(t);
  }

  // After a number: a following letter or digit makes it invalid, as in CPython's
  // verify_end_of_number. Keywords that may follow a number (1if x else y) are allowed.
  void check_number_end(const char* b, const char* e, const char* kind) {
    unsigned char c = static_cast<unsigned char>(*e);
    bool idchar = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                  c == '_' || c >= 0x80;
    if (!idchar) return;
    static const char* const kws[] = {"and", "else", "for", "if", "in", "is", "not", "or"};
    for (const char* kw : kws) {
      size_t n = std::strlen(kw);
      if (!std::strncmp(e, kw, n)) {
        unsigned char d = static_cast<unsigned char>(e[n]);
        bool more = (d >= 'a' && d <= 'z') || (d >= 'A' && d <= 'Z') || (d >= '0' && d <= '9') ||
                    d == '_' || d >= 0x80;
        if (!more) return;
      }
    }
    fail_here(std::string("invalid ") + kind + " literal", b);
  }

  // A number whose literal ended badly (0x, 0o8, 1_, ...): CPython's message for it.
  [[noreturn]] void bad_number(const char* b) {
    const char* p = b;
    if (p[0] == '0' && (p[1] == 'x' || p[1] == 'X')) fail_here("invalid hexadecimal literal", p + 1);
    if (p[0] == '0' && (p[1] == 'o' || p[1] == 'O')) {
      const char* q = p + 2;
      while ((*q >= '0' && *q <= '7') || *q == '_') ++q;
      if (*q >= '8' && *q <= '9')
        fail_here(std::string("invalid digit '") + *q + "' in octal literal", q);
      fail_here("invalid octal literal", p + 1);
    }
    if (p[0] == '0' && (p[1] == 'b' || p[1] == 'B')) {
      const char* q = p + 2;
      while (*q == '0' || *q == '1' || *q == '_') ++q;
      if (*q >= '2' && *q <= '9')
        fail_here(std::string("invalid digit '") + *q + "' in binary literal", q);
      fail_here("invalid binary literal", p + 1);
    }
    const char* q = p;
    while ((*q >= '0' && *q <= '9') || *q == '_') {
      if (*q == '_' && !(q[1] >= '0' && q[1] <= '9')) fail_here("invalid decimal literal", q);
      ++q;
    }
    fail_here("invalid decimal literal", b);
  }

  // The body of a string literal: cur_ is just past the opening quote(s).
  void string_token(const char* b, char quote, bool triple) {
    int start_line = lineno_;
    int start_col = col_of(b);
    const char* p = cur_;
    for (;;) {
      char c = *p;
      if (c == '\0' && p == src_.text() + src_.size()) {
        // The empty "line" after a final newline is not counted.
        if (p > src_.text() && p[-1] == '\n' && lineno_ > start_line) --lineno_;
        if (triple) {
          LexError le;
          le.e.msg = "unterminated triple-quoted string literal (detected at line " +
                     std::to_string(lineno_) + ")";
          le.e.lineno = le.e.end_lineno = start_line;
          le.e.col = le.e.end_col = start_col;
          le.e.incomplete = SyntaxError::kOpen;
          throw le;
        }
        fail("SyntaxError",
             "unterminated string literal (detected at line " + std::to_string(lineno_) + ")",
             start_line, start_col, start_line, start_col);
      }
      if (c == '\n') {
        if (!triple)
          fail("SyntaxError",
               "unterminated string literal (detected at line " + std::to_string(lineno_) + ")",
               start_line, start_col, start_line, start_col);
        newline_at(p + 1);
        ++p;
        continue;
      }
      if (c == '\\') {
        if (p[1] == '\n') {
          newline_at(p + 2);
          p += 2;
          continue;
        }
        if (p[1] != '\0') {
          p += 2;
          continue;
        }
        ++p;
        continue;
      }
      if (c == quote) {
        if (!triple) {
          ++p;
          break;
        }
        if (p[1] == quote && p[2] == quote) {
          p += 3;
          break;
        }
      }
      ++p;
    }
    Token t{};
    t.type = STRING;
    t.lineno = start_line;
    t.col = start_col;
    t.end_lineno = lineno_;
    t.end_col = col_of(p);
    t.start = b;
    t.end = p;
    t.level = level_;
    push(t);
    cur_ = p;
  }

  // Scans one token (or skips whitespace, a comment, a continuation). Returns true at the end.
  bool scan_one();
};

bool Lexer::scan_one() {
  const char* YYCURSOR = cur_;
  const char* YYMARKER = nullptr;
  const char* b;
  (void)YYMARKER;
  for (;;) {
    b = YYCURSOR;
#define TOK(type)                            \
  do {                                       \
    cur_ = YYCURSOR;                         \
    push(make(type, b, YYCURSOR));           \
    return false;                            \
  } while (0)
#define OPEN(type, ch)                       \
  do {                                       \
    open_bracket(ch, b);                     \
    cur_ = YYCURSOR;                         \
    Token t = make(type, b, YYCURSOR);       \
    t.level = level_ - 1;                    \
    push(t);                                 \
    return false;                            \
  } while (0)
#define CLOSE(type, ch)                      \
  do {                                       \
    close_bracket(ch, b);                    \
    cur_ = YYCURSOR;                         \
    push(make(type, b, YYCURSOR));           \
    return false;                            \
  } while (0)
    /*!re2c
      re2c:define:YYCTYPE = "unsigned char";
      re2c:define:YYCURSOR = "YYCURSOR";
      re2c:yyfill:enable = 0;
      re2c:api:style = free-form;
      re2c:define:YYPEEK = "static_cast<unsigned char>(*YYCURSOR)";
      re2c:define:YYSKIP = "++YYCURSOR;";
      re2c:define:YYBACKUP = "YYMARKER = YYCURSOR;";
      re2c:define:YYRESTORE = "YYCURSOR = YYMARKER;";

      idstart  = [a-zA-Z_\x80-\xff];
      idcont   = [a-zA-Z0-9_\x80-\xff];
      digit    = [0-9];
      digitpart = digit ("_"? digit)*;
      decint   = [1-9] ("_"? digit)* | "0"+ ("_"? "0")*;
      hexint   = "0" [xX] ("_"? [0-9a-fA-F])+;
      octint   = "0" [oO] ("_"? [0-7])+;
      binint   = "0" [bB] ("_"? [01])+;
      pointfloat = digitpart? "." digitpart | digitpart ".";
      exponent = [eE] [+-]? digitpart;
      floatnum = pointfloat exponent? | digitpart exponent;
      imagnum  = (floatnum | digitpart) [jJ];
      strprefix = [rRuUbBfF] | [rR][bBfF] | [bBfF][rR];

      "\x00" {
        if (b == src_.text() + src_.size()) return finish(b);
        fail_here("source code cannot contain null bytes", b);
      }
      [ \t\014]+ { continue; }
      "#" [^\n\x00]* { continue; }
      "\\" "\n" { newline_at(YYCURSOR); continue; }
      "\\" {
        if (*YYCURSOR == '\0' && YYCURSOR == src_.text() + src_.size())
          fail_here("unexpected EOF while parsing", b);
        fail("SyntaxError", "unexpected character after line continuation character", lineno_,
             col_of(b) + 1, lineno_, -1);
      }
      "\n" {
        if (level_ > 0) { newline_at(YYCURSOR); continue; }
        Token t = make(NEWLINE, b, b);
        toks_.push(t);
        line_has_tokens_ = false;
        newline_at(YYCURSOR);
        cur_ = YYCURSOR;
        atbol_ = true;
        return false;
      }

      "False"    { TOK(KW_FALSE); }
      "None"     { TOK(KW_NONE); }
      "True"     { TOK(KW_TRUE); }
      "and"      { TOK(KW_AND); }
      "as"       { TOK(KW_AS); }
      "assert"   { TOK(KW_ASSERT); }
      "async"    { TOK(KW_ASYNC); }
      "await"    { TOK(KW_AWAIT); }
      "break"    { TOK(KW_BREAK); }
      "class"    { TOK(KW_CLASS); }
      "continue" { TOK(KW_CONTINUE); }
      "def"      { TOK(KW_DEF); }
      "del"      { TOK(KW_DEL); }
      "elif"     { TOK(KW_ELIF); }
      "else"     { TOK(KW_ELSE); }
      "except"   { TOK(KW_EXCEPT); }
      "finally"  { TOK(KW_FINALLY); }
      "for"      { TOK(KW_FOR); }
      "from"     { TOK(KW_FROM); }
      "global"   { TOK(KW_GLOBAL); }
      "if"       { TOK(KW_IF); }
      "import"   { TOK(KW_IMPORT); }
      "in"       { TOK(KW_IN); }
      "is"       { TOK(KW_IS); }
      "lambda"   { TOK(KW_LAMBDA); }
      "nonlocal" { TOK(KW_NONLOCAL); }
      "not"      { TOK(KW_NOT); }
      "or"       { TOK(KW_OR); }
      "pass"     { TOK(KW_PASS); }
      "raise"    { TOK(KW_RAISE); }
      "return"   { TOK(KW_RETURN); }
      "try"      { TOK(KW_TRY); }
      "while"    { TOK(KW_WHILE); }
      "with"     { TOK(KW_WITH); }
      "yield"    { TOK(KW_YIELD); }

      idstart idcont* { cur_ = YYCURSOR; name_token(b, YYCURSOR); return false; }

      strprefix? ["'] {
        char q = static_cast<char>(YYCURSOR[-1]);
        bool triple = YYCURSOR[0] == q && YYCURSOR[1] == q;
        cur_ = triple ? YYCURSOR + 2 : YYCURSOR;
        string_token(b, q, triple);
        return false;
      }

      decint | hexint | octint | binint {
        const char* kind = "decimal";
        if (b[0] == '0' && (b[1] == 'x' || b[1] == 'X')) kind = "hexadecimal";
        else if (b[0] == '0' && (b[1] == 'o' || b[1] == 'O')) kind = "octal";
        else if (b[0] == '0' && (b[1] == 'b' || b[1] == 'B')) kind = "binary";
        if (*YYCURSOR == '_' || ((*YYCURSOR >= '0' && *YYCURSOR <= '9') && kind[0] != 'd'))
          bad_number(b);
        check_number_end(b, YYCURSOR, kind);
        TOK(NUMBER);
      }
      "0" ("_"? digit)+ {
        if (*YYCURSOR == '_') bad_number(b);
        fail("SyntaxError",
             "leading zeros in decimal integer literals are not permitted; use an 0o prefix for "
             "octal integers",
             lineno_, col_of(b), lineno_, col_of(b) + 1);
      }
      floatnum {
        if (*YYCURSOR == '_') bad_number(b);
        if (*YYCURSOR == 'e' || *YYCURSOR == 'E') fail_here("invalid decimal literal", b);
        check_number_end(b, YYCURSOR, "decimal");
        TOK(NUMBER);
      }
      imagnum {
        check_number_end(b, YYCURSOR, "imaginary");
        TOK(NUMBER);
      }
      "0" [xXoObB] | digit+ "_" { bad_number(b); }
      digitpart [eE] { fail_here("invalid decimal literal", b); }

      "("   { OPEN(LPAR, '('); }
      "["   { OPEN(LSQB, '['); }
      "{"   { OPEN(LBRACE, '{'); }
      ")"   { CLOSE(RPAR, ')'); }
      "]"   { CLOSE(RSQB, ']'); }
      "}"   { CLOSE(RBRACE, '}'); }
      ":"   { TOK(COLON); }
      ","   { TOK(COMMA); }
      ";"   { TOK(SEMI); }
      "+"   { TOK(PLUS); }
      "-"   { TOK(MINUS); }
      "*"   { TOK(STAR); }
      "/"   { TOK(SLASH); }
      "|"   { TOK(VBAR); }
      "&"   { TOK(AMPER); }
      "<"   { TOK(LESS); }
      ">"   { TOK(GREATER); }
      "="   { TOK(EQUAL); }
      "."   { TOK(DOT); }
      "%"   { TOK(PERCENT); }
      "=="  { TOK(EQEQUAL); }
      "!="  { TOK(NOTEQUAL); }
      "<="  { TOK(LESSEQUAL); }
      ">="  { TOK(GREATEREQUAL); }
      "~"   { TOK(TILDE); }
      "^"   { TOK(CIRCUMFLEX); }
      "<<"  { TOK(LEFTSHIFT); }
      ">>"  { TOK(RIGHTSHIFT); }
      "**"  { TOK(DOUBLESTAR); }
      "+="  { TOK(PLUSEQUAL); }
      "-="  { TOK(MINEQUAL); }
      "*="  { TOK(STAREQUAL); }
      "/="  { TOK(SLASHEQUAL); }
      "%="  { TOK(PERCENTEQUAL); }
      "&="  { TOK(AMPEREQUAL); }
      "|="  { TOK(VBAREQUAL); }
      "^="  { TOK(CIRCUMFLEXEQUAL); }
      "<<=" { TOK(LEFTSHIFTEQUAL); }
      ">>=" { TOK(RIGHTSHIFTEQUAL); }
      "**=" { TOK(DOUBLESTAREQUAL); }
      "//"  { TOK(DOUBLESLASH); }
      "//=" { TOK(DOUBLESLASHEQUAL); }
      "@"   { TOK(AT); }
      "@="  { TOK(ATEQUAL); }
      "->"  { TOK(RARROW); }
      "..." { TOK(ELLIPSIS); }
      ":="  { TOK(COLONEQUAL); }
      *     { TOK(UNKNOWN_CHAR); }
    */
#undef TOK
#undef OPEN
#undef CLOSE
  }
}

}  // namespace

ast::Seq<Token> tokenize(const Source& src, SyntaxError* error) {
  Lexer lx(src);
  return lx.run(error);
}

}  // namespace slotpy::syntax
