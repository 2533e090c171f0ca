// Stage: cli.
#include "cli/commands.hpp"
#include "cli/messages.hpp"

#include <iostream>

namespace vanban::cli {

int report(const Diagnostics& diags, Lang lang) {
  std::cerr << diags.format(lang);
  bool io = false;
  for (const auto& d : diags.items()) {
    if (d.severity == Severity::error && (d.id.rfind("io.", 0) == 0 || d.id.rfind("internal.", 0) == 0)) io = true;
  }
  if (io) return static_cast<int>(ExitCode::io);
  return diags.has_errors() ? static_cast<int>(ExitCode::invalid_input) : static_cast<int>(ExitCode::ok);
}

Diagnostic internal_error(std::string_view what) {
  return with_hint(make_error({}, msg::kInternalError, what), msg::kInternalHint);
}

}  // namespace vanban::cli
