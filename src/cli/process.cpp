// Stage: cli.
#include "cli/process.hpp"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#if defined(__GLIBC__)
#include <malloc.h>
#endif
#include <sys/mman.h>
#include <unistd.h>

namespace vanban::cli {
namespace {
bool g_end_process = false;
bool g_heap_set_up = false;  // glibc's heap, tuned by set_up_process
}  // namespace

void set_up_process() {
  tune_heap();
#if !defined(__SANITIZE_ADDRESS__) && !defined(__SANITIZE_THREAD__)
  g_end_process = true;
#endif
}

void tune_heap() {
#if defined(__GLIBC__) && !defined(__SANITIZE_ADDRESS__) && !defined(__SANITIZE_THREAD__)
  // Each heap, the helpers' too, grows 4 MB past what is asked (untouched
  // pages cost nothing); free memory goes back to the system past 32 MB at
  // the top (render trims the heap itself after a large build:
  // release_free_memory); blocks up to 4 MB come from the heap, so a freed
  // one is reused rather than unmapped and mapped again.
  mallopt(M_TOP_PAD, 4 << 20);
  mallopt(M_TRIM_THRESHOLD, 32 << 20);
  mallopt(M_MMAP_THRESHOLD, 4 << 20);
  g_heap_set_up = true;
#endif
}

void prefault_heap(size_t bytes) {
#if defined(MADV_POPULATE_WRITE)
  if (!g_heap_set_up) return;
  // Below M_MMAP_THRESHOLD, so the block comes from the heap (its top, at the
  // start of a process) and goes back to it when freed (M_TRIM_THRESHOLD).
  bytes = std::min(bytes, (size_t(4) << 20) - 4096);
  void* block = std::malloc(bytes);
  if (!block) return;
  const auto page = static_cast<uintptr_t>(::sysconf(_SC_PAGESIZE));
  const uintptr_t from = (reinterpret_cast<uintptr_t>(block) + page - 1) & ~(page - 1);
  const uintptr_t to = (reinterpret_cast<uintptr_t>(block) + bytes) & ~(page - 1);
  if (to > from) ::madvise(reinterpret_cast<void*>(from), to - from, MADV_POPULATE_WRITE);  // best effort
  std::free(block);
#else
  (void)bytes;
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
