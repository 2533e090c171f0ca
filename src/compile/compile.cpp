// Stage: compile.
// Reading the districts' files and summing them into report data.
#include "compile/compile.hpp"
#include "compile/messages.hpp"

#include "core/atomic_file.hpp"
#include "data/csv_reader.hpp"
#include "data/messages.hpp"
#include "data/load.hpp"
#include "data/number_text.hpp"
#include "data/xlsx_reader.hpp"
#include "data/yaml_reader.hpp"
#include "locale/format.hpp"
#include "locale/text.hpp"

#include <algorithm>
#include <map>
#include <regex>
#include <set>
#include <stdexcept>

namespace vanban::compile {
namespace fs = std::filesystem;
using data::Value;

namespace {

// A matched file: its path, month, and (when the pattern names it) district.
struct Match {
  fs::path path;
  int month = 0;
  size_t district = std::string::npos;
  std::string district_text;  // as written in the path
};

std::string regex_escape(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (std::string_view("\\^$.|?*+()[]{}").find(c) != std::string_view::npos) out += '\\';
    out += c;
  }
  return out;
}

void match_files(const fs::path& dir, const std::vector<std::string>& parts, size_t k, Match m, int year,
                 const Spec& spec, std::vector<Match>& out, Diagnostics& diags, const SourcePos& pos) {
  std::error_code ec;
  if (k == parts.size()) return;
  std::vector<std::string> groups;
  std::regex re = component_regex(parts[k], groups);
  std::vector<fs::directory_entry> entries;
  for (const auto& e : fs::directory_iterator(dir.empty() ? fs::path(".") : dir, ec)) entries.push_back(e);
  std::sort(entries.begin(), entries.end(), [](const auto& a, const auto& b) { return a.path() < b.path(); });
  const bool last = k + 1 == parts.size();
  for (const auto& e : entries) {
    // Folders for the inner parts of the pattern, files for the last one.
    if (last ? !e.is_regular_file(ec) : !e.is_directory(ec)) continue;
    std::string name = e.path().filename().string();
    fs::path shown = dir.empty() ? fs::path(name) : dir / name;  // `thang-1.csv`, not `./thang-1.csv`
    std::smatch sm;
    if (!std::regex_match(name, sm, re)) continue;
    Match next = m;
    bool keep = true;
    for (size_t g = 0; g < groups.size(); ++g) {
      std::string val = sm[g + 1].str();
      if (groups[g] == "thang") {
        next.month = std::stoi(val);
        if (next.month < 1 || next.month > 12) {
          diags.add(make_error(pos, msg::kCompileBadMonth, shown.string()));
          keep = false;
        }
      } else if (groups[g] == "nam") {
        keep = keep && std::stoi(val) == year;
      } else if (groups[g] == "don_vi") {
        next.district_text = val;
        next.district = find_district_by_key(spec, val);
        if (next.district == std::string::npos) {
          Diagnostic d = make_error(make_pos(std::make_shared<const std::string>(shown.string()), 0, 0),
                                    msg::kCompileUnknownDistrict, val);
          std::vector<std::string> keys;
          for (const auto& dd : spec.districts) keys.push_back(dd.file_key);
          auto as_name = [](const std::string& key, const void* s) {  // say it as the unit's name
            for (const auto& dd : static_cast<const Spec*>(s)->districts) {
              if (dd.file_key == key) return dd.name;
            }
            return key;
          };
          diags.add(with_guess(std::move(d), locale::ascii_key(val), keys, as_name, &spec));
          keep = false;
        }
      }
    }
    if (!keep) continue;
    if (last) {
      next.path = shown;
      out.push_back(next);
    } else {
      match_files(shown, parts, k + 1, next, year, spec, out, diags, pos);
    }
  }
}

// `duong_th (km)` -> {"duong_th", "km"}.
std::pair<std::string, std::string> split_header(std::string h) {
  std::string unit;
  size_t open = h.rfind('(');
  if (open != std::string::npos && !h.empty() && h.back() == ')') {
    unit = h.substr(open + 1, h.size() - open - 2);
    h = h.substr(0, open);
  }
  while (!h.empty() && h.back() == ' ') h.pop_back();
  return {h, unit};
}

bool ignored_column(const std::string& key) {
  std::string k = locale::ascii_key(key);
  return k == "tt" || k == "stt" || k == "ghichu" || k == "thang" || k == "nam";
}

std::string month_list(const std::vector<int>& months) {
  std::string s;
  for (size_t i = 0; i < months.size(); ++i) s += (i ? ", " : "") + std::to_string(months[i]);
  return s;
}

// The rows of one file, as maps of header -> cell.
std::optional<data::List> file_rows(const fs::path& path, const Source& src, size_t max_mb, Diagnostics& diags) {
  auto name = std::make_shared<const std::string>(path.string());
  Diagnostic io;
  auto bytes = read_file(path, io, max_mb);
  if (!bytes) {
    diags.add(std::move(io));
    return std::nullopt;
  }
  switch (data::file_kind(path)) {
    case data::FileKind::csv: {
      data::CsvOptions o;
      o.text_columns = {src.district_column};
      o.infer_numeric = false;
      auto rows = data::read_csv(*bytes, name, o, diags);
      if (!rows) return std::nullopt;
      return rows->as_list();
    }
    case data::FileKind::xlsx: {
      data::XlsxOptions o;
      o.sheet = src.sheet;
      o.max_unpacked = std::max<size_t>(max_mb, 1) * 8 << 20;
      auto rows = data::read_xlsx(*bytes, name, o, diags);
      if (!rows) return std::nullopt;
      return rows->as_list();
    }
    case data::FileKind::yaml: {
      auto v = data::read_yaml(*bytes, name, diags);
      if (!v) return std::nullopt;
      if (v->is_map() && v->find("dong") && v->find("dong")->is_list()) return v->find("dong")->as_list();
      if (v->is_list()) return v->as_list();
      if (v->is_map()) return data::List{*v};
      diags.add(make_error(v->pos(), msg::kCompileYamlRows));
      return std::nullopt;
    }
    case data::FileKind::unknown: break;
  }
  diags.add(make_error(make_pos(name, 0, 0), msg::kUnknownFormat, path.string()));
  return std::nullopt;
}

std::optional<Decimal> as_number(const Value& v) {
  if (v.is_number()) return v.as_number();
  if (v.is_string()) {
    if (auto d = data::parse_number_text(v.as_string(), data::NumberStyle::vietnamese)) return d;
    if (auto d = data::parse_number_text(v.as_string(), data::NumberStyle::international)) return d;
  }
  return std::nullopt;
}

std::string show(const Decimal& d) { return locale::number(d.normalized()); }

}  // namespace

