// Stage: core.
#include "core/diagnostic.hpp"

#include "core/messages.hpp"
#include "core/utf8.hpp"

#include <fmt/args.h>

#include <algorithm>
#include <deque>
#include <mutex>
#include <unordered_map>
#include <vector>

namespace vanban {

namespace {

// The names behind FileRef: ids from 1; entries are never removed or moved
// (a deque), so a name found under the lock stays valid after it.
struct FileTable {
  std::mutex mutex;
  std::deque<std::shared_ptr<const std::string>> names;
  std::unordered_map<const std::string*, uint32_t> by_address;  // each name kept alive in `kept`
  std::unordered_map<std::string, uint32_t> by_name;
  std::vector<std::shared_ptr<const std::string>> kept;
};

FileTable& file_table() {
  static FileTable* table = new FileTable();  // never destroyed: positions outlive static destructors
  return *table;
}

}  // namespace

FileRef::FileRef(const std::shared_ptr<const std::string>& name) {
  if (!name) return;
  // A reader makes every position of a file from one shared name.
  thread_local const std::string* last = nullptr;
  thread_local uint32_t last_id = 0;
  if (name.get() == last) {
    id_ = last_id;
    return;
  }
  FileTable& t = file_table();
  std::lock_guard<std::mutex> lock(t.mutex);
  if (auto it = t.by_address.find(name.get()); it != t.by_address.end()) {
    id_ = it->second;
  } else {
    auto [named, fresh] = t.by_name.emplace(*name, static_cast<uint32_t>(t.names.size() + 1));
    if (fresh) t.names.push_back(name);
    id_ = named->second;
    t.by_address.emplace(name.get(), id_);
    t.kept.push_back(name);  // its address can never be another name's
  }
  last = name.get();
  last_id = id_;
}

const std::string& FileRef::operator*() const {
  static const std::string none;
  if (id_ == 0) return none;
  FileTable& t = file_table();
  std::lock_guard<std::mutex> lock(t.mutex);
  return *t.names[id_ - 1];
}

std::shared_ptr<const std::string> FileRef::shared() const {
  if (id_ == 0) return nullptr;
  FileTable& t = file_table();
  std::lock_guard<std::mutex> lock(t.mutex);
  return t.names[id_ - 1];
}

const std::string& SourcePos::file_name() const { return *file; }

std::string escape_controls(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c >= 0x20 && c < 0x7F) {
      out += static_cast<char>(c);
      ++i;
      continue;
    }
    if (c < 0x80) {
      switch (c) {
        case '\n': out += "\\n"; break;
        case '\t': out += "\\t"; break;
        case '\r': out += "\\r"; break;
        default: out += fmt::format("\\x{:02X}", c);
      }
      ++i;
      continue;
    }
    const size_t start = i;
    const char32_t cp = utf8::decode(text, i);
    if (cp == 0xFFFD && text.substr(start, i - start) != "\xEF\xBF\xBD") {
      out += fmt::format("\\x{:02X}", c);  // not UTF-8: decode() moved one byte
    } else if (cp >= 0x80 && cp <= 0x9F) {
      out += fmt::format("\\u{:04X}", static_cast<unsigned>(cp));
    } else {
      out.append(text, start, i - start);
    }
  }
  return out;
}

namespace {

// A floating-point argument in Vietnamese: `12,5`, not `12.5`.
struct ViDouble {
  double value = 0;
};

std::string grouped(unsigned long long n, char sep) {
  std::string digits = std::to_string(n), out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += sep;
    out += digits[i];
  }
  return out;
}

}  // namespace
}  // namespace vanban

template <>
struct fmt::formatter<vanban::ViDouble> {
  std::string spec;
  constexpr auto parse(format_parse_context& ctx) {
    auto it = ctx.begin();
    while (it != ctx.end() && *it != '}') spec += *it++;
    return it;
  }
  auto format(const vanban::ViDouble& v, format_context& ctx) const {
    std::string s = fmt::format(fmt::runtime("{:" + spec + "}"), v.value);
    for (char& c : s) {
      if (c == '.') c = ',';
    }
    return std::copy(s.begin(), s.end(), ctx.out());
  }
};

