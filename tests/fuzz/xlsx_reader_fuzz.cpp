// libFuzzer target: the XLSX reader (libzip + pugixml) must never crash, hang or leak on any bytes.
#include "data/xlsx_reader.hpp"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const auto file = std::make_shared<const std::string>("fuzz.xlsx");
  vanban::data::XlsxOptions options;
  options.max_unpacked = 8u << 20;  // keeps a zip bomb from exhausting the fuzzer's memory
  vanban::Diagnostics diags;
  auto v = vanban::data::read_xlsx(std::string_view(reinterpret_cast<const char*>(data), size), file, options, diags);
  if (v.has_value() == diags.has_errors()) __builtin_trap();
  return 0;
}
