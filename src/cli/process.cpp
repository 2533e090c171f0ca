// Stage: cli.
#include "cli/process.hpp"

#include <cstdio>
#include <cstdlib>
#include <iostream>
#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace vanban::cli {
namespace {
bool g_end_process = false;
}  // namespace

void set_up_process() {
#if defined(__GLIBC__)
  // Each heap, the helpers' too, grows 4 MB past what is asked (untouched
  // pages cost nothing); free memory goes back to the system past 32 MB at
  // the top (render trims the heap itself after a large build:
  // release_free_memory); blocks up to 4 MB come from the heap, so a freed
  // one is reused rather than unmapped and mapped again.
  mallopt(M_TOP_PAD, 4 << 20);
  mallopt(M_TRIM_THRESHOLD, 32 << 20);
  mallopt(M_MMAP_THRESHOLD, 4 << 20);
#endif
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