namespace vanban {

std::string MessageText::str(Lang lang) const {
  if (!msg) return {};
  fmt::dynamic_format_arg_store<fmt::format_context> store;
  for (const MessageArg& a : args) {
    if (const auto* s = std::get_if<std::string>(&a)) {
      store.push_back(std::string_view(*s));
    } else if (const auto* i = std::get_if<long long>(&a)) {
      store.push_back(*i);
    } else if (const auto* u = std::get_if<unsigned long long>(&a)) {
      store.push_back(*u);
    } else if (const auto* d = std::get_if<double>(&a)) {
      if (lang == Lang::vi) store.push_back(ViDouble{*d});
      else store.push_back(*d);
    } else if (const auto* t = std::get_if<Term>(&a)) {
      store.push_back(t->msg ? translate(*t->msg, lang) : std::string_view());
    } else if (const auto* p = std::get_if<Phrase>(&a)) {
      store.push_back(std::string_view(lang == Lang::vi ? p->vi : p->en));
    } else if (const auto* c = std::get_if<Count>(&a)) {
      store.push_back(grouped(c->n, lang == Lang::vi ? '.' : ','));
    }
  }
  std::string out;
  try {
    out = fmt::vformat(translate(*msg, lang), store);
  } catch (const fmt::format_error&) {
    // A translation whose placeholders do not fit (the build checks po/en.po,
    // so only a transitional English text in the code): the source text.
    out = fmt::vformat(msg->vi, store);
  }
  for (const MessageText& m : more) out += m.str(lang);
  return out;
}

std::string Diagnostic::format(Lang lang) const {
  std::string out;
  if (pos.known()) {
    out += escape_controls(*pos.file);
    if (pos.line > 0) {
      out += fmt::format(":{}:{}", pos.line, pos.column > 0 ? pos.column : 1);
    }
    out += ": ";
  } else {
    out += "vanban: ";
  }
  switch (severity) {
    case Severity::error: out += lang == Lang::vi ? "lỗi: " : "error: "; break;
    case Severity::warning: out += lang == Lang::vi ? "cảnh báo: " : "warning: "; break;
    case Severity::note: out += lang == Lang::vi ? "ghi chú: " : "note: "; break;
  }
  out += escape_controls(text(lang));
  if (const std::string h = hint(lang); !h.empty()) {
    out += lang == Lang::vi ? "\n  gợi ý: " : "\n  hint: ";
    out += escape_controls(h);
  }
  return out;
}

void Diagnostics::add(Diagnostic d) {
  if (d.severity == Severity::error) ++errors_;
  items_.push_back(std::move(d));
}

void Diagnostics::append(const Diagnostics& other) {
  for (const auto& d : other.items_) add(d);
}

std::string Diagnostics::format(Lang lang) const {
  std::string out;
  for (const auto& d : items_) {
    out += d.format(lang);
    out += '\n';
  }
  return out;
}

int edit_distance(std::string_view a, std::string_view b) {
  std::vector<int> prev(b.size() + 1), cur(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) prev[j] = static_cast<int>(j);
  for (size_t i = 1; i <= a.size(); ++i) {
    cur[0] = static_cast<int>(i);
    for (size_t j = 1; j <= b.size(); ++j) {
      int sub = prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, sub});
    }
    std::swap(prev, cur);
  }
  return prev[b.size()];
}

Diagnostic with_guess(Diagnostic d, std::string_view word, const std::vector<std::string>& candidates,
                      std::string (*shown)(const std::string&, const void*), const void* ctx) {
  std::string guess = closest_match(word, candidates);
  if (guess.empty()) return d;
  return with_hint(std::move(d), msg::kDidYouMean, shown ? shown(guess, ctx) : guess);
}

std::string closest_match(std::string_view word, const std::vector<std::string>& candidates) {
  std::string best;
  int best_d = std::max<int>(2, static_cast<int>(word.size()) / 3) + 1;
  for (const auto& c : candidates) {
    // The distance is at least the difference in length: a candidate that cannot
    // come closer is not measured (a large table's data checks every row's keys).
    const size_t gap = word.size() > c.size() ? word.size() - c.size() : c.size() - word.size();
    if (gap >= static_cast<size_t>(best_d)) continue;
    int d = edit_distance(word, c);
    // A guess that shares nothing with the word (`xa` for `so`) helps nobody.
    int shorter = static_cast<int>(std::min(word.size(), c.size()));
    if (d < best_d && d < shorter) {
      best_d = d;
      best = c;
    }
  }
  return best;
}

}  // namespace vanban
