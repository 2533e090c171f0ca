// Stage: serve.
// What the page asks of the pipeline (check, render, the types), as an interface the command line fills
// with the very entry points `vanban check` and `vanban render` use, so that the preview is the render.
#pragma once

#include "core/diagnostic.hpp"
#include "template/template_folder.hpp"

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace vanban::serve {

// A document as the page holds it: its file (for messages and for the
// templates beside it), its whole text (maybe not saved yet), its data files.
struct Source {
  std::filesystem::path document;
  std::string text;
  std::vector<std::filesystem::path> data;
};

struct Rendered {
  std::optional<std::string> bytes;  // empty after an error in `diags`
  Diagnostics diags;
  size_t pages = 0;
};

// A Word draft imported (`vanban import`): the .vb's text and, for a draft with tables, the template
// folder beside it (`STEM-bang`) with its files.
struct Draft {
  std::string document;
  std::string table_folder;
  std::vector<std::pair<std::string, std::string>> table_files;  // name in the folder -> bytes
};

class Engine {
 public:
  virtual ~Engine() = default;
  // Every problem `vanban check DOCUMENT.vb DATA...` reports.
  virtual Diagnostics check(const Source& source) = 0;
  // The bytes `vanban render` writes: `format` is "pdf", "xlsx" or "docx".
  virtual Rendered render(const Source& source, std::string_view format) = 0;
  // The built-in types, in order, and one loaded (shared, loaded once).
  virtual std::vector<std::string> type_names() = 0;
  virtual std::shared_ptr<const tmpl::Template> type(const std::string& name, Diagnostics& diags) = 0;
  // The starter `vanban new TYPE` writes.
  virtual std::string starter(const tmpl::Template& type) = 0;
  // `vanban import`'s files for the .docx `bytes` (named `draft` in messages) as the document `STEM.vb`;
  // nullopt when the importer refuses the draft (its messages in `diags`, with its warnings).
  virtual std::optional<Draft> import_draft(std::string_view bytes, const std::string& draft, const std::string& stem,
                                            Diagnostics& diags) = 0;
};

}  // namespace vanban::serve
