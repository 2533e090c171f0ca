// Stage: template.
#include "template/filters.hpp"

#include "core/utf8.hpp"
#include "locale/format.hpp"
#include "locale/text.hpp"
#include "template/messages.hpp"

#include <algorithm>

namespace vanban::tmpl {
namespace {

using data::Value;

Val text(std::string s) { return Val::of(Value::string(std::move(s))); }
Val number(Decimal d) { return Val::of(Value::number(d)); }

std::string filter_what_vi(const SourcePos&, std::string_view name) { return fmt::format("bộ lọc `{}`", name); }
std::string filter_what_en(std::string_view name) { return fmt::format("the filter `{}`", name); }

const Decimal& num_input(Context& ctx, const Val& v, std::string_view name, const SourcePos& pos) {
  return ctx.need_number(v, filter_what_vi(pos, name), filter_what_en(name), pos);
}

int int_arg(Context& ctx, const Val& v, int fallback, std::string_view name, const SourcePos& pos) {
  if (v.undefined) return fallback;
  const Decimal& d = ctx.need_number(v, fmt::format("tham số của `{}`", name),
                                     fmt::format("the argument of `{}`", name), pos);
  if (!d.is_integer() || d < Decimal(-1) || d > Decimal(30)) {
    ctx.fail(make_error(pos, msg::kBadArgument, name, d.to_string()));
  }
  return static_cast<int>(d.to_int64());
}

std::string str_arg(Context& ctx, const Val& v, std::string fallback, std::string_view name, const SourcePos& pos) {
  if (v.undefined) return fallback;
  if (v.get().is_null()) return {};
  return ctx.need_string(v, fmt::format("tham số của `{}`", name), fmt::format("the argument of `{}`", name), pos);
}

bool bool_arg(const Val& v, bool fallback) { return v.undefined ? fallback : truthy(v); }

// item.attribute (dotted) for map/sort/sum by attribute.
Val attribute_of(const Val& item, std::string_view attr, size_t index, const std::string& list_path) {
  Val cur = item;
  if (cur.path.empty() && !list_path.empty()) cur.path = fmt::format("{}[{}]", list_path, index);
  size_t start = 0;
  while (start <= attr.size()) {
    size_t dot = std::min(attr.find('.', start), attr.size());
    std::string key(attr.substr(start, dot - start));
    const Value* found = cur.get().find(key);
    if (!found) {
      Val u;
      u.undefined = true;
      u.parent_path = cur.path;
      u.parent_pos = cur.get().pos();
      u.missing_key = key;
      u.path = cur.path + "." + std::string(attr.substr(start));
      return u;
    }
    Val next = Val::reference(*found, cur.path.empty() ? std::string() : cur.path + "." + key);
    next.own = cur.own;  // keeps a computed parent alive
    cur = std::move(next);
    start = dot + 1;
  }
  return cur;
}

const data::List& list_input(Context& ctx, const Val& v, std::string_view name, const SourcePos& pos) {
  return ctx.need_list(v, filter_what_vi(pos, name), filter_what_en(name), pos);
}

Val item_ref(const Val& list, const Value& item, size_t i) {
  Val r = Val::reference(item, list.path.empty() ? std::string() : fmt::format("{}[{}]", list.path, i));
  r.own = list.own;
  return r;
}

Val f_default(Context&, const Val& in, const std::vector<Val>& a, const SourcePos&) {
  if (in.undefined || in.get().is_null()) return a[0];
  return in;
}

Val f_length(Context& ctx, const Val& in, const std::vector<Val>&, const SourcePos& pos) {
  ctx.check_defined(in, pos);
  const Value& v = in.get();
  if (v.is_string()) return number(Decimal(static_cast<long long>(utf8::length(v.as_string()))));
  if (v.is_list() || v.is_map()) return number(Decimal(static_cast<long long>(v.size())));
  if (v.is_null()) return number(Decimal(0));
  ctx.type_error(in, "bộ lọc `length`", "the filter `length`", data::Kind::list, pos);
}

Val f_upper(Context& ctx, const Val& in, const std::vector<Val>&, const SourcePos& pos) {
  ctx.check_defined(in, pos);
  return text(locale::upper(to_text(in.get())));
}
Val f_lower(Context& ctx, const Val& in, const std::vector<Val>&, const SourcePos& pos) {
  ctx.check_defined(in, pos);
  return text(locale::lower(to_text(in.get())));
}
Val f_capitalize(Context& ctx, const Val& in, const std::vector<Val>&, const SourcePos& pos) {
  ctx.check_defined(in, pos);
  std::string s = to_text(in.get());
  if (s.empty()) return text(s);
  size_t n = 1;
  while (n < s.size() && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) ++n;
  return text(locale::upper(s.substr(0, n)) + s.substr(n));
}
Val f_trim(Context& ctx, const Val& in, const std::vector<Val>&, const SourcePos& pos) {
  ctx.check_defined(in, pos);
  std::string s = to_text(in.get());
  size_t a = s.find_first_not_of(" \t\r\n");
  if (a == std::string::npos) return text("");
  size_t b = s.find_last_not_of(" \t\r\n");
  return text(s.substr(a, b - a + 1));
}

// Text with trailing spaces and any of `marks` at its end removed: `trim_end(".;")`.
std::string without_end(std::string s, std::string_view marks) {
  while (!s.empty() && (s.back() == ' ' || marks.find(s.back()) != std::string_view::npos)) s.pop_back();
  return s;
}

Val f_trim_end(Context& ctx, const Val& in, const std::vector<Val>& a, const SourcePos& pos) {
  ctx.check_defined(in, pos);
  return text(without_end(to_text(in.get()), str_arg(ctx, a[0], ".;,", "trim_end", pos)));
}

// Ends a sentence with `mark` unless the writer already ended it (`.`, `;`, `:`, `!`, `?`, `…`).
Val f_end_with(Context& ctx, const Val& in, const std::vector<Val>& a, const SourcePos& pos) {
  ctx.check_defined(in, pos);
  std::string s = without_end(to_text(in.get()), "");
  std::string mark = str_arg(ctx, a[0], ".", "end_with", pos);
  static const std::string_view kEnds[] = {".", ";", ":", "!", "?", "\u2026"};
  for (std::string_view e : kEnds) {
    if (s.size() >= e.size() && s.compare(s.size() - e.size(), e.size(), e) == 0) return text(s);
  }
  return text(s + mark);
}

Val f_join(Context& ctx, const Val& in, const std::vector<Val>& a, const SourcePos& pos) {
  const auto& list = list_input(ctx, in, "join", pos);
  std::string sep = str_arg(ctx, a[0], ", ", "join", pos);
  std::string attr = str_arg(ctx, a[1], "", "join", pos);
  std::string out;
  for (size_t i = 0; i < list.size(); ++i) {
    if (i) out += sep;
    Val item = item_ref(in, list[i], i);
    if (!attr.empty()) {
      item = attribute_of(item, attr, i, in.path);
      ctx.check_defined(item, pos);
    }
    out += to_text(item.get());
  }
  return text(out);
}

Val f_sum(Context& ctx, const Val& in, const std::vector<Val>& a, const SourcePos& pos) {
  const auto& list = list_input(ctx, in, "sum", pos);
  std::string attr = str_arg(ctx, a[0], "", "sum", pos);
  Decimal total;
  for (size_t i = 0; i < list.size(); ++i) {
    Val item = item_ref(in, list[i], i);
    if (!attr.empty()) item = attribute_of(item, attr, i, in.path);
    if (item.get().is_null() && !item.undefined) continue;  // an empty cell adds nothing
    total += ctx.need_number(item, "bộ lọc `sum`", "the filter `sum`", pos);
  }
  return number(total);
}

Val f_sort(Context& ctx, const Val& in, const std::vector<Val>& a, const SourcePos& pos) {
  const auto& list = list_input(ctx, in, "sort", pos);
  std::string attr = str_arg(ctx, a[0], "", "sort", pos);
  bool reverse = bool_arg(a[1], false);
  std::vector<std::pair<Val, Value>> keyed;
  for (size_t i = 0; i < list.size(); ++i) {
    Val key = attr.empty() ? item_ref(in, list[i], i) : attribute_of(item_ref(in, list[i], i), attr, i, in.path);
    ctx.check_defined(key, pos);
    keyed.emplace_back(key, list[i]);
  }
  std::stable_sort(keyed.begin(), keyed.end(), [&](const auto& x, const auto& y) {
    int c = compare_values(x.first.get(), y.first.get());
    return reverse ? c > 0 : c < 0;
  });
  data::List out;
  for (auto& k : keyed) out.push_back(std::move(k.second));
  return Val::of(Value::list(std::move(out)));
}

Val f_round(Context& ctx, const Val& in, const std::vector<Val>& a, const SourcePos& pos) {
  return number(num_input(ctx, in, "round", pos).rounded(int_arg(ctx, a[0], 0, "round", pos)));
}

Val f_first(Context& ctx, const Val& in, const std::vector<Val>&, const SourcePos& pos) {
  const auto& list = list_input(ctx, in, "first", pos);
  if (list.empty()) {
    Val u;
    u.undefined = true;
    u.path = in.path + "[0]";
    return u;
  }
  return item_ref(in, list.front(), 0);
}
Val f_last(Context& ctx, const Val& in, const std::vector<Val>&, const SourcePos& pos) {
  const auto& list = list_input(ctx, in, "last", pos);
  if (list.empty()) {
    Val u;
    u.undefined = true;
    u.path = in.path + "[-1]";
    return u;
  }
  return item_ref(in, list.back(), list.size() - 1);
}

Val f_map(Context& ctx, const Val& in, const std::vector<Val>& a, const SourcePos& pos) {
  const auto& list = list_input(ctx, in, "map", pos);
  std::string attr = str_arg(ctx, a[0], "", "map", pos);
  data::List out;
  for (size_t i = 0; i < list.size(); ++i) {
    Val v = attribute_of(item_ref(in, list[i], i), attr, i, in.path);
    ctx.check_defined(v, pos);
    out.push_back(v.get());
  }
  return Val::of(Value::list(std::move(out)));
}

bool attr_test(Context& ctx, const Val& v, const std::string& test, const Val& arg, const SourcePos& pos) {
  if (test.empty()) return truthy(v);
  if (test == "defined") return !v.undefined;
  if (test == "none") return !v.undefined && v.get().is_null();
  ctx.check_defined(v, pos);
  ctx.check_defined(arg, pos);
  int c = compare_values(v.get(), arg.get());
  bool same_kind = v.get().kind() == arg.get().kind();
  if (test == "equalto" || test == "eq" || test == "==") return same_kind && c == 0;
  if (test == "ne" || test == "!=") return !same_kind || c != 0;
  if (test == "gt" || test == ">") return same_kind && c > 0;
  if (test == "ge" || test == ">=") return same_kind && c >= 0;
  if (test == "lt" || test == "<") return same_kind && c < 0;
  if (test == "le" || test == "<=") return same_kind && c <= 0;
  ctx.fail(make_error(pos, msg::kBadArgument, "selectattr", test));
}

Val select_impl(Context& ctx, const Val& in, const std::vector<Val>& a, const SourcePos& pos, bool keep) {
  const auto& list = list_input(ctx, in, keep ? "selectattr" : "rejectattr", pos);
  std::string attr = str_arg(ctx, a[0], "", "selectattr", pos);
  std::string test = str_arg(ctx, a[1], "", "selectattr", pos);
  data::List out;
  for (size_t i = 0; i < list.size(); ++i) {
    Val v = attribute_of(item_ref(in, list[i], i), attr, i, in.path);
    if (attr_test(ctx, v, test, a[2], pos) == keep) out.push_back(list[i]);
  }
  return Val::of(Value::list(std::move(out)));
}
Val f_selectattr(Context& ctx, const Val& in, const std::vector<Val>& a, const SourcePos& pos) {
  return select_impl(ctx, in, a, pos, true);
}
Val f_rejectattr(Context& ctx, const Val& in, const std::vector<Val>& a, const SourcePos& pos) {
  return select_impl(ctx, in, a, pos, false);
}

Val f_number(Context& ctx, const Val& in, const std::vector<Val>& a, const SourcePos& pos) {
  return text(locale::number(num_input(ctx, in, "number", pos), int_arg(ctx, a[0], -1, "number", pos)));
}
Val f_percent(Context& ctx, const Val& in, const std::vector<Val>& a, const SourcePos& pos) {
  return text(locale::percent(num_input(ctx, in, "percent", pos), int_arg(ctx, a[0], 1, "percent", pos)));
}

Val ratio_impl(Context& ctx, const Val& x, const Val& y, const Val& digits, const Val& zero, const SourcePos& pos) {
  const Decimal& a = ctx.need_number(x, "`ratio`", "`ratio`", pos);
  const Decimal& b = ctx.need_number(y, "`ratio`", "`ratio`", pos);
  int d = int_arg(ctx, digits, 1, "ratio", pos);
  if (b.is_zero()) {
    if (!zero.undefined) return zero;
    ctx.fail(with_hint(make_error(pos, msg::kDivisionByZero, y.describe()), msg::kDivisionHint));
  }
  return text(locale::ratio(a, b, d));
}
Val f_ratio(Context& ctx, const Val& in, const std::vector<Val>& a, const SourcePos& pos) {
  return ratio_impl(ctx, in, a[0], a[1], a[2], pos);
}
Val fn_ratio(Context& ctx, const Val&, const std::vector<Val>& a, const SourcePos& pos) {
  return ratio_impl(ctx, a[0], a[1], a[2], a[3], pos);
}

Val f_words(Context& ctx, const Val& in, const std::vector<Val>& a, const SourcePos& pos) {
  locale::WordsOptions o;
  std::string unit = str_arg(ctx, a[0], "", "words", pos);
  o.unit = unit;
  o.capitalize = bool_arg(a[1], false);
  std::string zero = str_arg(ctx, a[2], "linh", "words", pos);
  if (zero != "linh" && zero != "lẻ") ctx.fail(make_error(pos, msg::kBadArgument, "words", zero));
  o.zero_tens = zero == "lẻ" ? locale::ZeroTens::le : locale::ZeroTens::linh;
  return text(locale::words(num_input(ctx, in, "words", pos), o));
}

locale::Date date_input(Context& ctx, const Val& in, std::string_view name, const SourcePos& pos) {
  const std::string& s = ctx.need_string(in, filter_what_vi(pos, name), filter_what_en(name), pos);
  auto d = locale::parse_date(s);
  if (!d) {
    ctx.diags().add(make_error(pos, msg::kBadDate, s));
    if (in.ref && in.get().pos().known()) {
      ctx.diags().add(make_diagnostic(Severity::note, in.get().pos(), msg::kValueHere, in.describe()));
    }
    throw EvalError{};
  }
  return *d;
}
Val f_vndate(Context& ctx, const Val& in, const std::vector<Val>&, const SourcePos& pos) {
  return text(locale::long_date(date_input(ctx, in, "vndate", pos)));
}
Val f_shortdate(Context& ctx, const Val& in, const std::vector<Val>&, const SourcePos& pos) {
  return text(locale::short_date(date_input(ctx, in, "shortdate", pos)));
}

long long small_int(Context& ctx, const Val& in, std::string_view name, const SourcePos& pos, long long lo,
                    long long hi) {
  const Decimal& d = num_input(ctx, in, name, pos);
  if (!d.is_integer() || d < Decimal(lo) || d > Decimal(hi)) {
    ctx.fail(make_error(pos, msg::kBadArgument, name, d.to_string()));
  }
  return d.to_int64();
}
Val f_roman(Context& ctx, const Val& in, const std::vector<Val>&, const SourcePos& pos) {
  return text(locale::roman(static_cast<int>(small_int(ctx, in, "roman", pos, 1, 3999))));
}
Val f_letter(Context& ctx, const Val& in, const std::vector<Val>&, const SourcePos& pos) {
  return text(locale::letter(static_cast<int>(small_int(ctx, in, "letter", pos, 1, 10000))));
}
Val f_enumerate_vi(Context& ctx, const Val& in, const std::vector<Val>& a, const SourcePos& pos) {
  const auto& list = list_input(ctx, in, "enumerate_vi", pos);
  std::vector<std::string> items;
  for (const auto& v : list) items.push_back(to_text(v));
  return text(locale::enumerate_vi(items, str_arg(ctx, a[0], "và", "enumerate_vi", pos)));
}

Val f_pad(Context& ctx, const Val& in, const std::vector<Val>& a, const SourcePos& pos) {
  long long n = small_int(ctx, in, "pad", pos, -(1LL << 62), 1LL << 62);
  int width = int_arg(ctx, a[0], 2, "pad", pos);
  std::string digits = std::to_string(n < 0 ? -n : n);
  if (static_cast<int>(digits.size()) < width) digits = std::string(static_cast<size_t>(width) - digits.size(), '0') + digits;
  return text((n < 0 ? "-" : "") + digits);
}
// `{{ 8 | period(2023) }}` -> "8 tháng đầu năm 2023"; kind "thang" for a
// single month's report; no year -> "8 tháng đầu năm".
locale::PeriodKind period_kind(Context& ctx, const Val& v, std::string_view name, const SourcePos& pos) {
  std::string kind = str_arg(ctx, v, "luy_ke", name, pos);
  if (kind == "luy_ke") return locale::PeriodKind::cumulative;
  if (kind == "thang") return locale::PeriodKind::month;
  ctx.fail(make_error(pos, msg::kBadArgument, name, kind));
}
int period_year(Context& ctx, const Val& v, std::string_view name, const SourcePos& pos) {
  if (v.undefined || v.get().is_null()) return 0;
  if (v.get().is_string()) {  // a `year` field keeps its digits as text
    auto d = Decimal::parse(v.get().as_string());
    if (d && d->is_integer() && *d >= Decimal(1900) && *d <= Decimal(2999)) return static_cast<int>(d->to_int64());
    ctx.fail(make_error(pos, msg::kBadArgument, name, v.get().as_string()));
  }
  return static_cast<int>(small_int(ctx, v, name, pos, 1900, 2999));
}
Val f_period(Context& ctx, const Val& in, const std::vector<Val>& a, const SourcePos& pos) {
  int month = static_cast<int>(small_int(ctx, in, "period", pos, 1, 12));
  return text(locale::period_name(month, period_year(ctx, a[0], "period", pos), period_kind(ctx, a[1], "period", pos)));
}
Val f_period_rest(Context& ctx, const Val& in, const std::vector<Val>& a, const SourcePos& pos) {
  int month = static_cast<int>(small_int(ctx, in, "period_rest", pos, 1, 12));
  return text(locale::period_rest(month, period_year(ctx, a[0], "period_rest", pos),
                                  period_kind(ctx, a[1], "period_rest", pos)));
}

// Jinja's groupby, keeping the order in which each value first appears (the
// data's order, which is the order a clerk wants): a list of maps
// {grouper: value, list: [items]}.
Val f_groupby(Context& ctx, const Val& in, const std::vector<Val>& a, const SourcePos& pos) {
  const auto& list = list_input(ctx, in, "groupby", pos);
  std::string attr = str_arg(ctx, a[0], "", "groupby", pos);
  std::vector<std::pair<Value, data::List>> groups;
  for (size_t i = 0; i < list.size(); ++i) {
    Val key = attribute_of(item_ref(in, list[i], i), attr, i, in.path);
    ctx.check_defined(key, pos);
    auto it = std::find_if(groups.begin(), groups.end(), [&](const auto& g) {
      return g.first == key.get();
    });
    if (it == groups.end()) {
      groups.emplace_back(key.get(), data::List{});
      it = groups.end() - 1;
    }
    it->second.push_back(list[i]);
  }
  data::List out;
  for (auto& [key, items] : groups) {
    data::Map m;
    m.push_back({"grouper", {}, std::move(key)});
    m.push_back({"list", {}, Value::list(std::move(items))});
    out.push_back(Value::map(std::move(m)));
  }
  return Val::of(Value::list(std::move(out)));
}

Val f_abs(Context& ctx, const Val& in, const std::vector<Val>&, const SourcePos& pos) {
  return number(num_input(ctx, in, "abs", pos).abs());
}
// Jinja's int and plain also take text that is a number (a `year` or `code` field).
const Decimal& num_or_text_input(Context& ctx, const Val& in, std::string_view name, const SourcePos& pos,
                                 Decimal& parsed) {
  ctx.check_defined(in, pos);
  if (in.get().is_string()) {
    if (auto d = Decimal::parse(in.get().as_string())) {
      parsed = *d;
      return parsed;
    }
  }
  return num_input(ctx, in, name, pos);
}
Val f_int(Context& ctx, const Val& in, const std::vector<Val>&, const SourcePos& pos) {
  Decimal parsed;
  const Decimal& d = num_or_text_input(ctx, in, "int", pos, parsed);
  // Truncated toward zero from the digits: any Decimal's integer part is a Decimal (a 64-bit
  // integer is not: 30-digit figures are valid data).
  const std::string digits = d.integer_digits();
  const bool negative = d < Decimal(0) && digits != "0";
  return number(*Decimal::parse((negative ? "-" : "") + digits));
}
Val f_string(Context& ctx, const Val& in, const std::vector<Val>&, const SourcePos& pos) {
  ctx.check_defined(in, pos);
  return text(to_text(in.get()));
}

Val f_plain(Context& ctx, const Val& in, const std::vector<Val>&, const SourcePos& pos) {
  Decimal parsed;
  return text(locale::plain(num_or_text_input(ctx, in, "plain", pos, parsed)));
}

Val fn_range(Context& ctx, const Val&, const std::vector<Val>& a, const SourcePos& pos) {
  long long start = 0, stop = small_int(ctx, a[0], "range", pos, -100000, 100000);
  if (!a[1].undefined) {
    start = stop;
    stop = small_int(ctx, a[1], "range", pos, -100000, 100000);
  }
  data::List out;
  for (long long i = start; i < stop; ++i) out.push_back(Value::number(Decimal(i)));
  return Val::of(Value::list(std::move(out)));
}
Val fn_min(Context& ctx, const Val&, const std::vector<Val>& a, const SourcePos& pos) {
  ctx.check_defined(a[0], pos);
  ctx.check_defined(a[1], pos);
  return compare_values(a[0].get(), a[1].get()) <= 0 ? a[0] : a[1];
}
Val fn_max(Context& ctx, const Val&, const std::vector<Val>& a, const SourcePos& pos) {
  ctx.check_defined(a[0], pos);
  ctx.check_defined(a[1], pos);
  return compare_values(a[0].get(), a[1].get()) >= 0 ? a[0] : a[1];
}

const std::vector<Callable>& filters() {
  static const std::vector<Callable> kFilters = {
      {"default", {"value"}, 1, f_default},
      {"length", {}, 0, f_length},
      {"count", {}, 0, f_length},
      {"upper", {}, 0, f_upper},
      {"lower", {}, 0, f_lower},
      {"capitalize", {}, 0, f_capitalize},
      {"trim", {}, 0, f_trim},
      {"trim_end", {"marks"}, 0, f_trim_end},
      {"end_with", {"mark"}, 0, f_end_with},
      {"join", {"separator", "attribute"}, 0, f_join},
      {"sum", {"attribute"}, 0, f_sum},
      {"sort", {"attribute", "reverse"}, 0, f_sort},
      {"round", {"precision"}, 0, f_round},
      {"first", {}, 0, f_first},
      {"last", {}, 0, f_last},
      {"map", {"attribute"}, 1, f_map},
      {"selectattr", {"attribute", "test", "value"}, 1, f_selectattr},
      {"rejectattr", {"attribute", "test", "value"}, 1, f_rejectattr},
      {"number", {"digits"}, 0, f_number},
      {"percent", {"digits"}, 0, f_percent},
      {"ratio", {"divisor", "digits", "zero"}, 1, f_ratio},
      {"words", {"unit", "capitalize", "zero_tens"}, 0, f_words},
      {"vndate", {}, 0, f_vndate},
      {"shortdate", {}, 0, f_shortdate},
      {"roman", {}, 0, f_roman},
      {"letter", {}, 0, f_letter},
      {"enumerate_vi", {"conjunction"}, 0, f_enumerate_vi},
      {"plain", {}, 0, f_plain},
      {"pad", {"width"}, 0, f_pad},
      {"period", {"year", "kind"}, 0, f_period},
      {"period_rest", {"year", "kind"}, 0, f_period_rest},
      {"groupby", {"attribute"}, 1, f_groupby},
      {"abs", {}, 0, f_abs},
      {"int", {}, 0, f_int},
      {"string", {}, 0, f_string},
  };
  return kFilters;
}

const std::vector<Callable>& functions() {
  static const std::vector<Callable> kFunctions = {
      {"ratio", {"a", "b", "digits", "zero"}, 2, fn_ratio},
      {"range", {"start", "stop"}, 1, fn_range},
      {"min", {"a", "b"}, 2, fn_min},
      {"max", {"a", "b"}, 2, fn_max},
  };
  return kFunctions;
}

const Callable* find_in(const std::vector<Callable>& list, std::string_view name) {
  for (const auto& c : list) {
    if (c.name == name) return &c;
  }
  return nullptr;
}

std::vector<std::string> names_of(const std::vector<Callable>& list) {
  std::vector<std::string> out;
  for (const auto& c : list) out.emplace_back(c.name);
  return out;
}

}  // namespace

const Callable* find_filter(std::string_view name) { return find_in(filters(), name); }
const Callable* find_function(std::string_view name) { return find_in(functions(), name); }
std::vector<std::string> filter_names() { return names_of(filters()); }
std::vector<std::string> function_names() { return names_of(functions()); }

std::vector<Val> bind_arguments(Context& ctx, const Callable& c, std::vector<Argument> given, const SourcePos& pos) {
  std::vector<Val> bound(c.params.size());
  std::vector<bool> set(c.params.size(), false);
  for (auto& v : bound) v.undefined = true;
  size_t positional = 0;
  for (auto& a : given) {
    size_t slot;
    if (a.name.empty()) {
      slot = positional++;
      if (slot >= c.params.size()) {
        auto count = std::count_if(given.begin(), given.end(), [](const Argument& g) { return g.name.empty(); });
        std::string want = c.required == c.params.size() ? std::to_string(c.required)
                                                          : fmt::format("{}–{}", c.required, c.params.size());
        ctx.fail(make_error(a.pos, msg::kArgCount, c.name, want, count));
      }
    } else {
      auto it = std::find(c.params.begin(), c.params.end(), a.name);
      if (it == c.params.end()) ctx.fail(make_error(a.pos, msg::kUnknownArg, c.name, a.name));
      slot = static_cast<size_t>(it - c.params.begin());
    }
    bound[slot] = std::move(a.value);
    set[slot] = true;
  }
  for (size_t i = 0; i < c.required; ++i) {
    if (!set[i]) {
      std::string want = c.required == c.params.size() ? std::to_string(c.required)
                                                        : fmt::format("{}–{}", c.required, c.params.size());
      ctx.fail(make_error(pos, msg::kArgCount, c.name, want, positional));
    }
  }
  return bound;
}

}  // namespace vanban::tmpl
