// Line reading for the interactive loop (see line_editor.h).
#include "runtime/line_editor.h"

#include <histedit.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include <cerrno>
#include <clocale>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <cwchar>

#include "runtime/completion.h"
#include "runtime/moduleobject.h"
#include "runtime/repr.h"
#include "runtime/signals.h"
#include "stdlib/sysmodule.h"

namespace slotpy {

namespace {

constexpr int kHistorySize = 1000;
constexpr int kIndentWidth = 4;
const char kPasteOn[] = "\x1b[?2004h";
const char kPasteOff[] = "\x1b[?2004l";

// libedit calls back into plain functions: the one editor's state lives here.
struct Editor {
  EditLine* el = nullptr;
  History* hist = nullptr;
  HistEvent ev;
  std::string prompt;
  std::string auto_indent;     // what read() put in front of this line
  bool pasting = false;        // between the terminal's paste-start and paste-end marks
  std::string history_file;
  std::wstring last_tab_line;  // the line at the previous tab: a second tab lists candidates
  size_t last_tab_cursor = 0;
};
Editor* g_editor = nullptr;

std::string to_utf8(const wchar_t* b, const wchar_t* e) {
  std::string out;
  for (; b < e; ++b) utf8_append(out, static_cast<uint32_t>(*b));
  return out;
}

char* prompt_fn(EditLine*) { return g_editor->prompt.data(); }

// Reads one character (UTF-8 decoded). Ctrl-C (SIGINT, whose handler does not restart reads)
// ends el_gets with an error, which read() reports as kInterrupt.
int getc_fn(EditLine*, wchar_t* out) {
  auto get_byte = [](unsigned char* b) -> int {
    for (;;) {
      ssize_t n = ::read(STDIN_FILENO, b, 1);
      if (n == 1) return 1;
      if (n == 0) return 0;
      if (errno == EINTR) {
        if (g_interrupt_pending) return -1;
        continue;
      }
      return -1;
    }
  };
  unsigned char b;
  int r = get_byte(&b);
  if (r != 1) return r;
  uint32_t c = b;
  int more = b >= 0xF0 ? 3 : b >= 0xE0 ? 2 : b >= 0xC0 ? 1 : 0;
  if (more) c = b & (0x3F >> more);
  for (int i = 0; i < more; ++i) {
    if ((r = get_byte(&b)) != 1) return r;
    c = (c << 6) | (b & 0x3F);
  }
  *out = static_cast<wchar_t>(c);
  return 1;
}

// The text before the cursor.
std::wstring before_cursor(EditLine* el) {
  const LineInfoW* li = el_wline(el);
  return std::wstring(li->buffer, li->cursor);
}

bool all_spaces(const std::wstring& s) {
  for (wchar_t c : s)
    if (c != L' ') return false;
  return true;
}

// Backspace: in the indentation, back to the previous multiple of four spaces.
unsigned char backspace_fn(EditLine* el, int) {
  std::wstring before = before_cursor(el);
  if (before.empty()) return CC_ERROR;
  int n = 1;
  if (all_spaces(before)) {
    n = static_cast<int>(before.size() % kIndentWidth);
    if (n == 0) n = kIndentWidth;
  }
  el_deletestr(el, n);
  return CC_REFRESH;
}

int terminal_width() {
  struct winsize ws;
  if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0) return ws.ws_col;
  return 80;
}

// Prints the candidates in columns, sorted down the columns as readline does.
void list_candidates(const std::vector<std::string>& words) {
  size_t width = 0;
  for (const std::string& w : words) width = std::max(width, w.size());
  width += 2;
  size_t cols = std::max<size_t>(1, static_cast<size_t>(terminal_width()) / width);
  size_t rows = (words.size() + cols - 1) / cols;
  std::string out = "\n";
  for (size_t r = 0; r < rows; ++r) {
    for (size_t c = 0; c < cols; ++c) {
      size_t i = c * rows + r;
      if (i >= words.size()) break;
      out += words[i];
      if ((c + 1) * rows + r < words.size()) out.append(width - words[i].size(), ' ');
    }
    out += '\n';
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
  std::fflush(stdout);
}

// Tab: indentation at the start of a line, else completion (runtime/completion.h).
unsigned char complete_fn(EditLine* el, int) {
  Editor& ed = *g_editor;
  std::wstring before = before_cursor(el);
  if (all_spaces(before)) {
    std::string spaces(kIndentWidth - before.size() % kIndentWidth, ' ');
    el_insertstr(el, spaces.c_str());
    return CC_REFRESH;
  }
  const LineInfoW* li = el_wline(el);
  std::wstring whole(li->buffer, li->lastchar);
  bool second = whole == ed.last_tab_line && before.size() == ed.last_tab_cursor;
  ed.last_tab_line = whole;
  ed.last_tab_cursor = before.size();
  std::string text = to_utf8(before.data(), before.data() + before.size());
  Object* main = dict_get_cstr(sys_modules(), "__main__");
  if (!main || type_of(main) != &Module_Type) return CC_REFRESH_BEEP;
  Completions c = complete(text, module_dict(main));
  if (c.words.empty()) return CC_REFRESH_BEEP;
  std::string typed = text.substr(c.start);
  std::string common = c.words.size() == 1 ? c.words[0] : common_prefix(c.words);
  if (common.size() > typed.size()) {
    el_insertstr(el, common.substr(typed.size()).c_str());
    ed.last_tab_line.clear();
    return CC_REFRESH;
  }
  if (!second) return CC_REFRESH_BEEP;
  list_candidates(c.words);
  return CC_REDISPLAY;
}

// The terminal's bracketed-paste marks: no auto-indent for pasted lines, and the indent put in
// front of a line that the paste starts is taken back (the pasted text has its own).
unsigned char paste_start_fn(EditLine* el, int) {
  Editor& ed = *g_editor;
  ed.pasting = true;
  std::wstring before = before_cursor(el);
  const LineInfoW* li = el_wline(el);
  if (!ed.auto_indent.empty() && li->cursor == li->lastchar &&
      to_utf8(before.data(), before.data() + before.size()) == ed.auto_indent) {
    el_deletestr(el, static_cast<int>(before.size()));
    return CC_REFRESH;
  }
  return CC_NORM;
}

unsigned char paste_end_fn(EditLine*, int) {
  g_editor->pasting = false;
  return CC_NORM;
}

void write_str(const char* s) {
  ssize_t r = ::write(STDOUT_FILENO, s, std::strlen(s));
  (void)r;
}

}  // namespace

LineEditor::LineEditor() {
  terminal_ = isatty(STDIN_FILENO) && isatty(STDOUT_FILENO);
  if (!terminal_) return;
  std::setlocale(LC_CTYPE, "");
  auto* ed = new Editor;  // plain memory: it holds no object pointers
  g_editor = ed;
  ed->el = el_init("slotpy", stdin, stdout, stderr);
  ed->hist = history_init();
  history(ed->hist, &ed->ev, H_SETSIZE, kHistorySize);
  history(ed->hist, &ed->ev, H_SETUNIQUE, 1);
  if (const char* home = std::getenv("HOME"); home && *home) {
    ed->history_file = std::string(home) + "/.slotpy_history";
    history(ed->hist, &ed->ev, H_LOAD, ed->history_file.c_str());
  }
  EditLine* el = ed->el;
  el_set(el, EL_EDITOR, "emacs");
  el_set(el, EL_PROMPT, prompt_fn);
  el_set(el, EL_HIST, history, ed->hist);
  el_set(el, EL_GETCFN, getc_fn);
  el_set(el, EL_ADDFN, "slotpy-complete", "Complete or indent", complete_fn);
  el_set(el, EL_ADDFN, "slotpy-backspace", "Delete back (a whole indent)", backspace_fn);
  el_set(el, EL_ADDFN, "slotpy-paste-start", "Bracketed paste starts", paste_start_fn);
  el_set(el, EL_ADDFN, "slotpy-paste-end", "Bracketed paste ends", paste_end_fn);
  el_set(el, EL_BIND, "^I", "slotpy-complete", nullptr);
  el_set(el, EL_BIND, "^?", "slotpy-backspace", nullptr);
  el_set(el, EL_BIND, "^H", "slotpy-backspace", nullptr);
  el_set(el, EL_BIND, "^R", "em-inc-search-prev", nullptr);
  el_set(el, EL_BIND, "\\e[200~", "slotpy-paste-start", nullptr);
  el_set(el, EL_BIND, "\\e[201~", "slotpy-paste-end", nullptr);
  el_source(el, nullptr);  // ~/.editrc, as other libedit programs
}

LineEditor::~LineEditor() {
  if (!terminal_ || !g_editor) return;
  el_end(g_editor->el);
  history_end(g_editor->hist);
  delete g_editor;
  g_editor = nullptr;
}

LineEditor::Status LineEditor::read(const std::string& prompt, const std::string& indent,
                                    std::string* line) {
  line->clear();
  if (!terminal_) {
    // Piped input with -i: the prompt goes to stderr, the line is read as it is.
    std::fputs(prompt.c_str(), stderr);
    std::fflush(stderr);
    for (;;) {
      unsigned char c;
      ssize_t n = ::read(STDIN_FILENO, &c, 1);
      if (n == 1) {
        if (c == '\n') return kLine;
        *line += static_cast<char>(c);
        continue;
      }
      if (n < 0 && errno == EINTR) {
        if (take_interrupt()) return kInterrupt;
        continue;
      }
      return line->empty() ? kEof : kLine;
    }
  }
  Editor& ed = *g_editor;
  ed.prompt = prompt;
  ed.auto_indent = ed.pasting ? std::string() : indent;
  ed.last_tab_line.clear();
  if (!ed.auto_indent.empty()) el_push(ed.el, ed.auto_indent.c_str());
  write_str(kPasteOn);
  int count = 0;
  g_interrupt_pending = 0;
  const char* text = el_gets(ed.el, &count);
  write_str(kPasteOff);
  if (!text) {
    if (take_interrupt()) {
      el_reset(ed.el);
      ed.pasting = false;
      return kInterrupt;
    }
    return kEof;
  }
  *line = text;
  if (!line->empty() && line->back() == '\n') line->pop_back();
  return kLine;
}

void LineEditor::remember(const std::string& line) {
  if (!terminal_ || line.empty()) return;
  Editor& ed = *g_editor;
  history(ed.hist, &ed.ev, H_ENTER, line.c_str());
  if (!ed.history_file.empty()) history(ed.hist, &ed.ev, H_SAVE, ed.history_file.c_str());
}

}  // namespace slotpy
