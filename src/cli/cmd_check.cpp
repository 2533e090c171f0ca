// Stage: cli.
// `vanban check [TEMPLATE|DOCUMENT.vb] DATA...`: validate everything, report every problem, write nothing.
#include "cli/commands.hpp"
#include "cli/messages.hpp"
#include "cli/prepare.hpp"

#include <iostream>

namespace vanban::cli {

int run_check(const Options& opts) {
  Diagnostics diags;
  Prepared p = prepare(opts, true, diags);
  if (p.tpl && p.data && !diags.has_errors()) {
    document::BuildOptions build;
    build.blank_number_and_date = opts.blank_number_and_date;
    build.limits = tmpl::limits_from(opts.limits);
    document::build_document(*p.tpl, p.document ? &*p.document : nullptr, std::move(*p.data), build, diags);
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
