// Stage: docx (import).
// ECMA-376 Part 1 §17.9: abstractNum levels, num instances with overrides, level text `%1.%2.`.
#include "docx/numbering.hpp"

#include <algorithm>

namespace vanban::docx {

std::string format_number(int n, const std::string& format) {
  if (format == "upperRoman" || format == "lowerRoman") {
    static constexpr std::pair<int, const char*> kRoman[] = {{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"},
                                                             {100, "C"},  {90, "XC"},  {50, "L"},  {40, "XL"},
                                                             {10, "X"},   {9, "IX"},   {5, "V"},   {4, "IV"},
                                                             {1, "I"}};
    std::string s;
    for (int v = std::clamp(n, 1, 3999); v > 0;) {
      for (auto [value, text] : kRoman) {
        if (v >= value) {
          s += text;
          v -= value;
          break;
        }
      }
    }
    if (format == "lowerRoman") {
      for (char& c : s) c = static_cast<char>(c - 'A' + 'a');
    }
    return s;
  }
  if (format == "lowerLetter" || format == "upperLetter") {
    // Word repeats the letter past z: aa, bb, …
    int k = std::max(n, 1) - 1;
    std::string s(static_cast<size_t>(k / 26 + 1), static_cast<char>((format == "lowerLetter" ? 'a' : 'A') + k % 26));
    return s;
  }
  if (format == "decimalZero") return (n < 10 ? "0" : "") + std::to_string(n);
  if (format == "none") return "";
  return std::to_string(n);
}

Numbering::Numbering(const pugi::xml_node& numbering) {
  for (pugi::xml_node a : numbering.children("w:abstractNum")) {
    std::vector<Level> levels(9);
    for (pugi::xml_node l : a.children("w:lvl")) {
      int i = l.attribute("w:ilvl").as_int(-1);
      if (i < 0 || i > 8) continue;
      Level& lv = levels[static_cast<size_t>(i)];
      lv.start = l.child("w:start").attribute("w:val").as_int(1);
      if (auto f = l.child("w:numFmt")) lv.format = f.attribute("w:val").value();
      lv.text = l.child("w:lvlText").attribute("w:val").value();
      if (auto r = l.child("w:lvlRestart")) lv.restart = r.attribute("w:val").as_int(-1);
      lv.legal = static_cast<bool>(l.child("w:isLgl"));
      if (pugi::xml_node b = l.child("w:rPr").child("w:b")) {
        std::string_view v = b.attribute("w:val").value();
        lv.bold = !(v == "0" || v == "false" || v == "off");
      }
    }
    abstract_[a.attribute("w:abstractNumId").as_int(-1)] = std::move(levels);
  }
  for (pugi::xml_node n : numbering.children("w:num")) {
    List list;
    list.abstract_id = n.child("w:abstractNumId").attribute("w:val").as_int(-1);
    for (pugi::xml_node o : n.children("w:lvlOverride")) {
      if (auto s = o.child("w:startOverride")) list.start_override[o.attribute("w:ilvl").as_int()] = s.attribute("w:val").as_int(1);
    }
    lists_[n.attribute("w:numId").as_int(-1)] = std::move(list);
  }
}

std::optional<ListLabel> Numbering::next(int num_id, int level) {
  if (num_id == 0 || level < 0 || level > 8) return std::nullopt;
  auto l = lists_.find(num_id);
  if (l == lists_.end()) return std::nullopt;
  auto a = abstract_.find(l->second.abstract_id);
  if (a == abstract_.end()) return std::nullopt;
  const std::vector<Level>& levels = a->second;
  // A w:num with start overrides counts on its own; the others share their abstract list's counters.
  int key = l->second.start_override.empty() ? -1 - l->second.abstract_id : num_id;
  Counters& c = counters_[key];
  auto lvl = static_cast<size_t>(level);
  auto start_of = [&](size_t i) {
    auto o = l->second.start_override.find(static_cast<int>(i));
    return o != l->second.start_override.end() ? o->second : levels[i].start;
  };
  c.value[lvl] = c.used[lvl] ? c.value[lvl] + 1 : start_of(lvl);
  c.used[lvl] = true;
  // Deeper levels restart (unless their w:lvlRestart names a level above this one).
  for (size_t i = lvl + 1; i < 9; ++i) {
    int restart = levels[i].restart;
    if (restart == 0) continue;
    if (restart < 0 || static_cast<size_t>(restart) > lvl) c.used[i] = false;
  }
  const Level& me = levels[lvl];
  ListLabel out;
  out.bold = me.bold;
  if (me.format == "bullet") {
    out.bullet = true;
    out.text = me.text;
    return out;
  }
  for (size_t i = 0; i < me.text.size(); ++i) {
    if (me.text[i] == '%' && i + 1 < me.text.size() && me.text[i + 1] >= '1' && me.text[i + 1] <= '9') {
      auto k = static_cast<size_t>(me.text[i + 1] - '1');
      int v = c.used[k] ? c.value[k] : start_of(k);
      out.text += format_number(v, me.legal && k != lvl ? "decimal" : levels[k].format);
      ++i;
    } else {
      out.text += me.text[i];
    }
  }
  return out;
}

}  // namespace vanban::docx
