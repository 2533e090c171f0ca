// Stage: core.
// User-facing problems as values: a position, a message id with its arguments, a hint; text only when printed.
#pragma once

#include "core/source.hpp"

#include <fmt/format.h>

#include <string>
#include <string_view>
#include <type_traits>
#include <variant>
#include <vector>

namespace vanban {

enum class Severity { error = 0, warning, note };
enum class Lang { vi = 0, en };

// One entry of a stage's message table (see e.g. data/messages.hpp): a stable
// id and the Vietnamese text, a {fmt} format string that is also the gettext
// msgid. The English text lives in po/en.po (msgctxt = id, msgid = vi) and is
// looked up when a diagnostic is printed with --lang en (core/catalog.hpp).
// `en` is transitional: a message written with its English text in the code
// prints it until `scripts/messages.py extract` moves it into po/en.po.
struct Message {
  std::string_view id;
  std::string_view vi;
  std::string_view en = {};
};

// A word or phrase given to a message as an argument and translated with it:
// a Message without placeholders (`term(msg::kKindList)`).
struct Term {
  const Message* msg = nullptr;
};
inline Term term(const Message& m) { return Term{&m}; }

// A phrase the code composes in both languages (e.g. "a number" / "một số"
// from a caller's words) given to a message as one argument. Prefer a Term:
// a Phrase keeps its English in the code, out of the catalog.
struct Phrase {
  std::string vi;
  std::string en;
};

// A count printed with digit groups: `1.000.000` in Vietnamese, `1,000,000`
// in English.
struct Count {
  unsigned long long n = 0;
};

// An argument of a message, kept as a value until the message is printed;
// a floating-point number is printed with a decimal comma in Vietnamese
// (`12,5 mm`) and a point in English.
using MessageArg = std::variant<std::string, long long, unsigned long long, double, Term, Phrase, Count>;

// A message and its arguments: turned into text in one language when printed.
struct MessageText {
  const Message* msg = nullptr;
  std::vector<MessageArg> args;
  std::vector<MessageText> more;  // texts printed after this one (e.g. which row of a table)

  bool empty() const { return msg == nullptr; }
  std::string str(Lang lang) const;
};

// The text of `m` in `lang`: the code's Vietnamese, or the catalog's English
// (falling back to an English text still in the code, then to Vietnamese).
std::string_view translate(const Message& m, Lang lang);

template <typename T>
MessageArg message_arg(const T& v) {
  using U = std::remove_cvref_t<T>;
  if constexpr (std::is_same_v<U, Term> || std::is_same_v<U, Phrase> || std::is_same_v<U, Count> ||
                std::is_same_v<U, MessageArg>) {
    return v;
  } else if constexpr (std::is_same_v<U, bool>) {
    return std::string(v ? "true" : "false");
  } else if constexpr (std::is_same_v<U, char>) {
    return std::string(1, v);
  } else if constexpr (std::is_integral_v<U> && std::is_signed_v<U>) {
    return static_cast<long long>(v);
  } else if constexpr (std::is_integral_v<U>) {
    return static_cast<unsigned long long>(v);
  } else if constexpr (std::is_floating_point_v<U>) {
    return static_cast<double>(v);
  } else if constexpr (std::is_convertible_v<const T&, std::string_view>) {
    return std::string(std::string_view(v));
  } else {
    return fmt::format("{}", v);
  }
}

// A message chosen at run time (a function's parameter): its format string
// cannot be checked at compile time. `runtime_message(m)`.
struct RuntimeMessage {
  const Message* msg;
};
inline RuntimeMessage runtime_message(const Message& m) { return RuntimeMessage{&m}; }

// A message table entry checked, at compile time, against the types of the
// arguments it is given (as fmt::format_string does): a placeholder too many
// or a spec that does not fit (`{:.1f}` for a text) does not compile.
template <typename... Args>
struct CheckedMessage {
  const Message* msg;
  template <typename M>
    requires std::is_same_v<M, Message>
  consteval CheckedMessage(const M& m) : msg(&m) {  // NOLINT: implicit on purpose
    (void)fmt::format_string<Args...>(m.vi);
  }
  CheckedMessage(RuntimeMessage m) : msg(m.msg) {}  // NOLINT
};

template <typename... Args>
MessageText message_text(const Message& msg, const Args&... args) {
  MessageText t;
  t.msg = &msg;
  t.args.reserve(sizeof...(Args));
  (t.args.push_back(message_arg(args)), ...);
  return t;
}

// A message's text in `lang`, for lines that are not diagnostics ("wrote …").
template <typename... Args>
std::string format_message(Lang lang, CheckedMessage<std::type_identity_t<Args>...> msg, const Args&... args) {
  return message_text(*msg.msg, args...).str(lang);
}

struct Diagnostic {
  Severity severity = Severity::error;
  SourcePos pos;
  std::string id;       // message id, stable for tests and tooling
  MessageText message;
  MessageText hint_message;  // optional

