// Stage: template.
// A template folder: template.yaml (metadata, the data it needs, header fields, tables) and body.vb, with safe partials.
#pragma once

#include "core/diagnostic.hpp"
#include "data/value.hpp"
#include "template/ast.hpp"
#include "template/evaluator.hpp"
#include "template/table_spec.hpp"

#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace vanban::tmpl {

enum class FieldType { any = 0, text, number, integer, code, year, date, boolean, list, map };

// One declared data field (template.yaml `fields:`).
struct FieldSpec {
  std::string name;
  FieldType type = FieldType::any;
  bool required = true;
  std::string description;             // Vietnamese, shown by `vanban templates`
  data::Value example;                  // `example:`, written by `vanban new` (null when none)
  std::string block;                   // top level: needed only by this block's default text
  std::vector<data::Value> values;     // allowed values, when listed
  std::vector<FieldSpec> fields;       // type map: its fields
  std::shared_ptr<FieldSpec> items;    // type list: the spec of each item
  SourcePos pos;
};

std::string_view field_type_name(FieldType t, bool vietnamese);

class Template;

// Loads partials for `{% include %}` from the template's own folder only:
// no absolute paths, no `..`, no symbolic links anywhere on the way.
class FolderIncludes : public Includes {
 public:
  explicit FolderIncludes(std::filesystem::path folder) : folder_(std::move(folder)) {}
  const Program* include(const std::string& name, const SourcePos& pos, Diagnostics& diags) override;

 private:
  std::filesystem::path folder_;
  std::map<std::string, std::unique_ptr<Program>> cache_;
};

class Template {
 public:
  std::string name;         // folder name: `thong-bao`
  std::string title;        // `Thông báo kết luận`
  std::string description;
  std::string profile;      // `nd30` or `hd36`
  std::string abbreviation; // the type's abbreviation in the ký hiệu (Phụ lục III): `TB`, `QĐ`, `CV` for a Công văn
  std::string shape;        // the frame: titled (default), cong-van, quyet-dinh, bien-ban, cong-dien
  std::string base;         // the template it builds on (`base:`), empty when none
  std::filesystem::path folder;
  std::filesystem::path body_folder;  // where body.vb came from (this folder or the base's): partials are read there
  std::string body_text;              // body.vb as written, for `vanban templates TYPE`
  std::string starter;                // moi.vb: the body `vanban new` writes, empty when none
  std::shared_ptr<const std::string> spec_file;  // template.yaml
  Program body;                                  // body.vb
  // Document fields given by the template (type, summary, …) as short
  // templates; fields not listed come from the conventional data keys.
  std::vector<std::pair<std::string, Program>> header;
  std::vector<FieldSpec> fields;
  data::Value defaults;              // `defaults:`: data values used where the data give none (a map)
  std::vector<std::string> outputs;  // pdf, xlsx
  std::vector<TableSpec> tables;     // `tables:`
  std::vector<AnnexSpec> annexes;    // `annexes:`, in order
};

// The frames a template may choose (`shape:`), FORMAT.md "Document shapes".
const std::vector<std::string>& shape_names();

// Reads a template folder. A template with `base: NAME` builds on the
// template in the sibling folder NAME: its fields come first (a field of the
// same name here replaces the base's), its header, defaults, tables and
// annexes too; its body.vb and moi.vb serve when this folder has none.
// `body_from: NAME` takes body.vb and moi.vb from another sibling instead
// (Nghị quyết and the Party's Quyết định share Quyết định's). Every problem in
// template.yaml and body.vb goes to `diags`; returns nullopt when the
// template cannot be used.
std::optional<Template> load_template(const std::filesystem::path& folder, Diagnostics& diags);

// Validates data against the declared fields: missing required fields, wrong
// types, values not allowed; `code` and `year` numbers become text (so that
// `so: 07` stays `07` and `nam: 2023` never prints as `2.023`). Unknown keys
// close to a declared one are warned about (a likely typo).
// Fields tied to a block in `replaced` (`block:` in template.yaml) are
// optional: the document wrote that block itself.
void validate_data(const std::vector<FieldSpec>& fields, data::Value& data, Diagnostics& diags,
                   const std::vector<std::string>& replaced = {});

// Where built-in templates live, and their names.
std::vector<std::string> builtin_template_names(const std::filesystem::path& builtin_dir);

// Resolves TEMPLATE as given on the command line: a folder with a
// template.yaml, or the name of a built-in template.
std::optional<std::filesystem::path> resolve_template(const std::string& name,
                                                      const std::filesystem::path& builtin_dir,
                                                      const std::filesystem::path& relative_to);

}  // namespace vanban::tmpl
