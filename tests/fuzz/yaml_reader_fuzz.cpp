// libFuzzer target: the YAML/JSON reader must never crash, hang or leak on any bytes.
#include "data/yaml_reader.hpp"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const auto file = std::make_shared<const std::string>("fuzz.yaml");
  vanban::Diagnostics diags;
  auto v = vanban::data::read_yaml(std::string_view(reinterpret_cast<const char*>(data), size), file, diags);
  // A result and an error are exclusive.
  if (v.has_value() == diags.has_errors()) __builtin_trap();
  return 0;
}
