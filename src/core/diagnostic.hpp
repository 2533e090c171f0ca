// Stage: core.
// User-facing problems as values: a position, a message in Vietnamese and English, a hint.
#pragma once

#include "core/source.hpp"

#include <fmt/format.h>

#include <string>
#include <string_view>
#include <vector>

namespace vanban {

enum class Severity { error = 0, warning, note };
enum class Lang { vi = 0, en };

// One entry of a stage's message table (see e.g. data/messages.hpp).
// Both texts are {fmt} format strings taking the same arguments.
struct Message {
  std::string_view id;
  std::string_view vi;
  std::string_view en;
};

struct Diagnostic {
  Severity severity = Severity::error;
  SourcePos pos;
  std::string id;       // message id, stable for tests and tooling
  std::string text_vi;
  std::string text_en;
  std::string hint_vi;  // optional
  std::string hint_en;

  const std::string& text(Lang lang) const { return lang == Lang::vi ? text_vi : text_en; }
  const std::string& hint(Lang lang) const { return lang == Lang::vi ? hint_vi : hint_en; }

  // "FILE:LINE:COL: lỗi: text" (+ "\n  gợi ý: hint"), file, text and hint
  // passed through escape_controls.
  std::string format(Lang lang) const;
};

template <typename... Args>
Diagnostic make_diagnostic(Severity sev, SourcePos pos, const Message& msg, const Args&... args) {
  Diagnostic d;
  d.severity = sev;
  d.pos = std::move(pos);
  d.id = std::string(msg.id);
  d.text_vi = fmt::format(fmt::runtime(msg.vi), args...);
  d.text_en = fmt::format(fmt::runtime(msg.en), args...);
  return d;
}

template <typename... Args>
Diagnostic make_error(SourcePos pos, const Message& msg, const Args&... args) {
  return make_diagnostic(Severity::error, std::move(pos), msg, args...);
}

template <typename... Args>
Diagnostic make_warning(SourcePos pos, const Message& msg, const Args&... args) {
  return make_diagnostic(Severity::warning, std::move(pos), msg, args...);
}

// Adds a hint to a diagnostic (both languages), e.g. "did you mean `percent`?".
template <typename... Args>
Diagnostic with_hint(Diagnostic d, const Message& msg, const Args&... args) {
  d.hint_vi = fmt::format(fmt::runtime(msg.vi), args...);
  d.hint_en = fmt::format(fmt::runtime(msg.en), args...);
  return d;
}

// All problems of one run, in the order found. Library code appends here and
// keeps going; only the CLI prints.
class Diagnostics {
 public:
  void add(Diagnostic d);
  void append(const Diagnostics& other);
  bool has_errors() const { return errors_ > 0; }
  int error_count() const { return errors_; }
  bool empty() const { return items_.empty(); }
  const std::vector<Diagnostic>& items() const { return items_; }
  std::string format(Lang lang) const;  // one diagnostic per line (hints indented)

 private:
  std::vector<Diagnostic> items_;
  int errors_ = 0;
};

// Thrown only when a stage cannot go on at all (e.g. a limit was exceeded);
// carries the diagnostic. Caught at stage boundaries and by the CLI.
struct DiagnosticError {
  Diagnostic diagnostic;
};

// Exit codes of the command line (ARCHITECTURE.md).
enum class ExitCode : int { ok = 0, invalid_input = 1, usage = 2, io = 3 };

// `text` safe to print on a terminal: control characters (C0 such as ESC and
// BEL, DEL, C1) and bytes that are not UTF-8 are shown as escapes (`\x1B`,
// `\n`, `\u009B`), so that data quoted in a message cannot move the cursor,
// recolour the terminal or forge a line of output. Every message printed goes
// through it.
std::string escape_controls(std::string_view text);

// Levenshtein distance, for "did you mean" hints.
int edit_distance(std::string_view a, std::string_view b);
// The candidate closest to `word` (distance <= max(2, size/3)), or empty.
std::string closest_match(std::string_view word, const std::vector<std::string>& candidates);
// `d` with the hint "có phải ý bạn là `X`?" when a candidate is close to
// `word` (closest_match); `shown` maps the match to what is printed (e.g. a
// unit's name for its file key), identity when null.
Diagnostic with_guess(Diagnostic d, std::string_view word, const std::vector<std::string>& candidates,
                      std::string (*shown)(const std::string&, const void*) = nullptr, const void* ctx = nullptr);

}  // namespace vanban
