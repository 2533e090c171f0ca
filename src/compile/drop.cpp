// Stage: compile.
// A unit's monthly file dropped on `vanban serve`'s compile page: where the spec's sources expect it.
#include "compile/status.hpp"

#include "locale/text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <optional>
#include <regex>

namespace vanban::compile {
namespace fs = std::filesystem;

namespace {

std::vector<std::string> split_parts(const std::string& pattern) {
  std::vector<std::string> parts;
  for (const auto& p : fs::path(pattern)) parts.push_back(p.string());
  return parts;
}

std::string lower_extension(std::string_view name) {
  std::string ext = fs::path(std::string(name)).extension().string();
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return ext;
}

// `part` with its `{…}` replaced from `values`; a name left unknown stays as written.
std::string substitute(std::string part, const std::map<std::string, std::string>& values) {
  for (const auto& [k, v] : values) {
    const std::string key = "{" + k + "}";
    for (size_t at = part.find(key); at != std::string::npos; at = part.find(key, at + v.size())) part.replace(at, key.size(), v);
  }
  return part;
}

// A unit's name as a folder name: each word without its marks, lower case, joined by `-`
// (`Huyện Can Lộc` → `huyen-can-loc`, as the units' folders are usually named; read back by its key).
std::string folder_name(const District& d) {
  std::string out;
  size_t at = 0;
  while (at < d.name.size()) {
    size_t end = d.name.find(' ', at);
    if (end == std::string::npos) end = d.name.size();
    const std::string word = locale::ascii_key(std::string_view(d.name).substr(at, end - at));
    if (!word.empty()) out += (out.empty() ? "" : "-") + word;
    at = end + 1;
  }
  return out.empty() ? d.file_key : out;
}

}  // namespace

Drop place_drop(const Spec& spec, std::string_view name) {
  Drop out;
  std::optional<Drop> refused;  // the first source whose pattern matched but whose values did not fit
  for (const Source& src : spec.sources) {
    const std::vector<std::string> parts = split_parts(src.pattern);
    if (parts.empty()) continue;
    std::vector<std::string> with_vars;
    for (const auto& p : parts) {
      if (p.find('{') != std::string::npos) with_vars.push_back(p);
    }
    std::string joined;
    for (size_t i = 0; i < with_vars.size(); ++i) joined += (i ? "-" : "") + with_vars[i];
    {
      std::map<std::string, std::string> example{{"nam", std::to_string(spec.year)},
                                                 {"thang", fmt::format("{:02}", std::max(spec.month, 1))}};
      if (!spec.districts.empty()) example["don_vi"] = folder_name(spec.districts.front());
      out.examples.push_back(substitute(joined.empty() ? parts.back() : joined, example));
    }
    if (lower_extension(name) != lower_extension(parts.back())) continue;
    // Every `{…}` of the pattern must be read from the name.
    std::vector<std::string> needed;
    for (const auto& p : with_vars) component_regex(p, needed);
    for (const std::string& form : {parts.back(), joined}) {
      if (form.empty()) continue;
      std::vector<std::string> groups;
      const std::regex re = component_regex(form, groups);
      std::smatch sm;
      const std::string text(name);
      if (!std::regex_match(text, sm, re)) continue;
      if (!std::all_of(needed.begin(), needed.end(), [&](const std::string& n) {
            return std::find(groups.begin(), groups.end(), n) != groups.end();
          })) {
        continue;
      }
      Drop d;
      std::map<std::string, std::string> values;
      for (size_t g = 0; g < groups.size(); ++g) {
        const std::string v = sm[g + 1].str();
        if (groups[g] == "nam" && std::stoi(v) != spec.year) {
          d.why = Drop::Why::other_year;
          d.found = v;
        } else if (groups[g] == "thang" && (std::stoi(v) < 1 || std::stoi(v) > spec.month)) {
          d.why = Drop::Why::outside_period;
          d.found = v;
        } else if (groups[g] == "thang") {
          d.month = std::stoi(v);
        } else if (groups[g] == "don_vi") {
          d.district = find_district_by_key(spec, v);
          if (d.district == std::string::npos) d.district = find_district(spec, v);
          if (d.district == std::string::npos) {
            d.why = Drop::Why::unknown_unit;
            d.found = v;
          }
        }
        values[groups[g]] = v;
      }
      if (d.why != Drop::Why::no_pattern) {
        if (!refused) refused = d;
        continue;
      }
      // The path: each part filled in; a unit's folder as it already exists on the disk, else its key.
      fs::path dir = spec.folder;
      std::string path;
      for (size_t i = 0; i < parts.size(); ++i) {
        std::string part;
        if (i + 1 == parts.size()) {
          part = substitute(parts[i], values);
        } else if (parts[i].find("{don_vi}") != std::string::npos && d.district != std::string::npos) {
          std::map<std::string, std::string> v = values;
          v["don_vi"] = folder_name(spec.districts[d.district]);
          part = substitute(parts[i], v);
          std::vector<std::string> g;
          const std::regex folder_re = component_regex(parts[i], g);
          std::error_code ec;
          for (const auto& e : fs::directory_iterator(dir, ec)) {
            std::smatch fm;
            const std::string existing = e.path().filename().string();
            if (!e.is_directory(ec) || !std::regex_match(existing, fm, folder_re)) continue;
            for (size_t k = 0; k < g.size(); ++k) {
              if (g[k] == "don_vi" && find_district_by_key(spec, fm[k + 1].str()) == d.district) part = existing;
            }
          }
        } else {
          part = substitute(parts[i], values);
        }
        dir /= part;
        path += (i ? "/" : "") + part;
      }
      d.why = Drop::Why::placed;
      d.path = std::move(path);
      return d;
    }
  }
  if (refused) return *refused;
  return out;
}

}  // namespace vanban::compile
