// Stage: data.
// Reading data files by kind and merging several into one tree (later keys win).
#pragma once

#include "core/diagnostic.hpp"
#include "core/limits.hpp"
#include "data/csv_reader.hpp"
#include "data/value.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace vanban::data {

enum class FileKind { unknown = 0, yaml, csv, xlsx };

// By extension: .yaml .yml .json -> yaml (JSON is YAML); .csv -> csv; .xlsx -> xlsx.
FileKind file_kind(const std::filesystem::path& path);

// The key under which a CSV file's rows appear in the merged data: the file
// name without extension, `-` and spaces turned into `_`
// (`bieu-1.csv` -> `bieu_1`).
std::string csv_key(const std::filesystem::path& path);

// Reads one data file into a map. A YAML/JSON file must hold a mapping at
// the top; a CSV file, or the first sheet of an XLSX workbook, becomes
// `{csv_key: [rows]}`. Problems go to `diags`
// (missing or unreadable files as `io.*`); returns nullopt on any error.
// A file over `max_mb` megabytes (the limit `data-mb`) is refused unread; an
// XLSX workbook may unpack to 8 times that.
std::optional<Value> load_file(const std::filesystem::path& path, Diagnostics& diags,
                               const CsvOptions& csv = {}, size_t max_mb = Limits{}.data_mb);

// Merges `overlay` into `base`: maps merge key by key, recursively; any other
// value (text, number, list) replaces the earlier one whole. Positions of the
// winning values are kept.
void merge(Value& base, Value overlay);

// Loads every file (reporting the problems of all of them) and merges them in
// order. Returns nullopt when any file had an error.
std::optional<Value> load_all(const std::vector<std::filesystem::path>& paths, Diagnostics& diags,
                              const CsvOptions& csv = {}, size_t max_mb = Limits{}.data_mb);

}  // namespace vanban::data
