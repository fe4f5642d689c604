#include "compiler/syntax_error.h"

#include "compiler/source.h"

namespace slotpy::syntax {

int char_offset(const Source& src, int lineno, int byte_col) {
  std::string line = src.line(lineno);
  if (byte_col < 0) return byte_col + 1;
  int chars = 0;
  for (int i = 0; i < byte_col && i < static_cast<int>(line.size()); ++i)
    if ((static_cast<unsigned char>(line[i]) & 0xC0) != 0x80) ++chars;
  if (byte_col > static_cast<int>(line.size())) chars += byte_col - static_cast<int>(line.size());
  return chars + 1;
}

std::string format_syntax_error(const SyntaxError& e, const Source& src) {
  std::string out = "  File \"" + src.filename() + "\", line " + std::to_string(e.lineno) + "\n";
  std::string text = src.line(e.lineno);
  if (!text.empty()) {
    long offset = char_offset(src, e.lineno, e.col);
    long end_offset = e.end_col < 0 ? -1 : char_offset(src, e.end_lineno, e.end_col);
    long line_size = static_cast<long>(text.size());
    if (e.end_lineno > e.lineno) end_offset = line_size;
    if (end_offset > line_size + 1) end_offset = line_size + 1;
    long carets = (end_offset > 0 && end_offset > offset) ? end_offset - offset : 1;
    // CPython draws a single caret for indentation errors.
    if (std::string(e.type) != "SyntaxError") carets = 1;

    // Print the line without its leading white space; the caret moves with it.
    size_t t = 0;
    offset -= 1;
    while (t < text.size() && (text[t] == ' ' || text[t] == '\t' || text[t] == '\f')) {
      ++t;
      --offset;
    }
    std::string shown = text.substr(t);
    long len = static_cast<long>(shown.size());
    if (len > 0 && shown[len - 1] == '\n') --len;
    if (offset > len) offset = len;
    out += "    ";
    out += shown;
    if (shown.empty() || shown.back() != '\n') out += '\n';
    if (offset >= 0) {
      out += "    ";
      out.append(offset, ' ');
      out.append(carets, '^');
      out += '\n';
    }
  }
  out += e.type;
  out += ": ";
  out += e.msg;
  out += '\n';
  return out;
}

}  // namespace slotpy::syntax
