// Stage: docx (import).
// Opens a .docx and reads document.xml, numbering.xml, styles.xml and footnotes.xml into import_model's Package.
#pragma once

#include "core/diagnostic.hpp"
#include "docx/import_model.hpp"

#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace vanban::docx {

struct ReadOptions {
  bool accept_changes = false;
  size_t max_unpacked = 64u << 20;
};

// nullopt (with an error in `diags`) when the bytes are not a readable .docx:
// a Word 97 .doc, an encrypted file, an .odt, a zip without word/document.xml,
// a zip bomb, a DTD, or tracked changes without accept_changes.
std::optional<Package> read_package(std::string_view bytes, const std::shared_ptr<const std::string>& file,
                                    const ReadOptions& options, Diagnostics& diags);

}  // namespace vanban::docx
