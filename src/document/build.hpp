// Stage: document.
// Builds the document model from a template, an optional document (.vb) and the merged data.
#pragma once

#include "core/diagnostic.hpp"
#include "data/value.hpp"
#include "document/document.hpp"
#include "template/template_folder.hpp"

#include <filesystem>
#include <optional>

namespace vanban::document {

// A document file NAME.vb: an optional YAML front matter between `---`
// lines, then `{% extends "TEMPLATE" %}` and the blocks it fills.
struct DocumentFile {
  std::filesystem::path path;
  data::Value front_matter;  // a map (empty when there is none)
  tmpl::Program program;
};

// Reads and parses a document file; problems go to `diags`.
std::optional<DocumentFile> load_document_file(const std::filesystem::path& path, Diagnostics& diags);
// The same from text already read (`vanban serve`: the text being edited); `path` names it in messages.
std::optional<DocumentFile> parse_document_file(const std::filesystem::path& path, const std::string& text,
                                                Diagnostics& diags);

struct BuildOptions {
  tmpl::Limits limits;
  // e-office mode: the signing system stamps the number and date, so they
  // are left blank (FORMAT.md, "Electronic documents").
  bool blank_number_and_date = false;
  int year = 0;  // e-office mode: the year printed when the data give no date (the current year)
};

// Validates `data` against the template's fields (coercing codes and years
// to text), expands the body and parses its markup, and fills the fields the
// profile draws. Every problem goes to `diags`; returns nullopt on any error.
std::optional<Document> build_document(const tmpl::Template& tpl, const DocumentFile* doc, data::Value data,
                                       const BuildOptions& options, Diagnostics& diags);

}  // namespace vanban::document