std::regex component_regex(std::string_view part, std::vector<std::string>& groups) {
  std::string re;
  size_t i = 0;
  while (i < part.size()) {
    size_t open = part.find('{', i);
    if (open == std::string_view::npos) {
      re += regex_escape(part.substr(i));
      break;
    }
    size_t close = part.find('}', open);
    if (close == std::string_view::npos) {
      re += regex_escape(part.substr(i));
      break;
    }
    re += regex_escape(part.substr(i, open - i));
    std::string name(part.substr(open + 1, close - open - 1));
    if (name == "thang") re += "(\\d{1,2})";
    else if (name == "nam") re += "(\\d{4})";
    else re += "(.+?)";
    groups.push_back(name);
    i = close + 1;
  }
  return std::regex("^" + re + "$", std::regex::icase);
}

std::vector<Record> read_sources(const Spec& spec, const std::vector<Source>& sources, int year, Diagnostics& diags,
                                 std::vector<MatchedFile>* files) {
  std::vector<Record> out;
  std::vector<std::string> codes;
  for (const auto& i : spec.indicators) codes.push_back(i.code);
  for (const Source& src : sources) {
    std::vector<std::string> parts;
    for (const auto& p : fs::path(src.pattern)) parts.push_back(p.string());
    std::vector<Match> matches;
    match_files(spec.folder, parts, 0, Match{}, year, spec, matches, diags, src.pos);
    if (matches.empty()) {
      diags.add(make_error(src.pos, msg::kCompileNoFiles, src.pattern, spec.folder.empty() ? "." : spec.folder.string()));
      continue;
    }
    for (const Match& m : matches) {
      if (m.month > spec.month) continue;  // later months are not part of the period
      if (files) files->push_back({m.path.string(), m.month, m.district});
      auto rows = file_rows(m.path, src, spec.max_file_mb, diags);
      if (!rows) continue;
      if (m.district != std::string::npos && rows->size() > 1) {
        diags.add(make_error((*rows)[1].pos(), msg::kCompileTooManyRows, spec.districts[m.district].name, rows->size()));
        continue;
      }
      std::vector<std::string> bad_columns;  // a wrong header is reported once per file, not once per row
      auto column_error = [&](const std::string& key, Diagnostic d) {
        if (std::find(bad_columns.begin(), bad_columns.end(), key) != bad_columns.end()) return;
        bad_columns.push_back(key);
        diags.add(std::move(d));
      };
      for (const Value& row : *rows) {
        if (!row.is_map()) continue;
        Record rec;
        rec.month = m.month;
        rec.pos = row.pos();
        rec.district = m.district;
        const Value* who = row.find(src.district_column);
        if (who && who->is_string()) {
          size_t d = find_district(spec, who->as_string());
          if (d == std::string::npos) {
            Diagnostic e = make_error(who->pos(), msg::kCompileUnknownDistrict, who->as_string());
            std::vector<std::string> names;
            for (const auto& dd : spec.districts) names.push_back(dd.name);
            diags.add(with_guess(std::move(e), who->as_string(), names));
            continue;
          }
          if (m.district != std::string::npos && d != m.district) {
            diags.add(make_error(who->pos(), msg::kCompileDistrictMismatch, spec.districts[m.district].name, who->as_string()));
            continue;
          }
          rec.district = d;
        } else if (m.district == std::string::npos) {
          column_error(src.district_column, make_error(row.pos(), msg::kCompileNoDistrictColumn, src.district_column));
          continue;
        }
        const std::string& dname = spec.districts[rec.district].name;
        for (const data::Member& cell : row.as_map()) {
          if (cell.key == src.district_column || ignored_column(cell.key)) continue;
          auto [code, unit] = split_header(cell.key);
          const Indicator* ind = spec.find(code);
          if (!ind) {  // a column may also be headed by the indicator's name
            for (const auto& i : spec.indicators) {
              if (locale::case_fold(i.name) == locale::case_fold(code)) ind = &i;
            }
          }
          if (!ind) {
            Diagnostic e = make_error(cell.key_pos, msg::kCompileUnknownIndicator, cell.key);
            column_error(cell.key, with_guess(std::move(e), code, codes));
            continue;
          }
          if (ind->kind == Kind::ratio) {
            column_error(cell.key, make_error(cell.key_pos, msg::kCompileRatioInFile, cell.key, ind->numerator, ind->denominator));
            continue;
          }
          if (!unit.empty() && locale::case_fold(unit) != locale::case_fold(ind->unit)) {
            column_error(cell.key, make_error(cell.key_pos, msg::kCompileUnitMismatch, cell.key, unit, ind->code, ind->unit));
            continue;
          }
          if (cell.value.is_null()) continue;
          auto d = as_number(cell.value);
          if (!d) {
            std::string shown = cell.value.is_string() ? cell.value.as_string() : std::string("?");
            diags.add(make_error(cell.value.pos(), msg::kCompileNotNumber, ind->code, dname, m.month, shown));
            continue;
          }
          rec.values.emplace_back(ind->code, Value::number(*d, cell.value.pos()));
        }
        out.push_back(std::move(rec));
      }
    }
  }
  return out;
}

