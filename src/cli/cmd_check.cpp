// Stage: cli.
// `vanban check DATA...`: read and merge the data files, report every problem, write nothing.
#include "cli/commands.hpp"
#include "cli/messages.hpp"
#include "data/load.hpp"

#include <iostream>

namespace vanban::cli {

int run_check(const Options& opts) {
  Diagnostics diags;
  std::vector<std::filesystem::path> paths(opts.inputs.begin(), opts.inputs.end());
  auto merged = data::load_all(paths, diags);
  int status = report(diags, opts.lang);
  if (status == 0 && merged) {
    Diagnostic ok = make_diagnostic(Severity::note, {}, msg::kCheckOk, paths.size());
    std::cout << ok.text(opts.lang) << '\n';
  }
  return status;
}

}  // namespace vanban::cli
