// A source file prepared for the lexer: decoded to UTF-8 (BOM and coding cookie honoured), newlines
// normalized to '\n', NUL-terminated, with a table of line starts for error messages.
#pragma once

#include <string>
#include <vector>

#include "compiler/syntax_error.h"

namespace slotpy::syntax {

class Source {
 public:
  // Prepares raw file bytes. On a decoding problem, throws SyntaxError.
  Source(std::string filename, const char* data, size_t len);

  const std::string& filename() const { return filename_; }
  const char* text() const { return text_; }
  size_t size() const { return size_; }
  int line_count() const { return static_cast<int>(line_starts_.size()); }
  // Line n (1-based) including its '\n' if it has one; empty past the end.
  std::string line(int n) const;
  size_t line_start(int n) const { return line_starts_[n - 1]; }

 private:
  std::string filename_;
  const char* text_ = nullptr;  // GC memory, NUL-terminated
  size_t size_ = 0;
  std::vector<size_t> line_starts_;
};

}  // namespace slotpy::syntax
