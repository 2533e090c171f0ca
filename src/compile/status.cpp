// Stage: compile.
// The arrivals grid: every file read and checked as `compile` does, each error placed at its unit and month.
#include "compile/status.hpp"
#include "compile/messages.hpp"

#include <algorithm>
#include <map>

namespace vanban::compile {
namespace {

using Place = std::pair<size_t, int>;  // unit, month

bool same_pos(const SourcePos& a, const SourcePos& b) {
  return a.known() && b.known() && *a.file == *b.file && a.line == b.line && a.column == b.column;
}

}  // namespace

int Arrivals::count(Cell::State state) const {
  int n = 0;
  for (const auto& row : cells) {
    for (const auto& c : row) n += c.state == state ? 1 : 0;
  }
  return n;
}

bool Arrivals::complete() const {
  return elsewhere.empty() && count(Cell::State::missing) == 0 && count(Cell::State::error) == 0;
}

Arrivals arrivals(const Spec& spec, Diagnostics& diags) {
  Arrivals a;
  a.year = spec.year;
  a.months = spec.month;
  for (const auto& d : spec.districts) a.units.push_back(d.name);
  a.cells.assign(spec.districts.size(), std::vector<Cell>(static_cast<size_t>(std::max(spec.month, 0))));

  const size_t first = diags.items().size();
  std::vector<MatchedFile> files;
  std::vector<Record> records = read_sources(spec, spec.sources, spec.year, diags, &files);
  std::vector<Record> last;
  if (spec.has_last_year) last = read_sources(spec, spec.last_year_sources, spec.year - 1, diags);

  std::vector<bool> has_gap(spec.districts.size(), false);  // a month missing that is not allowed
  for (const Record& r : records) {
    if (r.month >= 1 && r.month <= a.months) a.cells[r.district][static_cast<size_t>(r.month - 1)].state = Cell::State::arrived;
  }
  for (size_t d = 0; d < a.cells.size(); ++d) {
    for (int m = 1; m <= a.months; ++m) {
      Cell& c = a.cells[d][static_cast<size_t>(m - 1)];
      if (c.state == Cell::State::arrived) continue;
      c.state = spec.allowed.covers(d, m) ? Cell::State::allowed : Cell::State::missing;
      if (c.state == Cell::State::missing) has_gap[d] = true;
    }
  }

  // The checks `compile` makes after reading (duplicates, cumulative figures
  // going down, last year's gaps), with this year's gaps left to the grid. A
  // unit with a gap that is not allowed may lack a stock figure only because
  // of the gap: that is the gap, not a second problem. (With an allowed gap
  // the missing figure is an error `compile` reports too.)
  Spec every_gap_allowed = spec;
  every_gap_allowed.allowed.everything = true;
  Diagnostics checks;
  aggregate(every_gap_allowed, records, spec.has_last_year ? &last : nullptr, checks);
  for (const Diagnostic& d : checks.items()) {
    bool gap_only = false;
    if (d.id == msg::kCompileMissingValue.id) {
      for (size_t u = 0; u < spec.districts.size(); ++u) gap_only = gap_only || (has_gap[u] && same_pos(d.pos, spec.districts[u].pos));
    }
    if (!gap_only) diags.add(d);
  }

  // Where each error belongs: a row that gave a record is its unit's month; a
  // file of one unit is that unit's month.
  std::map<std::pair<std::string, int>, Place> rows;
  for (const Record& r : records) {
    if (r.pos.known()) rows[{*r.pos.file, r.pos.line}] = {r.district, r.month};
  }
  std::map<std::string, Place> unit_files;
  for (const MatchedFile& f : files) {
    if (f.district != std::string::npos) unit_files[f.path] = {f.district, f.month};
  }
  for (size_t i = first; i < diags.items().size(); ++i) {
    const Diagnostic& d = diags.items()[i];
    if (d.severity != Severity::error) continue;
    std::optional<Place> place;
    if (d.pos.known()) {
      if (auto it = rows.find({*d.pos.file, d.pos.line}); it != rows.end()) place = it->second;
      else if (auto f = unit_files.find(*d.pos.file); f != unit_files.end()) place = f->second;
    }
    if (!place) {
      a.elsewhere.push_back(d);
      continue;
    }
    if (place->second < 1 || place->second > a.months) {
      a.elsewhere.push_back(d);
      continue;
    }
    Cell& c = a.cells[place->first][static_cast<size_t>(place->second - 1)];
    c.state = Cell::State::error;
    if (c.errors++ == 0) c.first_error = d;
  }
  return a;
}

}  // namespace vanban::compile
