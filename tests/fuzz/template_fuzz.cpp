// libFuzzer target: the template parser and evaluator must never crash, hang or leak on any bytes.
#include "data/yaml_reader.hpp"
#include "template/evaluator.hpp"
#include "template/parser.hpp"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const auto file = std::make_shared<const std::string>("fuzz.vb");
  static const auto data_file = std::make_shared<const std::string>("fuzz.yaml");
  static const vanban::data::Value sample = [] {
    vanban::Diagnostics d;
    return *vanban::data::read_yaml(
        "so: 90\nxs: [1, 2.5, a, null]\nm: {a: 1, b: [x, y], c: {d: 2023-03-28}}\nn: 0\ns: \"**x** ^[y]\"\n",
        data_file, d);
  }();
  std::string_view text(reinterpret_cast<const char*>(data), size);
  vanban::Diagnostics diags;
  vanban::tmpl::Program program = vanban::tmpl::parse_template(text, file, diags);
  vanban::tmpl::ExpandInput in;
  in.program = &program;
  in.data = &sample;
  in.limits.max_iterations = 10000;
  in.limits.max_output = 1 << 20;
  in.limits.max_depth = 32;
  auto out = vanban::tmpl::expand(in, diags);
  if (out.text.size() > in.limits.max_output) __builtin_trap();
  return 0;
}
