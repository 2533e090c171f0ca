// Stage: data.
// A data tree written back as YAML (block style), so that generated data reads like what a clerk writes.
#pragma once

#include "data/value.hpp"

#include <string>

namespace vanban::data {

// Maps and lists in block style, two spaces per level; keys plain when they
// are snake_case, quoted otherwise; text always double-quoted (JSON escapes,
// so nothing in it can become YAML syntax); numbers as exact decimals.
// Reading the result with read_yaml gives back an equal tree.
std::string write_yaml(const Value& v);

}  // namespace vanban::data
