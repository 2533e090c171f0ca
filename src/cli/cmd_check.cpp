// Stage: cli.
// `vanban check [TEMPLATE|DOCUMENT.vb] DATA...`: validate everything, report every problem, write nothing.
#include "cli/commands.hpp"
#include "cli/eoffice_outputs.hpp"
#include "cli/messages.hpp"
#include "cli/prepare.hpp"

#include <iostream>

namespace vanban::cli {

int run_check(const Options& opts) {
  Diagnostics diags;
  Prepared p = prepare(opts, true, diags);
  if (p.tpl && p.data && !diags.has_errors()) {
    document::BuildOptions build = build_options(opts);
    const meta::Sources sources = metadata_sources(opts, *p.data, p.document ? &*p.document : nullptr, diags);
    auto doc = document::build_document(*p.tpl, p.document ? &*p.document : nullptr, std::move(*p.data), build, diags);
    if (doc) check_metadata(opts, *doc, sources, diags);
  }
  int status = report(diags, opts.lang);
  if (status == 0) {
    Diagnostic ok = p.tpl ? make_diagnostic(Severity::note, {}, msg::kCheckTemplateOk, p.tpl->name, p.data_files)
                          : make_diagnostic(Severity::note, {}, msg::kCheckOk, p.data_files);
    std::cout << escape_controls(ok.text(opts.lang)) << '\n';
  }
  return status;
}

}  // namespace vanban::cli
