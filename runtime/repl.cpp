// The interactive loop (see repl.h).
//
// An input is complete when it compiles as one "single" statement, except that a compound
// statement (if, def, class, ..., or a decorator) goes on until a blank line, as at CPython's
// prompt. An input that ends too early (compile_interactive's `incomplete`) reads on: inside a
// bracket or a triple-quoted string even past blank lines; a statement that wants a block or a
// clause until a blank line, which then reports the error.
#include "runtime/repl.h"

#include <cstdio>
#include <string>

#include "runtime/compile_text.h"
#include "runtime/dictobject.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/frame.h"
#include "runtime/line_editor.h"
#include "runtime/moduleobject.h"
#include "runtime/signals.h"
#include "runtime/strobject.h"
#include "runtime/traceback.h"
#include "stdlib/fileobject.h"
#include "stdlib/sysmodule.h"

namespace slotpy {

namespace {

constexpr const char* kFilename = "<stdin>";

bool is_blank(const std::string& line) {
  for (char c : line)
    if (c != ' ' && c != '\t' && c != '\f' && c != '\r') return false;
  return true;
}

// Whether the input's first line starts a compound statement (which a blank line ends).
bool starts_block(const std::string& text) {
  size_t i = text.find_first_not_of(" \t");
  if (i == std::string::npos) return false;
  if (text[i] == '@') return true;
  size_t j = i;
  while (j < text.size() && (std::isalnum(static_cast<unsigned char>(text[j])) || text[j] == '_'))
    ++j;
  std::string word = text.substr(i, j - i);
  static const char* const kBlockWords[] = {"if", "while", "for", "try", "with", "def",
                                            "class", "async"};
  for (const char* w : kBlockWords)
    if (word == w) return true;
  if (word == "match") {  // a soft keyword: a block only when the line ends with ':'
    std::string first = text.substr(0, text.find('\n'));
    size_t hash = first.find('#');
    if (hash != std::string::npos) first.resize(hash);
    size_t end = first.find_last_not_of(" \t\r");
    return end != std::string::npos && first[end] == ':';
  }
  return false;
}

// The indentation to offer for the line after `line`: its own, four more after a ':'.
std::string next_indent(const std::string& line) {
  size_t lead = line.find_first_not_of(" \t");
  if (lead == std::string::npos) return "";
  std::string indent = line.substr(0, lead);
  std::string code = line;
  size_t hash = code.find('#');  // good enough for an editing aid
  if (hash != std::string::npos) code.resize(hash);
  size_t end = code.find_last_not_of(" \t\r");
  if (end != std::string::npos && code[end] == ':') indent += "    ";
  return indent;
}


// str(sys.ps1) / str(sys.ps2), or the default when unset or failing.
std::string prompt_text(const char* name, const char* fallback) {
  Object* saved = current_exception();
  try {
    Object* p = sys_get(name);
    if (p) {
      Object* s = str(p);
      if (is_str(s)) return str_utf8(static_cast<StrObject*>(s));
    }
  } catch (PyError&) {
  }
  set_current_exception(saved);
  return fallback;
}

void print_banner() {
  std::fprintf(stderr,
               "slotpy %s (Python 3.11 compatible, %s, %s) [GCC %s] on linux\n"
               "Type \"help\", \"copyright\", \"credits\" or \"license\" for more "
               "information.\n",
               SLOTPY_VERSION, __DATE__, __TIME__, __VERSION__);
}

// Reports an exception raised by an input; returns the exit status if it ends the session
// (SystemExit), else -1.
int report(Object* exc) {
  if (is_exception(exc) && is_subtype(type_of(exc), Exc_SystemExit))
    return system_exit_status(exc);
  // As CPython, sys.last_type / last_value / last_traceback keep it for post-mortems.
  DictObject* sd = module_dict(sys_module());
  dict_set_cstr(sd, "last_type", type_of(exc));
  dict_set_cstr(sd, "last_value", exc);
  Object* tb = is_exception(exc) && as_exc(exc)->traceback
                   ? static_cast<Object*>(as_exc(exc)->traceback) : Py_None;
  dict_set_cstr(sd, "last_traceback", tb);
  report_uncaught_exception(exc);
  return -1;
}

// Runs one complete input, compiled to `code` (nullptr: it ended too early, and compiling it
// as a whole statement raises the SyntaxError to show). Returns an exit status to end the
// session, or -1.
int run_input(const std::string& text, CodeObject* code, DictObject* globals) {
  try {
    if (!code) code = compile_text(text, kFilename, SourceMode::Single);
    eval_code(code, globals, globals);
  } catch (PyError&) {
    Object* exc = current_exception();
    clear_exception();
    return report(exc);
  }
  return -1;
}

}  // namespace

int run_repl(bool banner) {
  Object* main = dict_get_cstr(sys_modules(), "__main__");
  DictObject* globals = module_dict(main);
  DictObject* sd = module_dict(sys_module());
  if (!dict_get_cstr(sd, "ps1")) dict_set_cstr(sd, "ps1", str_from_cstr(">>> "));
  if (!dict_get_cstr(sd, "ps2")) dict_set_cstr(sd, "ps2", str_from_cstr("... "));
  if (banner) print_banner();
  LineEditor editor;
  std::string buffer, line, indent;
  for (;;) {
    flush_std_streams();
    std::string prompt = buffer.empty() ? prompt_text("ps1", ">>> ") : prompt_text("ps2", "... ");
    LineEditor::Status st = editor.read(prompt, buffer.empty() ? "" : indent, &line);
    if (st == LineEditor::kInterrupt) {
      std::fputs("\nKeyboardInterrupt\n", stderr);
      buffer.clear();
      continue;
    }
    bool eof = st == LineEditor::kEof;
    if (eof) {
      if (editor.is_terminal()) std::fputs("\n", stdout);
      if (buffer.empty()) break;
      line.clear();  // end of input in a continuation: the statement ends there
    } else {
      editor.remember(line);
    }
    if (buffer.empty() && is_blank(line)) continue;
    buffer += line;
    buffer += '\n';
    bool blank = is_blank(line);
    syntax::SyntaxError::Incomplete inc = syntax::SyntaxError::kComplete;
    CodeObject* code = nullptr;
    Object* error = nullptr;  // a SyntaxError that more lines cannot mend
    bool wants_more = false;
    try {
      code = compile_interactive(buffer, kFilename, &inc);
      if (code) wants_more = !blank && starts_block(buffer);
      else wants_more = inc == syntax::SyntaxError::kOpen || !blank;
    } catch (PyError&) {
      error = current_exception();
      clear_exception();
    }
    if (wants_more && !eof) {
      indent = next_indent(line);
      continue;
    }
    std::string text;
    text.swap(buffer);
    indent.clear();
    int status = error ? report(error) : run_input(text, code, globals);
    if (status >= 0) return status;
    if (eof) break;
  }
  return 0;
}

}  // namespace slotpy
