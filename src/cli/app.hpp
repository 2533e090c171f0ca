// Stage: cli.
// The `vanban` command line: parses arguments, runs a command, prints diagnostics, returns the exit status.
#pragma once

#include <string>
#include <vector>

namespace vanban::cli {

// Runs `vanban` with the given arguments (argv without the program name is
// args[1..]); writes to the given streams. Returns the exit status
// (0 done, 1 invalid data/template, 2 usage, 3 I/O or internal).
int run(int argc, char** argv);

}  // namespace vanban::cli
