// libFuzzer target: a compile spec (bien_soan) read and compiled against the sample districts' files
// (samples/compile) must never crash, hang or leak, and must give report data or an error, not both;
// its arrivals grid (`--status`) is complete exactly when the compile succeeds.
#include "compile/compile.hpp"
#include "compile/status.hpp"
#include "data/yaml_reader.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* bytes, size_t size) {
  static const std::filesystem::path folder = [] {
    const char* env = std::getenv("VANBAN_SOURCE_DIR");
    return std::filesystem::path(env && *env ? env : VANBAN_SOURCE_DIR) / "samples/compile";
  }();
  static const auto file = std::make_shared<const std::string>("bien-soan.yaml");
  vanban::Diagnostics diags;
  auto v = vanban::data::read_yaml(std::string_view(reinterpret_cast<const char*>(bytes), size), file, diags);
  if (!v || !vanban::compile::is_spec(*v)) return 0;
  auto spec = vanban::compile::read_spec(*v, folder, diags);
  if (spec.has_value() == diags.has_errors()) __builtin_trap();
  if (!spec) return 0;
  auto out = vanban::compile::compile(*spec, diags);
  if (out.has_value() == diags.has_errors()) __builtin_trap();
  vanban::Diagnostics status_diags;
  const auto grid = vanban::compile::arrivals(*spec, status_diags);
  if (grid.complete() != out.has_value()) __builtin_trap();
  return 0;
}
