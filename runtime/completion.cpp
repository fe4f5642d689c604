// Tab completion (see completion.h).
#include "runtime/completion.h"

#include <algorithm>
#include <cctype>

#include "runtime/errors.h"
#include "runtime/listobject.h"
#include "runtime/moduleobject.h"
#include "runtime/strobject.h"

namespace slotpy {

namespace {

const char* const kKeywords[] = {
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
    "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
    "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise",
    "return", "try", "while", "with", "yield"};

bool is_word_char(unsigned char c) { return std::isalnum(c) || c == '_' || c >= 0x80; }

bool starts_with(const std::string& s, const std::string& prefix) {
  return s.compare(0, prefix.size(), prefix) == 0;
}

bool is_callable(Object* o) { return type_of(o)->tp_call != nullptr; }

// rlcompleter's decoration: "(" after a callable, ": " / " " after keywords.
std::string keyword_word(const std::string& kw) {
  if (kw == "finally" || kw == "try") return kw + ":";
  if (kw == "False" || kw == "None" || kw == "True" || kw == "break" || kw == "continue" ||
      kw == "pass" || kw == "else")
    return kw;
  return kw + " ";
}

void add_names(DictObject* d, const std::string& prefix, std::vector<std::string>* out) {
  if (!d) return;
  for (intptr_t i = 0; i < d->nentries; ++i) {
    Object* k = d->entries[i].key;
    Object* v = d->entries[i].value;
    if (!k || !v || !is_str(k)) continue;
    std::string name = str_utf8(static_cast<StrObject*>(k));
    if (!starts_with(name, prefix)) continue;
    out->push_back(is_callable(v) ? name + "(" : name);
  }
}

// The object named by a dotted name such as `a.b.c`, or nullptr.
Object* resolve_dotted(const std::string& expr, DictObject* globals) {
  size_t pos = 0;
  Object* obj = nullptr;
  while (pos <= expr.size()) {
    size_t dot = expr.find('.', pos);
    std::string part = expr.substr(pos, dot == std::string::npos ? std::string::npos : dot - pos);
    if (part.empty() || std::isdigit(static_cast<unsigned char>(part[0]))) return nullptr;
    for (unsigned char c : part)
      if (!is_word_char(c)) return nullptr;
    StrObject* name = intern(part.c_str());
    if (!obj) {
      obj = dict_get(globals, name);
      if (!obj) obj = dict_get(module_dict(create_module_builtins()), name);
    } else {
      obj = get_attr_or_null(obj, name);
    }
    if (!obj) return nullptr;
    if (dot == std::string::npos) break;
    pos = dot + 1;
  }
  return obj;
}

void attribute_matches(Object* obj, const std::string& expr, const std::string& prefix,
                       std::vector<std::string>* out) {
  Object* dir = dict_get_cstr(module_dict(create_module_builtins()), "dir");
  Object* names = call1(dir, obj);
  if (!is_list(names)) return;
  auto* l = static_cast<ListObject*>(names);
  for (intptr_t i = 0; i < l->size; ++i) {
    Object* n = l->items[i];
    if (!is_str(n)) continue;
    std::string name = str_utf8(static_cast<StrObject*>(n));
    if (!starts_with(name, prefix)) continue;
    // As rlcompleter: no private names unless asked for with "_", no dunders unless "__".
    if (prefix.empty() && name[0] == '_') continue;
    if (prefix == "_" && starts_with(name, "__")) continue;
    Object* v = get_attr_or_null(obj, intern(name.c_str()));
    std::string word = expr + "." + name;
    out->push_back(v && is_callable(v) ? word + "(" : word);
  }
}

}  // namespace

std::string common_prefix(const std::vector<std::string>& words) {
  if (words.empty()) return "";
  std::string p = words[0];
  for (const std::string& w : words) {
    size_t n = 0;
    while (n < p.size() && n < w.size() && p[n] == w[n]) ++n;
    p.resize(n);
  }
  return p;
}

Completions complete(const std::string& before, DictObject* globals) {
  Completions c;
  size_t start = before.size();
  while (start > 0 && (is_word_char(static_cast<unsigned char>(before[start - 1])) ||
                       before[start - 1] == '.'))
    --start;
  c.start = start;
  std::string word = before.substr(start);
  Object* saved = current_exception();
  try {
    size_t dot = word.rfind('.');
    if (dot != std::string::npos) {
      std::string expr = word.substr(0, dot);
      if (Object* obj = resolve_dotted(expr, globals))
        attribute_matches(obj, expr, word.substr(dot + 1), &c.words);
    } else if (!word.empty()) {
      for (const char* kw : kKeywords)
        if (starts_with(kw, word)) c.words.push_back(keyword_word(kw));
      add_names(globals, word, &c.words);
      add_names(module_dict(create_module_builtins()), word, &c.words);
    }
  } catch (PyError&) {
    // A failing attribute lookup completes nothing.
  }
  set_current_exception(saved);
  std::sort(c.words.begin(), c.words.end());
  c.words.erase(std::unique(c.words.begin(), c.words.end()), c.words.end());
  return c;
}

}  // namespace slotpy
