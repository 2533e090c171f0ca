// Stage: template.
// Expands a parsed template with data into body markup, with literal runs for every interpolated value.
#pragma once

#include "core/diagnostic.hpp"
#include "core/limits.hpp"
#include "core/source_map.hpp"
#include "data/value.hpp"
#include "template/ast.hpp"

#include <algorithm>

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace vanban::tmpl {

// Bounds on what one expansion may do; exceeding one stops the expansion with
// a clear error.
// Defaults: core/limits.hpp (`loops`, `depth`, `output-mb`, `rows`).
struct Limits {
  size_t max_iterations = vanban::Limits{}.loops;        // loop iterations, all loops together
  int max_depth = static_cast<int>(vanban::Limits{}.depth);  // nesting of blocks, includes and expressions
  size_t max_output = vanban::Limits{}.output_mb << 20;  // bytes of expanded text
  size_t max_rows = vanban::Limits{}.rows;               // rows of one table
};

// The template's share of the command line's limits.
inline Limits limits_from(const vanban::Limits& l) {
  const int depth = static_cast<int>(std::min<size_t>(l.depth, vanban::kMaxTemplateDepth));
  return Limits{l.loops, depth, l.output_mb << 20, l.rows};
}

// Resolves `{% include "NAME" %}` (the template folder loader implements it,
// refusing paths outside the folder).
class Includes {
 public:
  virtual ~Includes() = default;
  // The parsed partial, or nullptr after reporting why not.
  virtual const Program* include(const std::string& name, const SourcePos& pos, Diagnostics& diags) = 0;
};

struct ExpandInput {
  const Program* program = nullptr;    // the template's body
  const Program* document = nullptr;   // a document that `extends` it: its blocks replace the template's
  const data::Value* data = nullptr;   // the merged data (a map)
  Includes* includes = nullptr;
  Limits limits;
};

struct Expansion {
  std::string text;  // body markup: template text, literal runs, directive lines
  SourceMap where;   // offset in `text` -> template/document position
};

// The block a document without any `{% block %}` replaces: the whole body.
inline constexpr std::string_view kMainBlock = "noi_dung";

// True when the document has text but no `{% block %}`: it writes the whole
// body, which replaces the template's block `noi_dung`.
bool writes_whole_body(const Program& document);

// The first node of a document that is more than blank text (nullptr if none).
const Node* first_content(const Nodes& nodes);

// The names of the template's blocks a document replaces (its top-level
// blocks, or `noi_dung` when it writes the whole body).
std::vector<std::string> replaced_blocks(const Program& document);

// Reports every block of `document` that `program` (the template's body)
// lacks, listing the blocks it has (or saying it has none).
void check_blocks(const Program& program, const Program& document, Diagnostics& diags);

// Every block of a template with the block it sits in ("" at top level), in
// the order they appear.
std::vector<std::pair<std::string, std::string>> block_tree(const Program& program);

// Expands the template. Every problem goes to `diags`; an expression that
// fails outputs nothing and expansion goes on, so one run reports them all
// (a limit stops it).
Expansion expand(const ExpandInput& input, Diagnostics& diags);

// Expands a short template (a header field) to plain text: no markup, no
// literal markers, whitespace collapsed.
std::string expand_plain(const Program& program, const data::Value& data, const Limits& limits,
                         Diagnostics& diags);

// A name bound for one evaluation: each field of a table's row, and `row`.
struct Binding {
  std::string name;
  const data::Value* value = nullptr;
  std::string path;  // its data path, for messages: "huyen[4].ke_hoach"
};

struct Evaluated {
  const data::Value& value() const { return *ref; }
  const data::Value* ref = nullptr;         // into the data, or into `own`: never copied
  std::shared_ptr<const data::Value> own;   // keeps a computed value alive (null for data)
  std::string path;  // the data path the value came from; empty for a computed value
};

// Evaluates one expression over `data` with `names` in front of it (a table
// column's `value:`). An undefined result is reported as missing data;
// returns nullopt after reporting any problem.
std::optional<Evaluated> evaluate(const Expr& expr, const data::Value& data, const std::vector<Binding>& names,
                                  const Limits& limits, Diagnostics& diags);

}  // namespace vanban::tmpl
