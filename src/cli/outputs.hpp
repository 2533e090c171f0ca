// Stage: cli.
// Writing a laid-out document's outputs (PDF, XLSX) atomically; shared by render and batch.
#pragma once

#include "cli/commands.hpp"
#include "document/document.hpp"
#include "layout/fonts.hpp"
#include "layout/layout.hpp"

#include <filesystem>
#include <string>

namespace vanban::cli {

struct Written {
  bool pdf = false, xlsx = false;
  size_t pages = 0, sheets = 0;
};

// Makes every output `opts.formats` asks for (default: PDF, and XLSX when the
// document has tables) in memory, then writes DIR/NAME.pdf and DIR/NAME.xlsx
// through temporaries in DIR renamed only when all are complete. Returns 0,
// or the exit status of the failure (problems in `diags`).
int write_outputs(const document::Document& doc, const layout::LaidOutDocument& laid, const layout::FontSet& fonts,
                  const Options& opts, const std::filesystem::path& dir, const std::string& name, Diagnostics& diags,
                  Written& written);

}  // namespace vanban::cli
