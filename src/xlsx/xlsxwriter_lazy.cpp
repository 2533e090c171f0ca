// Stage: xlsx.
#include "xlsx/xlsxwriter_lazy.hpp"

namespace vanban::xlsx {

LazyLibrary& xlsxwriter_library() {
  static LazyLibrary library(VANBAN_XLSXWRITER_SONAME);
  return library;
}

}  // namespace vanban::xlsx
