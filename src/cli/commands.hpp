// Stage: cli.
// The commands of `vanban`, each a function from parsed options to an exit status.
#pragma once

#include "core/diagnostic.hpp"

#include <string>
#include <vector>

namespace vanban::cli {

struct Options {
  Lang lang = Lang::vi;
  std::vector<std::string> inputs;  // TEMPLATE and/or DATA files as given
};

int run_check(const Options& opts);

// Prints every diagnostic to stderr and maps them to an exit status:
// 3 when any problem is an I/O failure, 1 for other errors, 0 otherwise.
int report(const Diagnostics& diags, Lang lang);

}  // namespace vanban::cli
