// Stage: template.
// Checks shared by the readers of template.yaml sections: unknown keys, kinds of values, required texts.
#pragma once

#include "core/diagnostic.hpp"
#include "data/value.hpp"

#include <string>
#include <vector>

namespace vanban::tmpl::spec {

std::string join_names(const std::vector<std::string>& names);
// Reports each key of `map` that is not among `known`, with a "did you mean".
void check_keys(const data::Value& map, const std::vector<std::string>& known, Diagnostics& diags);
// The text at `v`; empty (reported when `required`) when absent or not a string.
std::string text_of(const data::Value* v, const std::string& key, bool required, const data::Value& parent,
                    Diagnostics& diags);
// Reports `v` unless it is of kind `want`; true when it was reported.
bool wrong_kind(const data::Value& v, data::Kind want, const std::string& key, Diagnostics& diags);

}  // namespace vanban::tmpl::spec
