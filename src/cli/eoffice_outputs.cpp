// Stage: cli.
#include "cli/eoffice_outputs.hpp"

namespace vanban::cli {

Severity metadata_severity(const Options& opts) { return opts.metadata ? Severity::error : Severity::warning; }

meta::Sources metadata_sources(const Options& opts, const data::Value& data, const document::DocumentFile* doc,
                               Diagnostics& diags) {
  Diagnostics found;
  meta::Sources s = meta::read_sources(data, doc ? &doc->front_matter : nullptr, found);
  for (Diagnostic d : found.items()) {
    d.severity = metadata_severity(opts);
    diags.add(std::move(d));
  }
  return s;
}

void check_metadata(const Options& opts, const document::Document& doc, const meta::Sources& sources,
                    Diagnostics& diags) {
  meta::check_lengths(meta::collect(doc, sources, 0), sources, metadata_severity(opts), diags);
}

}  // namespace vanban::cli
