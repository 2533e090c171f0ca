// Stage: template.
// The filters (`x | number(1)`) and functions (`ratio(a, b, 1)`) of the template language.
#pragma once

#include "template/ast.hpp"
#include "template/value_ops.hpp"

#include <string>
#include <vector>

namespace vanban::tmpl {

struct Argument {
  std::string name;  // empty: positional
  Val value;
  SourcePos pos;
};

// Names and parameters of a filter or function.
struct Callable {
  std::string_view name;
  std::vector<std::string_view> params;  // in positional order
  size_t required = 0;                   // how many of params must be given
  Val (*apply)(Context&, const Val& input, const std::vector<Val>& args, const SourcePos& pos);
};

const Callable* find_filter(std::string_view name);
const Callable* find_function(std::string_view name);
std::vector<std::string> filter_names();
std::vector<std::string> function_names();

// Binds given arguments to `c`'s parameters (positional, then by name);
// reports a wrong count or an unknown name. Unset optional parameters are
// left undefined.
std::vector<Val> bind_arguments(Context& ctx, const Callable& c, std::vector<Argument> given, const SourcePos& pos);

}  // namespace vanban::tmpl
