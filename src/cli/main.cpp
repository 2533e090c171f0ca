// Stage: cli.
// Entry point of the `vanban` executable.
#include "cli/app.hpp"

int main(int argc, char** argv) { return vanban::cli::run(argc, argv); }