bool Allowed::covers(size_t district, int month) const {
  if (everything) return true;
  for (const auto& [d, list] : months) {
    if (d == district && (list.empty() || std::find(list.begin(), list.end(), month) != list.end())) return true;
  }
  return false;
}

namespace {

// Per district, per indicator: the period's value (nullopt: no figure).
using Table = std::vector<std::map<std::string, Decimal>>;

std::optional<Table> sum_period(const Spec& spec, const std::vector<Record>& records, const Allowed& allow,
                                std::string_view which, Diagnostics& diags) {
  int errors_before = diags.error_count();
  const size_t n = spec.districts.size();
  // [district][month] -> the record
  std::vector<std::vector<const Record*>> by(n, std::vector<const Record*>(13, nullptr));
  for (const Record& r : records) {
    const Record*& slot = by[r.district][static_cast<size_t>(r.month)];
    if (slot) {
      diags.add(make_error(r.pos, msg::kCompileDuplicateReport, spec.districts[r.district].name, r.month));
      diags.add(make_diagnostic(Severity::note, slot->pos, msg::kCompileFirstReport));
      continue;
    }
    slot = &r;
  }
  for (size_t d = 0; d < n; ++d) {
    std::vector<int> missing;
    for (int m = 1; m <= spec.month; ++m) {
      if (!by[d][static_cast<size_t>(m)] && !allow.covers(d, m)) missing.push_back(m);
    }
    if (!missing.empty()) {
      Diagnostic e = make_error(spec.sources.empty() ? spec.pos : spec.sources.front().pos, msg::kCompileMissingMonths,
                                which, spec.districts[d].name, month_list(missing));
      diags.add(with_hint(std::move(e), msg::kCompileMissingHint, spec.districts[d].name, month_list(missing)));
    }
  }
  if (diags.error_count() > errors_before) return std::nullopt;

  Table t(n);
  for (size_t d = 0; d < n; ++d) {
    for (const Indicator& ind : spec.indicators) {
      if (ind.kind == Kind::ratio) continue;
      std::optional<Decimal> total;
      std::optional<std::pair<Decimal, int>> previous;  // cumulative so far and its month
      for (int m = 1; m <= spec.month; ++m) {
        const Record* r = by[d][static_cast<size_t>(m)];
        if (!r) continue;
        auto it = std::find_if(r->values.begin(), r->values.end(), [&](const auto& p) { return p.first == ind.code; });
        if (it == r->values.end()) continue;
        const Decimal& v = it->second.as_number();
        bool summed = ind.kind == Kind::flow && ind.input == Input::month;
        Decimal running;
        try {
          running = summed ? (total ? *total : Decimal(0)) + v : v;
        } catch (const std::overflow_error&) {
          diags.add(make_error(it->second.pos(), msg::kCompileTooLarge, ind.code, spec.districts[d].name));
          total.reset();  // no figure, rather than a wrong one that would be reported again
          break;
        }
        if (ind.kind == Kind::flow && previous && running < previous->first) {
          diags.add(make_warning(it->second.pos(), msg::kCompileCumulativeDown, ind.code, spec.districts[d].name,
                                 show(previous->first), previous->second, show(running), m));
        }
        previous = std::make_pair(running, m);
        total = running;
      }
      if (total) t[d][ind.code] = *total;
    }
  }
  return t;
}

Value number(const Decimal& d) { return Value::number(d.normalized()); }

std::optional<Decimal> find_figure(const std::map<std::string, Decimal>& m, const std::string& code) {
  auto it = m.find(code);
  if (it == m.end()) return std::nullopt;
  return it->second;
}

// Adds the figures of one indicator to `row` (see figures()); throws
// std::overflow_error when one needs more than 38 digits.
void add_figures(const Indicator& ind, const std::map<std::string, Decimal>& now,
                 const std::map<std::string, Decimal>* before, const std::string& who, Diagnostics& diags,
                 const SourcePos& pos, bool required, data::Map& row) {
  if (ind.kind == Kind::ratio) {
    auto a = find_figure(now, ind.numerator);
    auto b = find_figure(now, ind.denominator);
    if (a && b) {
      row.push_back({ind.code, {}, b->is_zero() ? Value::null() : number(locale::ratio_value(*a, *b, ind.decimals))});
    }
    return;
  }
  auto v = find_figure(now, ind.code);
  if (!v) {
    if (required && ind.kind != Kind::flow) {
      diags.add(make_error(pos, msg::kCompileMissingValue, ind.code, ind.name, who));
      return;
    }
    v = Decimal(0);  // a flow nobody reported in the period is zero
  }
  row.push_back({ind.code, {}, number(*v)});
  if (!ind.plan.empty()) {
    if (auto p = find_figure(now, ind.plan); p && !p->is_zero()) {
      row.push_back({ind.code + "_pt_kh", {}, number(locale::ratio_value(*v, *p, 1))});
    }
  }
  if (before) {
    if (auto b = find_figure(*before, ind.code)) {
      row.push_back({ind.code + "_cung_ky", {}, number(*b)});
      row.push_back({ind.code + "_tang", {}, number(*v - *b)});
      if (!b->is_zero()) row.push_back({ind.code + "_so_cung_ky", {}, number(locale::ratio_value(*v, *b, 1))});
    }
  }
}

// The row of one district (or of the province): every indicator, plans in %, ratios.
data::Map figures(const Spec& spec, const std::map<std::string, Decimal>& now,
                  const std::map<std::string, Decimal>* before, const std::string& who, Diagnostics& diags,
                  const SourcePos& pos, bool required) {
  data::Map row;
  for (const Indicator& ind : spec.indicators) {
    try {
      add_figures(ind, now, before, who, diags, pos, required, row);
    } catch (const std::overflow_error&) {
      diags.add(make_error(pos, msg::kCompileTooLarge, ind.code, who));
    }
  }
  return row;
}

// The province's total of every indicator; one that needs more than 38 digits is reported and left out.
std::map<std::string, Decimal> province(const Spec& spec, const Table& t, Diagnostics& diags) {
  std::map<std::string, Decimal> sum;
  std::set<std::string> too_large;
  for (const auto& row : t) {
    for (const auto& [code, v] : row) {
      if (too_large.count(code)) continue;
      try {
        sum[code] += v;
      } catch (const std::overflow_error&) {
        diags.add(make_error(spec.pos, msg::kCompileTooLarge, code, spec.total_key));
        too_large.insert(code);
        sum.erase(code);
      }
    }
  }
  return sum;
}

}  // namespace

