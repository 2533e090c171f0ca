// Stage: docx (import).
// Word's list numbering (numbering.xml): the label each numbered paragraph shows, counted as Word counts.
#pragma once

#include <pugixml.hpp>

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace vanban::docx {

struct ListLabel {
  std::string text;  // `1.`, `1.2.`, `a)`, `II.`, or the bullet character
  bool bullet = false;
  bool bold = false;  // the level's own run properties (w:lvl/w:rPr/w:b)
};

class Numbering {
 public:
  explicit Numbering(const pugi::xml_node& numbering);
  // The label of the next paragraph of list `num_id` at `level` (w:ilvl);
  // nullopt when the list is unknown or numId 0 (numbering removed).
  std::optional<ListLabel> next(int num_id, int level);

 private:
  struct Level {
    int start = 1;
    std::string format = "decimal";  // w:numFmt
    std::string text;                // w:lvlText, `%1.%2.`
    int restart = -1;                // w:lvlRestart: restart after this level (1-based); -1 = after any higher
    bool legal = false;              // w:isLgl: every level's number in decimal
    bool bold = false;               // w:rPr/w:b
  };
  struct List {
    int abstract_id = -1;
    std::map<int, int> start_override;  // level -> start
  };
  struct Counters {
    std::vector<int> value = std::vector<int>(9, 0);
    std::vector<bool> used = std::vector<bool>(9, false);
  };
  std::map<int, std::vector<Level>> abstract_;
  std::map<int, List> lists_;
  std::map<int, Counters> counters_;  // per abstract list, as Word shares them between its w:num
};

// A number in a Word format: `decimal` 3, `upperRoman` III, `lowerLetter` c, `decimalZero` 03 …
std::string format_number(int n, const std::string& format);

}  // namespace vanban::docx
