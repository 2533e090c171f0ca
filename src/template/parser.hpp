// Stage: template.
// Parses template source (body.vb, partials, documents) into a Program.
#pragma once

#include "core/diagnostic.hpp"
#include "template/ast.hpp"

#include <memory>
#include <string>
#include <string_view>

namespace vanban::tmpl {

// Parses `source`. Every syntax problem is added to `diags` (parsing goes on
// after each); the returned program holds what could be parsed.
Program parse_template(std::string_view source, std::shared_ptr<const std::string> file, Diagnostics& diags);

// Parses a short template held in a YAML value (a header field of
// template.yaml): positions are reported relative to `at`, where the value is.
Program parse_inline_template(std::string_view source, const SourcePos& at, Diagnostics& diags);

// Parses one expression held in a YAML value (a table column's `value:`),
// positions relative to `at`. Returns null after reporting a problem.
std::shared_ptr<const Expr> parse_expression(std::string_view source, const SourcePos& at, Diagnostics& diags);

}  // namespace vanban::tmpl
