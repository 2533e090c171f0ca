// Stage: cli.
// A Word draft imported as the files of a vanban document — the .vb and, when the draft has tables, the
// template folder beside it — in memory, for `vanban import` (cli/cmd_import.cpp) and `vanban serve`'s upload.
#pragma once

#include "core/diagnostic.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace vanban::cli {

struct DraftFiles {
  std::string document;      // the .vb text, extending the type or the table folder
  std::string table_folder;  // `STEM-bang` (the draft's tables), `STEM-mau` (the type's frame), or "" when neither
  std::string type;          // the built-in type the draft was recognised as
  bool has_tables = false;   // the folder declares the draft's tables
  bool own_summary = false;  // the folder is there to keep the draft's summary (the type makes its own)
  std::vector<std::pair<std::string, std::string>> table_files;  // file name in the folder -> bytes
};

// Imports `bytes` (the .docx whose name is `draft`, as positions and the first comment name it) as the
// document `STEM.vb`. Refusals (not a .docx, tracked changes, …) leave nullopt; warnings stay in `diags`.
std::optional<DraftFiles> import_draft(std::string_view bytes, const std::string& draft, const std::string& stem,
                                       bool accept_changes, Diagnostics& diags);

}  // namespace vanban::cli
