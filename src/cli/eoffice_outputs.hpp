// Stage: cli.
// The metadata sidecar in render, batch and check: its data read before the document is built, its lengths checked after.
#pragma once

#include "cli/commands.hpp"
#include "document/build.hpp"
#include "meta/metadata.hpp"

namespace vanban::cli {

// With --metadata the sidecar's problems are errors (nothing is written);
// without it they are warnings, so a document bound for the e-office system
// hears of them early.
Severity metadata_severity(const Options& opts);

// ma_co_quan, do_khan, do_mat and the positions of the fields, read from the
// data (and the .vb's front matter) before build_document takes the data.
meta::Sources metadata_sources(const Options& opts, const data::Value& data, const document::DocumentFile* doc,
                               Diagnostics& diags);

// edXML's lengths on the document's fields (meta::check_lengths).
void check_metadata(const Options& opts, const document::Document& doc, const meta::Sources& sources,
                    Diagnostics& diags);

}  // namespace vanban::cli
