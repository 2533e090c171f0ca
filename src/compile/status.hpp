// Stage: compile.
// What arrived: for every unit and month of the period, whether its figures came, are missing, may be missing or came with errors.
#pragma once

#include "compile/compile.hpp"

#include <optional>
#include <string>
#include <vector>

namespace vanban::compile {

// One unit's month. A cell with errors is `error` whether its figures came or not.
struct Cell {
  enum class State { missing = 0, arrived, allowed, error };
  State state = State::missing;
  int errors = 0;
  std::optional<Diagnostic> first_error;  // the first error found in it
};

struct Arrivals {
  int year = 0;
  int months = 0;                          // den_thang: cells are months 1..months
  std::vector<std::string> units;          // `ten` of each unit, in the spec's order
  std::vector<std::vector<Cell>> cells;    // [unit][month - 1]
  std::vector<Diagnostic> elsewhere;       // errors of no single cell: a file of all units, the spec, last year
  int count(Cell::State state) const;
  // Every cell arrived or allowed, and no error anywhere: `compile` would succeed.
  bool complete() const;
};

// Reads every file of the spec and runs every check `compile` runs, then
// places each error in the cell of the unit and month it belongs to: a row
// of a file of all units belongs to that row's unit, a file of one unit to
// that unit. This year's missing months are the grid's `missing` cells, not
// errors; every problem is also in `diags`. Nothing is kept between runs:
// the answer depends on the files alone.
Arrivals arrivals(const Spec& spec, Diagnostics& diags);

// Where a unit's file dropped on the page goes: the path (relative to the spec's folder, `/`-separated)
// a source's pattern gives for the file's name. The name is read against the pattern's file name
// (`2023-08.csv` for `thang/{nam}-{thang}.csv`), or against the parts of the pattern that hold a
// `{…}`, joined by `-` (`huyen-can-loc-2023-08.xlsx` for `huyen/{don_vi}/{nam}-{thang}.xlsx`). A unit's
// folder that already exists under another spelling of its name is used as it is.
struct Drop {
  enum class Why { placed = 0, no_pattern, other_year, outside_period, unknown_unit };
  Why why = Why::no_pattern;
  std::string path;            // placed: where the file goes
  int month = 0;
  size_t district = std::string::npos;
  std::string found;           // other_year: the year, outside_period: the month, unknown_unit: the unit as written
  std::vector<std::string> examples;  // no_pattern: a name each source would take (`huyen-can-loc-2023-08.xlsx`)
};
Drop place_drop(const Spec& spec, std::string_view name);

}  // namespace vanban::compile
