// Fuzz target: the DOCX importer (zip package, XML parts, numbering, tables, legacy fonts) on arbitrary bytes.
#include "docx/import.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  vanban::Diagnostics diags;
  vanban::docx::ImportOptions options;
  options.max_unpacked = 8u << 20;
  options.types = {{"thong-bao", "THÔNG BÁO", "nd30", "titled"},
                   {"quyet-dinh", "QUYẾT ĐỊNH", "nd30", "quyet-dinh"},
                   {"cong-van", "CÔNG VĂN", "nd30", "cong-van"},
                   {"bao-cao", "BÁO CÁO", "nd30", "titled"}};
  options.accept_changes = size % 2 == 0;
  auto file = std::make_shared<const std::string>("fuzz.docx");
  (void)vanban::docx::import_docx(std::string_view(reinterpret_cast<const char*>(data), size), file, options, diags);
  return 0;
}
