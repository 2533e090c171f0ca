// Stage: core.
#include "core/limits.hpp"

#include "core/messages.hpp"

#include <array>
#include <charconv>
#include <string>

namespace vanban {
namespace {

constexpr std::array<LimitInfo, 7> kLimits = {{
    {"data-mb", &Limits::data_mb, "dung lượng một tệp dữ liệu (MB)", "size of one data file (MB)"},
    {"rows", &Limits::rows, "số dòng một bảng", "rows of one table"},
    {"pages", &Limits::pages, "số trang một văn bản", "pages of one document"},
    {"loops", &Limits::loops, "số lượt lặp của mẫu", "template loop iterations"},
    {"depth", &Limits::depth, "số cấp lồng nhau của mẫu", "template nesting depth", kMaxTemplateDepth},
    {"output-mb", &Limits::output_mb, "lượng chữ mẫu sinh ra (MB)", "text a template produces (MB)"},
    {"memory-mb", &Limits::memory_mb, "bộ nhớ của một lượt batch (MB)", "memory of a batch (MB)"},
}};

}  // namespace

const LimitInfo* find_limit(std::string_view name) {
  for (const auto& l : kLimits) {
    if (l.name == name) return &l;
  }
  return nullptr;
}

std::string_view limit_names() { return "data-mb, rows, pages, loops, depth, output-mb, memory-mb"; }

std::optional<Diagnostic> apply_limit(std::string_view setting, Limits& limits) {
  const size_t eq = setting.find('=');
  const std::string_view name = setting.substr(0, eq);
  const LimitInfo* info = find_limit(name);
  if (!info) {
    Diagnostic d = make_error({}, msg::kLimitUnknown, name, limit_names());
    std::vector<std::string> names;
    for (const auto& l : kLimits) names.emplace_back(l.name);
    return with_guess(std::move(d), std::string(name), names);
  }
  size_t value = 0;
  const std::string_view text = eq == std::string_view::npos ? std::string_view() : setting.substr(eq + 1);
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (text.empty() || ec != std::errc() || end != text.data() + text.size() || value == 0) {
    return make_error({}, msg::kLimitBadValue, std::string(setting));
  }
  if (value > info->max) return make_error({}, msg::kLimitTooHigh, std::string(setting), info->name, info->max);
  limits.*(info->field) = value;
  return std::nullopt;
}

}  // namespace vanban
