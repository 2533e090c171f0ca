// Stage: compile.
// Districts' monthly figures -> report data: cumulative values, % of plan, same period last year (docs/COMPILE.md).
#pragma once

#include "core/diagnostic.hpp"
#include "core/limits.hpp"
#include "data/value.hpp"
#include "locale/format.hpp"

#include <filesystem>
#include <optional>
#include <regex>
#include <string>
#include <vector>

namespace vanban::compile {

// flow: summed over the months (km built, money disbursed); stock: the latest
// month's value (communes meeting the standard); plan: an annual target, not
// summed over months; ratio: numerator / denominator × 100, never summed.
enum class Kind { flow, stock, plan, ratio };
// How the files give a flow: the month's own figure, or the cumulative figure to date.
enum class Input { month, cumulative };

struct Indicator {
  std::string code, name, unit;
  int decimals = 0;
  Kind kind = Kind::flow;
  Input input = Input::month;
  std::string numerator, denominator;  // ratio
  std::string plan;                    // flow/stock: the plan indicator for `<code>_pt_kh`
  SourcePos pos;
};

struct District {
  std::string name;                 // `ten`
  std::vector<std::string> names;   // every name it may be written as (ten, ten_ngan, ma, ten_khac)
  std::string file_key;             // `ma`, else the name, as an ascii key for paths
  data::Map attributes;             // copied to the output row (ten, ten_ngan, …)
  SourcePos pos;
};

struct Source {
  std::string pattern;          // relative to the spec's folder: `thang/{nam}-{thang}.csv`, `{don_vi}/{thang}.xlsx`
  std::string district_column;  // default `don_vi`
  std::string sheet;            // XLSX: a named sheet (default: the first)
  SourcePos pos;
};

struct Allowed {  // cho_phep_thieu
  bool everything = false;
  std::vector<std::pair<size_t, std::vector<int>>> months;  // district -> months (empty: all)
  bool covers(size_t district, int month) const;  // this unit's month may be missing
};

struct Spec {
  std::filesystem::path folder;
  int year = 0;
  int month = 0;                                   // den_thang
  locale::PeriodKind period = locale::PeriodKind::cumulative;
  std::string list_key = "huyen";                  // khoa
  std::string total_key = "toan_tinh";             // khoa_tong
  std::vector<District> districts;
  std::vector<Indicator> indicators;
  std::vector<Source> sources;
  Allowed allowed;
  bool has_last_year = false;
  std::vector<Source> last_year_sources;
  Allowed last_year_allowed;
  SourcePos pos;
  size_t max_file_mb = Limits{}.data_mb;  // each file read (not from the spec: `--limit data-mb`)

  const Indicator* find(std::string_view code) const;
};

// A data file is a compile spec when its top level has `bien_soan`.
bool is_spec(const data::Value& v);
std::optional<Spec> read_spec(const data::Value& v, const std::filesystem::path& folder, Diagnostics& diags);

// One district's figures for one month, as read from a file.
struct Record {
  size_t district = 0;
  int month = 0;
  std::vector<std::pair<std::string, data::Value>> values;  // indicator code -> number (positions kept)
  SourcePos pos;
};

// A file a source's pattern matched: its path as positions name it, its
// month, and its unit when the path names one (npos for a file of all units).
struct MatchedFile {
  std::string path;
  int month = 0;
  size_t district = std::string::npos;
};

// Reads every file the sources match for `year`, months 1..spec.month;
// `files` (when given) receives each file read.
std::vector<Record> read_sources(const Spec& spec, const std::vector<Source>& sources, int year, Diagnostics& diags,
                                 std::vector<MatchedFile>* files = nullptr);

// Checks (missing, duplicates, cumulative going down) and sums; the report
// data: ky_bao_cao, ten_ky, ten_ky_con_lai, chi_tieu, the list of districts
// and the province totals. Sums are exact; only ratios are rounded, once.
std::optional<data::Value> aggregate(const Spec& spec, const std::vector<Record>& records,
                                     const std::vector<Record>* last_year, Diagnostics& diags);

// read_sources + aggregate, for this year and (when the spec has nam_truoc) last year.
std::optional<data::Value> compile(const Spec& spec, Diagnostics& diags);

// One path component of a source's pattern (`{nam}-{thang}.csv`) as an anchored, case-blind regex;
// `groups` receives the names of its groups in order (nam, thang, don_vi).
std::regex component_regex(std::string_view part, std::vector<std::string>& groups);

// Matches a district name written in a file (NFC, case folded) or a path
// component (ASCII key) to the spec's list; npos when none.
size_t find_district(const Spec& spec, std::string_view written);
size_t find_district_by_key(const Spec& spec, std::string_view path_part);

}  // namespace vanban::compile
