// Runs a fuzz target over files (or every file under folders) without libFuzzer,
// so that the ordinary test build proves the targets build and pass their corpus.
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

namespace {
void run_file(const std::filesystem::path& p, size_t& count) {
  std::ifstream in(p, std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size());
  ++count;
}
}  // namespace

int main(int argc, char** argv) {
  size_t count = 0;
  for (int i = 1; i < argc; ++i) {
    std::filesystem::path p = argv[i];
    if (std::filesystem::is_directory(p)) {
      for (const auto& e : std::filesystem::recursive_directory_iterator(p)) {
        // Symlinks are skipped: the corpus holds one to /proc/self/mem (an unreadable file).
        if (!e.is_symlink() && e.is_regular_file()) run_file(e.path(), count);
      }
    } else if (std::filesystem::is_regular_file(p)) {
      run_file(p, count);
    }
  }
  std::cout << count << " inputs\n";
  return count > 0 ? 0 : 1;
}
