// Stage: core.
#include "core/diagnostic.hpp"

#include "core/messages.hpp"
#include "core/utf8.hpp"

#include <algorithm>

namespace vanban {

const std::string& SourcePos::file_name() const {
  static const std::string none;
  return file ? *file : none;
}

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
  if (!hint(lang).empty()) {
    out += lang == Lang::vi ? "\n  gợi ý: " : "\n  hint: ";
    out += escape_controls(hint(lang));
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
