// Test helpers: parse and expand a template string against YAML data.
#pragma once

#include "core/markup_protocol.hpp"
#include "data/yaml_reader.hpp"
#include "template/evaluator.hpp"
#include "template/parser.hpp"

#include <catch2/catch.hpp>

#include <string>

namespace test {

inline const auto kBody = std::make_shared<const std::string>("body.vb");
inline const auto kData = std::make_shared<const std::string>("du-lieu.yaml");

struct Result {
  std::string text;  // expanded text with the literal markers shown as « »
  vanban::Diagnostics diags;
  std::string errors(vanban::Lang lang = vanban::Lang::vi) const { return diags.format(lang); }
};

inline std::string show_markers(std::string s) {
  auto replace = [&](std::string_view from, std::string_view to) {
    for (size_t p = s.find(from); p != std::string::npos; p = s.find(from, p + to.size())) s.replace(p, from.size(), to);
  };
  replace(vanban::protocol::kLiteralOpen, "«");
  replace(vanban::protocol::kLiteralClose, "»");
  replace(vanban::protocol::kDirectiveOpen, "⟦");
  replace(vanban::protocol::kDirectiveClose, "⟧");
  return s;
}

inline Result expand(std::string_view tmpl, std::string_view yaml = "{}", vanban::tmpl::Limits limits = {}) {
  Result r;
  auto data = vanban::data::read_yaml(yaml, kData, r.diags);
  REQUIRE(data);
  auto program = vanban::tmpl::parse_template(tmpl, kBody, r.diags);
  vanban::tmpl::ExpandInput in;
  in.program = &program;
  in.data = &*data;
  in.limits = limits;
  r.text = show_markers(vanban::tmpl::expand(in, r.diags).text);
  return r;
}

}  // namespace test
