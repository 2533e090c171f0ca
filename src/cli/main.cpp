// Stage: cli.
// Entry point of the `vanban` executable.
#include "cli/app.hpp"
#include "cli/process.hpp"

#include <csignal>

int main(int argc, char** argv) {
  // Past a file-size limit (`ulimit -f`, RLIMIT_FSIZE) write() fails with
  // EFBIG instead of the process being killed, so the atomic writer can
  // report it and remove its temporary file: nothing half-written is left.
  std::signal(SIGXFSZ, SIG_IGN);
  vanban::cli::set_up_process();
  return vanban::cli::run(argc, argv);
}
