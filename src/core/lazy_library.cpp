// Stage: core.
#include "core/lazy_library.hpp"

#include <dlfcn.h>

#include <stdexcept>

namespace vanban {

void* LazyLibrary::symbol(const char* name) {
  std::call_once(opened_, [this] {
    handle_ = dlopen(soname_, RTLD_NOW | RTLD_LOCAL);
    if (!handle_) {
      const char* why = dlerror();
      error_ = why ? why : soname_;
    }
  });
  if (!handle_) throw std::runtime_error("cannot load " + std::string(soname_) + ": " + error_);
  void* fn = dlsym(handle_, name);
  if (!fn) throw std::runtime_error(std::string("no ") + name + " in " + soname_);
  return fn;
}

}  // namespace vanban
