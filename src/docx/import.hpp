// Stage: docx (import).
// `vanban import DRAFT.docx`: a Word draft (WordprocessingML) read back into a vanban document — front matter, body markup, tables.
#pragma once

#include "core/diagnostic.hpp"
#include "data/value.hpp"

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vanban::docx {

// A document type the importer may recognise: its title word (`QUYẾT ĐỊNH`)
// and what the frame needs to know of it.
struct KnownType {
  std::string name;     // `quyet-dinh`
  std::string heading;  // `QUYẾT ĐỊNH` (template.yaml header.type)
  std::string profile;  // nd30, hd36
  std::string shape;    // titled, cong-van, quyet-dinh, …
  std::string co_signer_key;  // the field of the left signature: `thu_ky` (bien-ban), else `dong_ky`
  std::string summary;        // header.summary when the type makes it from other fields; empty otherwise
};

struct ImportOptions {
  bool accept_changes = false;       // tracked changes: accepted instead of refused
  size_t max_unpacked = 64u << 20;   // the package's parts may unpack to this much in all
  std::vector<KnownType> types;      // from the built-in templates
};

// One table of the draft: its spec (template.yaml `tables:` entry) and its rows (data).
struct ImportedTable {
  std::string name;  // bang-1
  data::Value spec;  // a map as template.yaml writes a table
  std::string data_key;  // bang_1
  data::Value rows;      // a list of maps
  bool annex = false;         // after the signature: an annex (`annexes:`), not placed in the body
  std::string annex_heading;  // `Phụ lục`, `Biểu 1`; empty: the frame's `Biểu N`
};

struct Imported {
  std::string type;          // template name the document extends (`quyet-dinh`)
  data::Value front_matter;  // a map, in the order a clerk writes it
  std::string body;          // body markup (a template: `{{`, `{%` escaped)
  std::vector<ImportedTable> tables;
  bool own_summary = false;  // the type makes its summary from other fields: the draft's must stand as it is
};

// Reads `bytes` (the whole .docx). Errors (not a .docx, a zip bomb, tracked
// changes, …) leave nullopt; what cannot be mapped is a warning naming the
// paragraph.
std::optional<Imported> import_docx(std::string_view bytes, const std::shared_ptr<const std::string>& file, const ImportOptions& options,
                                    Diagnostics& diags);

}  // namespace vanban::docx
