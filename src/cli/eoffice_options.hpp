// Stage: cli.
// The e-office options (`compile --status`, `--metadata`) added to the commands app.cpp declares.
#pragma once

#include "cli/commands.hpp"

namespace CLI {
class App;
}

namespace vanban::cli {

// Adds --status to `compile` and --metadata to `render`, `batch` and `check`.
void add_eoffice_options(CLI::App& render, CLI::App& batch, CLI::App& check, CLI::App& compile, Options& opts,
                         Lang lang);

}  // namespace vanban::cli
