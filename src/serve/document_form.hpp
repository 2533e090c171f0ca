// Stage: serve.
// A .vb document as the page edits it — the front matter's fields, the type, the body — and back to text;
// each diagnostic placed at the field or the body line it concerns.
#pragma once

#include "core/diagnostic.hpp"
#include "data/value.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vanban::serve {

struct DocumentForm {
  data::Value fields = data::Value::map({});  // the front matter (a map)
  std::string type;                             // the name in `{% extends "…" %}`
  std::string prelude;                          // text between the front matter and the extends line (kept)
  std::string body;                             // what follows the extends line
  // The comment lines of the front matter's top level (`# …` at column 0), each run with the
  // top-level key it stands before ("": after the last field), so that a save keeps them.
  std::vector<std::pair<std::string, std::string>> comments;
};

// Splits a document's text. A front matter that is not a YAML map, or no
// extends line, is an error in `diags` (the page then says to fix the file as text).
std::optional<DocumentForm> split_document(std::string_view text, Diagnostics& diags);

// The text of a form: `---`, the fields as YAML (each run of `comments` before its key; a run whose key
// is gone, at the end), `---`, the prelude, the extends line, the body.
std::string compose_document(const DocumentForm& form);

// Where a diagnostic goes on the page.
struct Placed {
  const Diagnostic* diagnostic = nullptr;
  std::string field;   // a top-level field of the form, or ""
  int body_line = 0;   // 1-based line of the body editor, or 0
  std::string file;    // another file of the workspace (a data file), or ""
};

// Places each diagnostic of `diags` about the composed text of `form` (named
// `document` in positions): a position in the front matter, or a message
// naming a declared field (`noi_nhan[2]`), goes to that field; a position in
// the body to its line; a position in another file names that file
// (`relative` gives its workspace path).
std::vector<Placed> place(const Diagnostics& diags, const DocumentForm& form, const std::string& document,
                          const std::vector<std::string>& declared,
                          std::string (*relative)(const std::string&, const void*), const void* ctx);

}  // namespace vanban::serve
