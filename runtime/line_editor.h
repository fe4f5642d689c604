// Reading the interactive loop's lines. On a terminal: libedit (BSD-licensed, from Debian's
// libedit-dev) with emacs keys, history kept in ~/.slotpy_history (the last 1000 lines) and
// searched with Ctrl-R, tab completion (runtime/completion.h; two tabs list the candidates),
// auto-indent after a ':' line (four spaces, one backspace removes them) that stays off while
// the terminal reports a bracketed paste. Elsewhere (`slotpy -i` with piped input): plain
// line reads, the prompt written to stderr as CPython does.
#pragma once

#include <string>


namespace slotpy {

class LineEditor {
 public:
  enum Status { kLine, kEof, kInterrupt };

  // Completion looks at the names of sys.modules['__main__'].
  LineEditor();
  ~LineEditor();
  LineEditor(const LineEditor&) = delete;
  LineEditor& operator=(const LineEditor&) = delete;

  // Reads one line (without its newline) after showing `prompt`; `indent` is put in front of
  // what the user types (auto-indent) unless text is being pasted.
  Status read(const std::string& prompt, const std::string& indent, std::string* line);
  // Adds a line to the history (and writes the history file).
  void remember(const std::string& line);
  bool is_terminal() const { return terminal_; }

 private:
  bool terminal_ = false;
};

}  // namespace slotpy
