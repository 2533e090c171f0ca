// Stage: cli.
// `vanban render TEMPLATE|DOCUMENT.vb DATA... --dump-document`: build the document model and print it.
#include "cli/commands.hpp"
#include "cli/messages.hpp"
#include "cli/prepare.hpp"

#include <iostream>

namespace vanban::cli {

int run_render(const Options& opts) {
  Diagnostics diags;
  Prepared p = prepare(opts, false, diags);
  std::optional<document::Document> doc;
  if (p.tpl && p.data && !diags.has_errors()) {
    document::BuildOptions build;
    build.blank_number_and_date = opts.blank_number_and_date;
    doc = document::build_document(*p.tpl, p.document ? &*p.document : nullptr, *p.data, build, diags);
  }
  int status = report(diags, opts.lang);
  if (status != 0 || !doc) return status == 0 ? static_cast<int>(ExitCode::invalid_input) : status;
  std::cout << document::dump(*doc);
  return status;
}

}  // namespace vanban::cli
