// Stage: data.
// YAML 1.2 and JSON data files (through libyaml's event parser) into a Value tree with source positions.
#pragma once

#include "core/diagnostic.hpp"
#include "data/text_check.hpp"
#include "data/value.hpp"

#include <optional>
#include <string_view>

namespace vanban::data {

// Parses one YAML or JSON document. Scalars resolve as in the YAML 1.2 core
// schema, except that numbers become exact decimals and integers written with
// a leading zero (`07`, `0123`) stay text, since clerks use them for codes.
// Quoted scalars are always text. Duplicate keys in one mapping, a tab in
// indentation and invalid UTF-8 are errors. On any error the problems are
// added to `diags` and nullopt is returned. An empty document is an empty map.
std::optional<Value> read_yaml(std::string_view text, const FileName& file, Diagnostics& diags);

// Resolves a plain (unquoted) YAML scalar: null, boolean, number or text.
Value resolve_plain_scalar(const std::string& text, SourcePos pos);

}  // namespace vanban::data