  std::string text(Lang lang) const { return message.str(lang); }
  std::string hint(Lang lang) const { return hint_message.empty() ? std::string() : hint_message.str(lang); }
  // Adds a text after the message (e.g. " (row `x` of table `y`)").
  template <typename... Args>
  void append(CheckedMessage<std::type_identity_t<Args>...> msg, const Args&... args) {
    message.more.push_back(message_text(*msg.msg, args...));
  }

  // "FILE:LINE:COL: lỗi: text" (+ "\n  gợi ý: hint"), file, text and hint
  // passed through escape_controls.
  std::string format(Lang lang) const;
};

template <typename... Args>
Diagnostic make_diagnostic(Severity sev, SourcePos pos, CheckedMessage<std::type_identity_t<Args>...> msg,
                           const Args&... args) {
  Diagnostic d;
  d.severity = sev;
  d.pos = std::move(pos);
  d.id = std::string(msg.msg->id);
  d.message = message_text(*msg.msg, args...);
  return d;
}

template <typename... Args>
Diagnostic make_error(SourcePos pos, CheckedMessage<std::type_identity_t<Args>...> msg, const Args&... args) {
  return make_diagnostic<Args...>(Severity::error, std::move(pos), msg, args...);
}

template <typename... Args>
Diagnostic make_warning(SourcePos pos, CheckedMessage<std::type_identity_t<Args>...> msg, const Args&... args) {
  return make_diagnostic<Args...>(Severity::warning, std::move(pos), msg, args...);
}

// Adds a hint to a diagnostic, e.g. "did you mean `percent`?".
template <typename... Args>
Diagnostic with_hint(Diagnostic d, CheckedMessage<std::type_identity_t<Args>...> msg, const Args&... args) {
  d.hint_message = message_text(*msg.msg, args...);
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

// For the compile-time check only: a Term or a Phrase takes a `{}` like a text.
template <>
struct fmt::formatter<vanban::Count> : fmt::formatter<unsigned long long> {
  auto format(const vanban::Count& c, format_context& ctx) const {
    return fmt::formatter<unsigned long long>::format(c.n, ctx);
  }
};
template <>
struct fmt::formatter<vanban::MessageArg> : fmt::formatter<std::string_view> {
  auto format(const vanban::MessageArg&, format_context& ctx) const {
    return fmt::formatter<std::string_view>::format(std::string_view(), ctx);
  }
};
template <>
struct fmt::formatter<vanban::Phrase> : fmt::formatter<std::string_view> {
  auto format(const vanban::Phrase& p, format_context& ctx) const {
    return fmt::formatter<std::string_view>::format(p.vi, ctx);
  }
};
template <>
struct fmt::formatter<vanban::Term> : fmt::formatter<std::string_view> {
  auto format(const vanban::Term& t, format_context& ctx) const {
    return fmt::formatter<std::string_view>::format(t.msg ? t.msg->vi : std::string_view(), ctx);
  }
};
