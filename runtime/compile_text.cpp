// Compiling source text, with the front end's errors as Python exceptions.
#include "runtime/compile_text.h"

#include <cstring>
#include <stdexcept>

#include "compiler/compile.h"
#include "compiler/parser.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/strobject.h"
#include "runtime/tupleobject.h"

namespace slotpy {

// A Python SyntaxError (or IndentationError/TabError) from the front end's error.
void raise_syntax_error(const syntax::SyntaxError& e, const syntax::Source* src,
                        const char* filename, bool eval_mode) {
  TypeObject* type = Exc_SyntaxError;
  if (!std::strcmp(e.type, "IndentationError")) type = Exc_IndentationError;
  else if (!std::strcmp(e.type, "TabError")) type = Exc_TabError;
  Object* text = Py_None;
  int offset = e.col + 1;
  int end_lineno = e.end_lineno ? e.end_lineno : e.lineno;
  int end_offset = 0;
  if (src && e.lineno > 0 && e.lineno <= src->line_count()) {
    std::string line = src->line(e.lineno);
    // exec/single input is compiled with a final newline (as CPython does).
    if (!eval_mode && (line.empty() || line.back() != '\n')) line += '\n';
    text = str_from(line);
    offset = syntax::char_offset(*src, e.lineno, e.col);
    if (e.end_col >= 0 && end_lineno > 0 && end_lineno <= src->line_count())
      end_offset = syntax::char_offset(*src, end_lineno, e.end_col);
  }
  Object* details = tuple_pack({str_from_cstr(filename), make_small_int(e.lineno),
                                make_small_int(offset), text, make_small_int(end_lineno),
                                make_small_int(end_offset)});
  Object* args[2] = {str_from(e.msg), details};
  raise(new_exception(type, args, 2));
}

void check_single_statement(const ast::Module* m);

// The one compiling path. With `incomplete` (the interactive loop), input that ended too early
// returns nullptr and says how instead of raising.
CodeObject* compile_source(const std::string& text, const char* filename, SourceMode mode,
                           syntax::SyntaxError::Incomplete* incomplete) {
  syntax::SyntaxError err;
  try {
    syntax::Source src(filename, text.data(), text.size());
    try {
      if (mode == SourceMode::Eval) {
        ast::Expr* e = syntax::parse_expression(src, &err);
        if (!e) raise_syntax_error(err, &src, filename, true);
        return compiler::compile_expression(e, filename);
      }
      ast::Module* m = syntax::parse_module(src, &err);
      if (!m) {
        if (incomplete && err.incomplete != syntax::SyntaxError::kComplete) {
          *incomplete = err.incomplete;
          return nullptr;
        }
        raise_syntax_error(err, &src, filename);
      }
      if (mode == SourceMode::Single) check_single_statement(m);
      return compiler::compile_module(
          m, filename, mode == SourceMode::Single ? compiler::CompileMode::Single
                                                  : compiler::CompileMode::Exec);
    } catch (syntax::SyntaxError& e) {
      raise_syntax_error(e, &src, filename, mode == SourceMode::Eval);
    }
  } catch (syntax::SyntaxError& e) {  // from decoding the source itself
    raise_syntax_error(e, nullptr, filename);
  } catch (std::runtime_error&) {  // CompileRecursionError, or the symbol table's depth limit
    raise_fmt(Exc_RecursionError, "maximum recursion depth exceeded during compilation");
  }
}

CodeObject* compile_text(const std::string& text, const char* filename, SourceMode mode) {
  return compile_source(text, filename, mode, nullptr);
}

namespace {

bool is_compound(ast::StmtKind k) {
  using K = ast::StmtKind;
  switch (k) {
    case K::FunctionDef: case K::AsyncFunctionDef: case K::ClassDef: case K::For:
    case K::AsyncFor: case K::While: case K::If: case K::With: case K::AsyncWith:
    case K::Match: case K::Try: case K::TryStar:
      return true;
    default:
      return false;
  }
}

}  // namespace

// "single" mode takes one statement: the simple statements of one line, or one compound
// statement (CPython's errors otherwise).
void check_single_statement(const ast::Module* m) {
  const ast::StmtSeq& body = m->body;
  if (body.size < 2) return;
  const ast::Stmt* first = body[0];
  syntax::SyntaxError e;
  if (is_compound(first->kind)) {
    e.msg = "invalid syntax";
    e.lineno = e.end_lineno = body[1]->pos.lineno;
    e.col = e.end_col = body[1]->pos.col_offset;
    throw e;
  }
  const ast::Stmt* last_on_line = first;
  for (int i = 1; i < body.size; ++i) {
    if (body[i]->pos.lineno != first->pos.end_lineno) {
      e.msg = "multiple statements found while compiling a single statement";
      e.lineno = e.end_lineno = last_on_line->pos.end_lineno;
      e.col = e.end_col = last_on_line->pos.end_col_offset;
      throw e;
    }
    last_on_line = body[i];
  }
}

namespace {

// Gives every code object of an interactive input its source text (for the traceback).
void attach_source(CodeObject* code, StrObject* source) {
  code->source = source;
  TupleObject* consts = code->consts;
  for (intptr_t i = 0; consts && i < consts->ob_size; ++i) {
    Object* c = consts->items[i];
    if (!is_small_int(c) && type_of(c) == &Code_Type) attach_source(static_cast<CodeObject*>(c), source);
  }
}

}  // namespace

CodeObject* compile_interactive(const std::string& text, const char* filename,
                                syntax::SyntaxError::Incomplete* incomplete) {
  *incomplete = syntax::SyntaxError::kComplete;
  CodeObject* code = compile_source(text, filename, SourceMode::Single, incomplete);
  if (code) attach_source(code, str_from(text));
  return code;
}

}  // namespace slotpy
