// cli/process: the heap made present at once (prefault_heap) is what the next allocations use.
#include "cli/process.hpp"

#include <catch2/catch.hpp>

#include <sys/resource.h>

#include <cstdlib>
#include <vector>

// Only on glibc's own heap: sanitizer builds replace malloc, and prefault_heap does nothing there.
#if defined(__GLIBC__) && !defined(__SANITIZE_ADDRESS__) && !defined(__SANITIZE_THREAD__)

namespace {

long faults_so_far() {
  rusage r{};
  getrusage(RUSAGE_THREAD, &r);
  return r.ru_minflt;
}

// Page faults taken while allocating `count` blocks of 4,000 bytes and writing each whole.
long faults_allocating(size_t count, std::vector<void*>& kept) {
  const long before = faults_so_far();
  for (size_t i = 0; i < count; ++i) {
    auto* p = static_cast<unsigned char*>(std::malloc(4000));
    REQUIRE(p);
    for (size_t k = 0; k < 4000; ++k) p[k] = static_cast<unsigned char>(k);
    kept.push_back(p);
  }
  return faults_so_far() - before;
}

}  // namespace

TEST_CASE("prefault_heap makes the heap's next megabyte present: allocating it takes few page faults",
          "[process]") {
  vanban::cli::tune_heap();
  std::vector<void*> kept;
  kept.reserve(1024);
  vanban::cli::prefault_heap(size_t{2} << 20);
  // ~0.8 MB inside the two made present, then ~1.6 MB past them, fresh.
  const long inside = faults_allocating(200, kept);
  (void)faults_allocating(350, kept);
  const long past = faults_allocating(300, kept);
  for (void* p : kept) std::free(p);
  CHECK(past >= 150);  // a fresh page a fault (~290 pages)
  CHECK(inside <= 20);
}

#endif
