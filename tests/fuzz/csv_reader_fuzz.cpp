// libFuzzer target: the CSV reader must never crash, hang or leak on any bytes.
#include "data/csv_reader.hpp"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const auto file = std::make_shared<const std::string>("fuzz.csv");
  if (size == 0) return 0;
  // The first byte picks the options, so both number styles and separators are explored.
  vanban::data::CsvOptions options;
  options.separator = "\0;,\t"[data[0] & 3];
  options.numbers = static_cast<vanban::data::NumberStyle>((data[0] >> 2) % 3);
  options.infer_numeric = (data[0] & 0x20) == 0;
  vanban::Diagnostics diags;
  auto v = vanban::data::read_csv(std::string_view(reinterpret_cast<const char*>(data + 1), size - 1), file,
                                  options, diags);
  if (v.has_value() == diags.has_errors()) __builtin_trap();
  return 0;
}
