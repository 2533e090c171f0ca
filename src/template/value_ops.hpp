// Stage: template.
// Values during evaluation: references into the data (with their data path, for messages) or computed values.
#pragma once

#include "core/diagnostic.hpp"
#include "data/value.hpp"

#include <memory>
#include <string>

namespace vanban::tmpl {

// A value seen by the evaluator. Either a reference into the data (no copy),
// a computed value, or undefined (a missing key) — which is an error only
// when it is used, so that `| default(...)`, `if x` and `is defined` work.
struct Val {
  const data::Value* ref = nullptr;         // the value (null for undefined)
  std::shared_ptr<const data::Value> own;   // keeps a computed value (or its parent) alive
  bool undefined = false;
  bool poisoned = false;     // undefined because an earlier error was already reported: fail silently
  std::string path;          // data path ("nhiem_vu[3].han"), empty for computed values
  // For undefined values: the nearest existing parent and the missing key.
  std::string parent_path;
  SourcePos parent_pos;
  std::string missing_key;

  static Val of(data::Value v) {
    Val r;
    r.own = std::make_shared<const data::Value>(std::move(v));
    r.ref = r.own.get();
    return r;
  }
  static Val reference(const data::Value& v, std::string path) {
    Val r;
    r.ref = &v;
    r.path = std::move(path);
    return r;
  }
  const data::Value& get() const {
    static const data::Value kNull;
    return ref ? *ref : kNull;
  }
  // How the value is named in a message: its data path, or its text.
  std::string describe() const;
};

// Everything the filters need from the evaluator: error reporting that
// aborts the current expression.
struct EvalError {};

class Context {
 public:
  explicit Context(Diagnostics& diags) : diags_(diags) {}
  [[noreturn]] void fail(Diagnostic d);
  [[noreturn]] void missing(const Val& v, const SourcePos& pos);
  // A value of the wrong kind for `what` ("bộ lọc `percent`").
  [[noreturn]] void type_error(const Val& v, std::string_view what_vi, std::string_view what_en,
                               data::Kind wanted, const SourcePos& pos);
  const Decimal& need_number(const Val& v, std::string_view what_vi, std::string_view what_en, const SourcePos& pos);
  const std::string& need_string(const Val& v, std::string_view what_vi, std::string_view what_en,
                                 const SourcePos& pos);
  const data::List& need_list(const Val& v, std::string_view what_vi, std::string_view what_en,
                              const SourcePos& pos);
  void check_defined(const Val& v, const SourcePos& pos) {
    if (v.undefined) missing(v, pos);
  }
  Diagnostics& diags() { return diags_; }

 private:
  Diagnostics& diags_;
};

bool truthy(const Val& v);
// Text of a value as printed by `{{ }}`: numbers in Vietnamese notation
// (`15.806,246`), null as nothing, lists joined with ", ".
std::string to_text(const data::Value& v);
// -1, 0, 1; strings in Vietnamese collation, numbers numerically; other
// kinds compare by kind.
int compare_values(const data::Value& a, const data::Value& b);

}  // namespace vanban::tmpl
