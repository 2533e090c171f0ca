// Stage: core.
// Resource limits (docs/SECURITY.md): how big a data file, table, document or batch may get before vanban
// stops with a clear error. Every command takes `--limit NAME=VALUE` to change one.
#pragma once

#include "core/diagnostic.hpp"

#include <cstddef>
#include <optional>
#include <string_view>

namespace vanban {

// The most `depth` may be raised to: template blocks, includes and
// expressions are read and run by recursion, and this bound keeps them far
// from the end of any thread's stack (docs/SECURITY.md). The template parser
// refuses deeper nesting whatever the limit.
inline constexpr size_t kMaxTemplateDepth = 256;

struct Limits {
  size_t data_mb = 32;             // one data file (YAML, JSON, CSV, XLSX) on disk
  size_t rows = 50000;             // rows of one table
  size_t pages = 2000;             // pages of one document
  size_t loops = 100000;           // template loop iterations, all loops of one expansion together
  size_t depth = 64;               // nesting of template blocks, includes and expressions
  size_t output_mb = 16;           // text one template expansion may produce
  size_t memory_mb = 4096;         // resident memory of a batch: no new document starts above it
};

// One limit by name, for messages and --help: `rows`, `pages`, …; nullptr when unknown.
struct LimitInfo {
  std::string_view name;
  size_t Limits::*field;
  std::string_view vi, en;  // what it bounds
  size_t max = size_t(1) << 40;  // the largest value accepted
};
const LimitInfo* find_limit(std::string_view name);
std::string_view limit_names();  // "data-mb, rows, pages, loops, depth, output-mb, memory-mb"

// Applies `NAME=VALUE` (a whole number from 1 to the limit's `max`) to `limits`; an error otherwise.
std::optional<Diagnostic> apply_limit(std::string_view setting, Limits& limits);

}  // namespace vanban
