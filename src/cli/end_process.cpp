// Stage: cli.
#include "cli/end_process.hpp"

#include <cstdio>
#include <cstdlib>
#include <iostream>

namespace vanban::cli {
namespace {
bool g_end_process = false;
}  // namespace

void end_process_when_done() {
#if !defined(__SANITIZE_ADDRESS__) && !defined(__SANITIZE_THREAD__)
  g_end_process = true;
#endif
}

int end_process(int status) {
  if (!g_end_process) return status;
  std::cout.flush();
  std::cerr.flush();
  std::fflush(nullptr);
  std::_Exit(status);
}

}  // namespace vanban::cli
