// Stage: serve.
// The JSON of the page's API: data values to JSON and back (JSON read as the YAML it is), diagnostics placed.
#pragma once

#include "core/diagnostic.hpp"
#include "data/value.hpp"
#include "template/template_folder.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace vanban::serve {

// A data value as JSON: numbers as their exact decimals, maps in order.
std::string to_json(const data::Value& v);

// A request body read as JSON (with the YAML reader: JSON is YAML 1.2, and
// it is the reader every data file goes through); problems go to `diags`.
std::optional<data::Value> parse_json(std::string_view text, Diagnostics& diags);

// A type's declared fields as JSON for the form: name, type, required,
// description, example, allowed values, sub-fields, list items.
std::string fields_json(const std::vector<tmpl::FieldSpec>& fields);

// `"…"` (meta::json_quoted).
std::string json_text(std::string_view s);

}  // namespace vanban::serve
