// Stage: core.
// A shared library opened on its first use (dlopen), not at start: libxlsxwriter and libzip bring libcrypto, whose relocation every process paid though only a workbook needs them.
#pragma once

#include <mutex>
#include <string>

namespace vanban {

class LazyLibrary {
 public:
  explicit LazyLibrary(const char* soname) : soname_(soname) {}
  LazyLibrary(const LazyLibrary&) = delete;
  LazyLibrary& operator=(const LazyLibrary&) = delete;

  // The address of `name` in the library, which is opened on the first call.
  // Throws std::runtime_error when the library or the symbol cannot be found
  // (a broken installation: the library is a dependency of the package).
  void* symbol(const char* name);

 private:
  const char* soname_;
  std::once_flag opened_;
  void* handle_ = nullptr;
  std::string error_;
};

// `function<decltype(&::name)>(library, "name")`, found once per call site
// by the VANBAN_LAZY macro of the headers that wrap a library.
template <class F>
F lazy_function(LazyLibrary& library, const char* name) {
  return reinterpret_cast<F>(library.symbol(name));
}

}  // namespace vanban

// The function `name` of `library`, looked up once (a function-local static).
#define VANBAN_LAZY(library, name)                                                              \
  ([]() {                                                                                       \
    static const auto fn = ::vanban::lazy_function<decltype(&::name)>(library, #name);          \
    return fn;                                                                                  \
  }())