std::optional<data::Value> aggregate(const Spec& spec, const std::vector<Record>& records,
                                     const std::vector<Record>* last_year, Diagnostics& diags) {
  int errors_before = diags.error_count();
  auto now = sum_period(spec, records, spec.allowed, "năm nay", diags);
  std::optional<Table> before;
  if (last_year) before = sum_period(spec, *last_year, spec.last_year_allowed, "cùng kỳ năm trước", diags);
  if (!now || (last_year && !before)) return std::nullopt;

  data::Map top;
  auto put = [&](std::string key, Value v) { top.push_back({std::move(key), {}, std::move(v)}); };
  data::Map period;
  period.push_back({"nam", {}, Value::number(Decimal(spec.year))});
  period.push_back({"thang", {}, Value::number(Decimal(spec.month))});
  period.push_back({"loai", {}, Value::string(spec.period == locale::PeriodKind::month ? "thang" : "luy_ke")});
  put("ky_bao_cao", Value::map(std::move(period)));
  put("ten_ky", Value::string(locale::period_name(spec.month, spec.year, spec.period)));
  put("ten_ky_con_lai", Value::string(locale::period_rest(spec.month, spec.year, spec.period)));
  data::Map catalogue;
  for (const Indicator& ind : spec.indicators) {
    data::Map c;
    c.push_back({"ten", {}, Value::string(ind.name)});
    c.push_back({"don_vi", {}, Value::string(ind.unit)});
    catalogue.push_back({ind.code, {}, Value::map(std::move(c))});
  }
  put("chi_tieu", Value::map(std::move(catalogue)));
  data::List rows;
  for (size_t d = 0; d < spec.districts.size(); ++d) {
    data::Map row = spec.districts[d].attributes;
    for (auto& m : row) m.key_pos = {};
    auto f = figures(spec, (*now)[d], before ? &(*before)[d] : nullptr, spec.districts[d].name, diags,
                     spec.districts[d].pos, true);
    row.insert(row.end(), f.begin(), f.end());
    rows.push_back(Value::map(std::move(row)));
  }
  put(spec.list_key, Value::list(std::move(rows)));
  auto total_now = province(spec, *now, diags);
  std::map<std::string, Decimal> total_before;
  if (before) total_before = province(spec, *before, diags);
  put(spec.total_key, Value::map(figures(spec, total_now, before ? &total_before : nullptr, spec.total_key, diags,
                                         spec.pos, false)));
  if (diags.error_count() > errors_before) return std::nullopt;
  return Value::map(std::move(top));
}

std::optional<data::Value> compile(const Spec& spec, Diagnostics& diags) {
  int errors_before = diags.error_count();
  auto records = read_sources(spec, spec.sources, spec.year, diags);
  std::vector<Record> last;
  if (spec.has_last_year) last = read_sources(spec, spec.last_year_sources, spec.year - 1, diags);
  if (diags.error_count() > errors_before) return std::nullopt;
  return aggregate(spec, records, spec.has_last_year ? &last : nullptr, diags);
}

}  // namespace vanban::compile
