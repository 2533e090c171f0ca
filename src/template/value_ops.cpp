// Stage: template.
#include "template/value_ops.hpp"

#include "locale/format.hpp"
#include "locale/text.hpp"
#include "template/messages.hpp"

namespace vanban::tmpl {

std::string Val::describe() const {
  if (!path.empty()) return path;
  std::string t = to_text(get());
  if (get().is_string()) t = "\"" + t + "\"";
  if (t.size() > 40) t = t.substr(0, 37) + "…";
  return t;
}

void Context::fail(Diagnostic d) {
  diags_.add(std::move(d));
  throw EvalError{};
}

void Context::missing(const Val& v, const SourcePos& pos) {
  if (v.poisoned) throw EvalError{};
  Diagnostic d = with_hint(make_error(pos, msg::kMissingData, v.path), msg::kMissingHint, v.path);
  diags_.add(std::move(d));
  if (v.parent_pos.known() && !v.parent_path.empty()) {
    diags_.add(make_diagnostic(Severity::note, v.parent_pos, msg::kHasNoKey, v.parent_path, v.missing_key));
  }
  throw EvalError{};
}

void Context::type_error(const Val& v, std::string_view what_vi, std::string_view what_en, data::Kind wanted,
                         const SourcePos& pos) {
  check_defined(v, pos);
  data::Kind got = v.get().kind();
  diags_.add(make_error(pos, msg::kTypeMismatch, Phrase{std::string(what_vi), std::string(what_en)},
                        data::kind_term(wanted), v.describe(), data::kind_term(got)));
  if (v.ref && v.get().pos().known()) {
    diags_.add(make_diagnostic(Severity::note, v.get().pos(), msg::kValueHere, v.describe()));
  }
  throw EvalError{};
}

const Decimal& Context::need_number(const Val& v, std::string_view vi, std::string_view en, const SourcePos& pos) {
  if (!v.get().is_number() || v.undefined) type_error(v, vi, en, data::Kind::number, pos);
  return v.get().as_number();
}

const std::string& Context::need_string(const Val& v, std::string_view vi, std::string_view en,
                                        const SourcePos& pos) {
  if (!v.get().is_string() || v.undefined) type_error(v, vi, en, data::Kind::string, pos);
  return v.get().as_string();
}

const data::List& Context::need_list(const Val& v, std::string_view vi, std::string_view en, const SourcePos& pos) {
  if (!v.get().is_list() || v.undefined) type_error(v, vi, en, data::Kind::list, pos);
  return v.get().as_list();
}

bool truthy(const Val& v) {
  if (v.undefined) return false;
  const data::Value& x = v.get();
  switch (x.kind()) {
    case data::Kind::null: return false;
    case data::Kind::boolean: return x.as_bool();
    case data::Kind::number: return !x.as_number().is_zero();
    case data::Kind::string: return !x.as_string().empty();
    case data::Kind::list:
    case data::Kind::map: return x.size() > 0;
  }
  return false;
}

std::string to_text(const data::Value& v) {
  switch (v.kind()) {
    case data::Kind::null: return {};
    case data::Kind::boolean: return v.as_bool() ? "có" : "không";
    case data::Kind::number: return locale::number(v.as_number());
    case data::Kind::string: return v.as_string();
    case data::Kind::list: {
      std::string out;
      for (const auto& item : v.as_list()) {
        if (!out.empty()) out += ", ";
        out += to_text(item);
      }
      return out;
    }
    case data::Kind::map: {
      std::string out;
      for (const auto& m : v.as_map()) {
        if (!out.empty()) out += ", ";
        out += m.key + ": " + to_text(m.value);
      }
      return out;
    }
  }
  return {};
}

int compare_values(const data::Value& a, const data::Value& b) {
  if (a.kind() != b.kind()) return a.kind() < b.kind() ? -1 : 1;
  switch (a.kind()) {
    case data::Kind::number: {
      auto c = a.as_number() <=> b.as_number();
      return c < 0 ? -1 : c > 0 ? 1 : 0;
    }
    case data::Kind::string: return locale::collate(a.as_string(), b.as_string());
    case data::Kind::boolean: return static_cast<int>(a.as_bool()) - static_cast<int>(b.as_bool());
    default: return 0;
  }
}

}  // namespace vanban::tmpl
