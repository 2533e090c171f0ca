// Stage: data.
#include "data/libzip_lazy.hpp"

namespace vanban::data {

LazyLibrary& libzip_library() {
  static LazyLibrary library(VANBAN_LIBZIP_SONAME);
  return library;
}

}  // namespace vanban::data
