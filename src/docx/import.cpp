// Stage: docx (import).
// From the paragraphs and tables of a draft to a vanban document: the header table to front matter, the
// title lines to type and summary, the body to markup, the closing to Nơi nhận and the signature.
#include "docx/import.hpp"

#include "data/number_text.hpp"
#include "docx/import_messages.hpp"
#include "docx/import_tables.hpp"
#include "docx/read_package.hpp"
#include "locale/text.hpp"

#include <algorithm>
#include <deque>

namespace vanban::docx {

std::string tidy(std::string_view s) {
  size_t a = 0, b = s.size();
  auto space_at = [&](size_t i, bool back) {
    if (back) {
      if (i >= 2 && s.substr(i - 2, 2) == "\xC2\xA0") return 2;
      return std::string_view(" \t\r\n").find(s[i - 1]) != std::string_view::npos ? 1 : 0;
    }
    if (s.substr(i, 2) == "\xC2\xA0") return 2;
    return std::string_view(" \t\r\n").find(s[i]) != std::string_view::npos ? 1 : 0;
  };
  while (a < b) {
    int k = space_at(a, false);
    if (!k) break;
    a += static_cast<size_t>(k);
  }
  while (b > a) {
    int k = space_at(b, true);
    if (!k) break;
    b -= static_cast<size_t>(k);
  }
  std::string out;
  bool space = false;
  for (size_t i = a; i < b; ++i) {  // runs of spaces collapse
    if (s[i] == ' ' || s[i] == '\t') {
      space = true;
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += s[i];
  }
  return out;
}

namespace {

std::string trim(std::string_view s) { return tidy(s); }


using data::Member;
using data::Value;

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }
std::string upper(std::string_view s) { return locale::upper(s); }
bool is_caps(std::string_view s) { return !s.empty() && upper(s) == s && locale::lower(s) != s; }

// A line of rule characters (`________`, `-----`, `*`) or nothing.
bool is_rule(std::string_view s) {
  std::string t = trim(s);
  if (t.empty()) return true;
  for (char c : t) {
    if (std::string_view("-_=*.~ ").find(c) == std::string_view::npos && static_cast<unsigned char>(c) < 0x80) return false;
  }
  // `–`, `—` only, or ASCII rule characters
  return t.find_first_not_of("-_=*.~ \xE2\x80\x93\x94") == std::string::npos;
}

std::string strip_end(std::string s, std::string_view chars) {
  while (!s.empty() && chars.find(s.back()) != std::string_view::npos) s.pop_back();
  return trim(s);
}

// ---- body markup ----------------------------------------------------------------------

// Text that must print as itself: the markup's characters and the template language's openers escaped.
std::string escape(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c == '{' && i + 1 < s.size() && (s[i + 1] == '{' || s[i + 1] == '%' || s[i + 1] == '#')) {
      out += std::string("{{ \"{") + s[i + 1] + "\" }}";
      ++i;
      continue;
    }
    if (std::string_view("*_^[]\\").find(c) != std::string_view::npos) out += '\\';
    out += c;
  }
  return out;
}

class Markup {
 public:
  explicit Markup(const Package& pkg) : pkg_(pkg) {}

  // One paragraph as one markup line (a list item keeps its `- `).
  std::string paragraph(const Paragraph& p, bool in_footnote = false) {
    std::string lead;
    if (!p.label.empty()) {
      if (p.bullet) lead = bullet_marker(p);
      else lead = escape(p.label) + " ";
    }
    std::string body = runs(p.runs, in_footnote);
    if (!p.label.empty() && !p.bullet && !p.runs.empty() && p.all_bold()) {
      // A numbered heading: the number belongs inside the bold.
      std::string plain = runs_plain(p.runs, in_footnote);
      return "**" + escape(p.label) + " " + plain + "**";
    }
    if (!p.label.empty() && !p.bullet && p.label_bold) {
      // `**Điều 1.** text`; a bold lead-in joins the bold number: `**1. Văn phòng** là …`
      if (starts_with(body, "**")) return "**" + escape(p.label) + " " + body.substr(2);
      return "**" + escape(p.label) + "** " + body;
    }
    // Typed bullets: `- `, `+ `, `– `, `• ` at the start of the text.
    if (lead.empty()) {
      std::string t = body;
      for (std::string_view b : {"- ", "+ ", "\xE2\x80\x93 ", "\xE2\x80\xA2 ", "\xC2\xB7 "}) {
        if (starts_with(t, b)) return (b == "+ " ? "+ " : "- ") + t.substr(b.size());
      }
      if (starts_with(t, "-> ")) return "\\" + t;
    }
    return lead + body;
  }

  std::string footnote_text(int index) {
    std::string out;
    if (index < 0 || static_cast<size_t>(index) >= pkg_.footnotes.size()) return out;
    for (const auto& p : pkg_.footnotes[static_cast<size_t>(index)]) {
      std::string t = paragraph(p, true);
      if (trim(t).empty()) continue;
      out += (out.empty() ? "" : " ") + trim(t);
    }
    return out;
  }

 private:
  static std::string bullet_marker(const Paragraph& p) {
    if (p.label == "+") return "+ ";
    if (p.label == "-" || p.label == "\xE2\x80\x93") return "- ";
    return p.list_level > 0 ? "+ " : "- ";
  }

  // The runs without their bold marks (for a heading wholly in bold).
  std::string runs_plain(const std::vector<Run>& rs, bool in_footnote) {
    std::vector<Run> copy = rs;
    for (auto& r : copy) r.bold = false;
    return runs(copy, in_footnote);
  }

  std::string runs(const std::vector<Run>& rs, bool in_footnote) {
    std::string out;
    for (size_t i = 0; i < rs.size(); ++i) {
      const Run& r = rs[i];
      if (r.line_break) {
        while (!out.empty() && out.back() == ' ') out.pop_back();
        if (!out.empty() && i + 1 < rs.size()) out += "\\\n";
        continue;
      }
      if (r.footnote >= 0) {
        if (!in_footnote) out += "^[" + footnote_text(r.footnote) + "]";
        continue;
      }
      // Marks go around the words, spaces stay outside (`**a** b`, never `**a **b`).
      std::string_view t = r.text;
      size_t a = t.find_first_not_of(' '), b = t.find_last_not_of(' ');
      if (a == std::string_view::npos) {
        out += std::string(t);
        continue;
      }
      std::string inner = escape(t.substr(a, b - a + 1));
      std::string open, close;
      if (r.bold) open += "**";
      if (r.italic) open += "*";
      if (r.underline) open += "__";
      if (r.superscript) open += "^";
      close.assign(open.rbegin(), open.rend());
      out += std::string(t.substr(0, a)) + open + inner + close + std::string(t.substr(b + 1));
    }
    // Adjacent runs of the same style were merged when read; `****` can still appear between a bold and a bold-italic run.
    return trim(out);
  }

  const Package& pkg_;
};

// ---- header ----------------------------------------------------------------------

struct Header {
  std::string parent, issuer;  // co_quan_chu_quan, co_quan_ban_hanh
  std::string so, ky_hieu;
  std::string place, date;  // dia_danh, ngay (YYYY-MM-DD)
  std::string vv;           // Công văn summary
  std::vector<std::string> joint;  // a joint document's issuers, one column each (co_quan_ban_hanh as a list)
  bool party = false;
  bool found = false;
};

bool is_motto(const std::string& caps) {
  return starts_with(caps, "CỘNG HÒA XÃ HỘI") || starts_with(caps, "CỘNG HOÀ XÃ HỘI") ||
         starts_with(caps, "ĐỘC LẬP") || starts_with(caps, "ĐẢNG CỘNG SẢN VIỆT NAM");
}

// `Hà Tĩnh, ngày 20 tháng 10 năm 2026` → place and ISO date.
bool read_date_line(const std::string& line, std::string& place, std::string& date) {
  size_t at = line.find("ngày");
  if (at == std::string::npos) return false;
  std::string before = strip_end(line.substr(0, at), ", ");
  std::vector<int> numbers;
  std::string rest = line.substr(at);
  for (size_t i = 0; i < rest.size();) {
    if (rest[i] >= '0' && rest[i] <= '9') {
      int v = 0;
      size_t k = i;
      while (k < rest.size() && rest[k] >= '0' && rest[k] <= '9' && k - i < 5) v = v * 10 + (rest[k++] - '0');
      numbers.push_back(v);
      i = k;
    } else {
      ++i;
    }
  }
  if (rest.find("tháng") == std::string::npos || rest.find("năm") == std::string::npos) return false;
  place = before;
  if (numbers.size() == 3 && numbers[0] >= 1 && numbers[0] <= 31 && numbers[1] >= 1 && numbers[1] <= 12) {
    date = fmt::format("{:04d}-{:02d}-{:02d}", numbers[2], numbers[1], numbers[0]);
  }
  return true;
}

void read_number(const std::string& line, bool party, Header& h) {
  std::string s = trim(line.substr(std::string("Số").size()));
  if (starts_with(s, ":")) s = trim(s.substr(1));
  if (party) {  // `Số 23-TB/TU`
    size_t dash = s.find('-');
    h.so = trim(s.substr(0, dash));
    h.ky_hieu = dash == std::string::npos ? "" : trim(s.substr(dash + 1));
  } else {  // `Số: 15/QĐ-UBND`
    size_t slash = s.find('/');
    h.so = trim(s.substr(0, slash));
    h.ky_hieu = slash == std::string::npos ? "" : trim(s.substr(slash + 1));
  }
}

bool header_table(const Table& t) {
  for (const auto& row : t.rows) {
    for (const auto& c : row) {
      std::string caps = upper(trim(c.text()));
      if (caps.find("CỘNG HÒA XÃ HỘI") != std::string::npos || caps.find("CỘNG HOÀ XÃ HỘI") != std::string::npos ||
          caps.find("ĐẢNG CỘNG SẢN VIỆT NAM") != std::string::npos) {
        return true;
      }
    }
  }
  return false;
}

// A header cell's paragraph as its lines: clerks often break the lines of the
// header with Shift+Enter (`w:br`) instead of starting new paragraphs.
void split_lines(const Paragraph& p, std::deque<Paragraph>& out, std::vector<const Paragraph*>& into) {
  Paragraph line = p;
  line.runs.clear();
  for (const Run& r : p.runs) {
    if (r.line_break) {
      out.push_back(line);
      into.push_back(&out.back());
      line.runs.clear();
    } else {
      line.runs.push_back(r);
    }
  }
  out.push_back(std::move(line));
  into.push_back(&out.back());
}

Header read_header(const Table& t) {
  Header h;
  h.found = true;
  std::deque<Paragraph> lines;  // the cells' paragraphs split at line breaks (stable addresses)
  std::vector<const Paragraph*> left, right;
  for (const auto& row : t.rows) {
    // The motto's column is the last; a joint document gives each issuer a column of its own before it.
    for (size_t k = 0; k < row.size(); ++k) {
      const bool last = k + 1 == row.size() && row.size() > 1;
      for (const auto& p : row[k].paragraphs) split_lines(p, lines, last ? right : left);
    }
    if (row.size() > 2 && h.joint.empty()) {
      for (size_t k = 0; k + 1 < row.size(); ++k) {
        std::string name;
        for (const auto& p : row[k].paragraphs) {
          std::string line = trim(p.text());
          if (!is_rule(line) && p.all_bold()) name += (name.empty() ? "" : " ") + line;
        }
        if (!name.empty()) h.joint.push_back(name);
      }
      if (h.joint.size() < 2) h.joint.clear();
    }
  }
  for (const Paragraph* p : right) {
    std::string line = trim(p->text());
    if (upper(line).find("ĐẢNG CỘNG SẢN VIỆT NAM") != std::string::npos) h.party = true;
  }
  bool after_number = false;
  for (const Paragraph* p : left) {
    std::string line = trim(p->text());
    if (is_rule(line)) continue;
    if (starts_with(line, "Số") && (line.size() == 4 || line[4] == ':' || line[4] == ' ')) {
      read_number(line, h.party, h);
      after_number = true;
      continue;
    }
    if (starts_with(line, "V/v") || !h.vv.empty() || (after_number && !is_caps(line))) {
      std::string v = starts_with(line, "V/v") ? trim(line.substr(3)) : line;
      h.vv += (h.vv.empty() ? "" : " ") + v;
      continue;
    }
    if (after_number) continue;
    if (!h.joint.empty() && p->all_bold()) continue;  // the joint issuers, read above
    std::string& into = p->all_bold() ? h.issuer : h.parent;
    into += (into.empty() ? "" : " ") + line;
  }
  if (h.parent.empty() && h.issuer.empty()) h.issuer = h.parent;
  for (const Paragraph* p : right) {
    std::string line = trim(p->text());
    if (is_rule(line) || is_motto(upper(line))) continue;
    if (starts_with(line, "Số") && h.so.empty()) {
      read_number(line, h.party, h);
      continue;
    }
    read_date_line(line, h.place, h.date);
  }
  return h;
}

// ---- closing ----------------------------------------------------------------------

struct Signature {
  std::vector<std::string> authority;  // TM. …, KT. …
  std::string title, name;
  std::vector<std::string> offices;
};

struct Closing {
  std::vector<std::string> recipients;
  std::vector<std::string> authority;  // TM. …, KT. …
  std::string title, name;
  std::vector<std::string> offices;  // under the name
  Signature co_signer;  // the left of two signatures (a joint document's other head, a minutes' secretary)
  bool found = false;
};

bool is_authority(const std::string& line) {
  for (std::string_view p : {"TM.", "KT.", "TL.", "TUQ.", "Q.", "T/M", "K/T", "T/L", "TM ", "KT ", "TL "}) {
    if (starts_with(line, p)) return true;
  }
  return false;
}

void closing_line(const std::string& raw, bool& in_recipients, Closing& c) {
  std::string line = trim(raw);
  if (line.empty()) return;
  std::string lower = locale::lower(line);
  if (starts_with(lower, "nơi nhận")) {
    in_recipients = true;
    std::string rest = trim(line.substr(line.find(':') == std::string::npos ? line.size() : line.find(':') + 1));
    if (!rest.empty()) c.recipients.push_back(strip_end(rest, ";.,"));
    return;
  }
  if (in_recipients) {
    for (std::string_view b : {"- ", "-", "+ ", "\xE2\x80\x93 ", "\xE2\x80\xA2 "}) {
      if (starts_with(line, b)) {
        line = trim(line.substr(b.size()));
        break;
      }
    }
    std::string item = strip_end(line, ";.,");
    if (!item.empty()) c.recipients.push_back(item);
    return;
  }
  if (is_authority(line)) {
    c.authority.push_back(line);
  } else if (c.title.empty() && is_caps(line)) {
    c.title = line;
  } else if (!is_rule(line) && line.find("(Đã ký)") == std::string::npos && line.find("(đã ký)") == std::string::npos) {
    // The name, then (a Party document's signer) the other offices under it (`chuc_danh_khac`).
    if (c.name.empty()) c.name = line;
    else c.offices.push_back(line);
  }
}

// A cell holding a signature: centred bold lines, titles in capitals, the name last and not in capitals.
bool signature_cell(const Cell& cell) {
  std::vector<const Paragraph*> lines;
  for (const auto& p : cell.paragraphs) {
    if (!trim(p.text()).empty()) lines.push_back(&p);
  }
  if (lines.size() < 2 || is_caps(trim(lines.back()->text())) || !is_caps(trim(lines.front()->text()))) return false;
  return std::all_of(lines.begin(), lines.end(), [](const Paragraph* p) { return p->centred; });
}

// The closing table: the one with `Nơi nhận`, or a single row of two signatures (a minutes has no Nơi nhận).
bool closing_table(const Table& t) {
  for (const auto& row : t.rows) {
    for (const auto& c : row) {
      if (starts_with(locale::lower(trim(c.text())), "nơi nhận")) return true;
    }
  }
  return t.rows.size() == 1 && t.rows[0].size() == 2 && signature_cell(t.rows[0][0]) && signature_cell(t.rows[0][1]);
}

void closing_cell(const Cell& cell, Closing& c) {
  bool in_recipients = false;
  for (const auto& p : cell.paragraphs) {
    std::vector<std::string> lines(1);  // a cell paragraph may hold several lines (w:br)
    for (const auto& r : p.runs) {
      if (r.line_break) lines.emplace_back();
      else lines.back() += r.text;
    }
    for (const auto& line : lines) closing_line(line, in_recipients, c);
  }
}

Closing read_closing_table(const Table& t) {
  Closing c;
  c.found = true;
  for (const auto& row : t.rows) {
    for (size_t k = 0; k < row.size(); ++k) {
      // Two signatures side by side: the left one is the co-signer (Nơi nhận then sits in the row below).
      if (k == 0 && row.size() == 2 && signature_cell(row[0]) && signature_cell(row[1])) {
        Closing left;
        closing_cell(row[0], left);
        c.co_signer = Signature{left.authority, left.title, left.name, left.offices};
        continue;
      }
      closing_cell(row[k], c);
    }
  }
  return c;
}

// ---- types ----------------------------------------------------------------------

const KnownType* type_named(const std::vector<KnownType>& types, const std::string& name) {
  for (const auto& t : types) {
    if (t.name == name) return &t;
  }
  return nullptr;
}

const KnownType* type_by_heading(const std::vector<KnownType>& types, const std::string& caps, bool party) {
  const KnownType* found = nullptr;
  for (const auto& t : types) {
    if (t.heading.empty() || upper(t.heading) != caps) continue;
    bool t_party = t.profile == "hd36";
    if (t_party == party) return &t;
    if (!found) found = &t;
  }
  return found;
}

void add(data::Map& m, const std::string& key, Value v) { m.push_back(Member{key, {}, std::move(v)}); }
void add_text(data::Map& m, const std::string& key, const std::string& s) {
  if (!s.empty()) add(m, key, Value::string(s));
}
Value text_list(const std::vector<std::string>& items) {
  data::List l;
  for (const auto& s : items) l.push_back(Value::string(s));
  return Value::list(std::move(l));
}

}  // namespace

std::string Paragraph::text() const {
  std::string s;
  for (const auto& r : runs) s += r.line_break ? " " : r.text;
  return s;
}

bool Paragraph::all_bold() const {
  bool any = false;
  for (const auto& r : runs) {
    if (r.line_break || r.footnote >= 0 || trim(r.text).empty()) continue;
    if (!r.bold) return false;
    any = true;
  }
  return any;
}

std::string Cell::text() const {
  std::string s;
  for (const auto& p : paragraphs) s += (s.empty() ? "" : " ") + p.text();
  return s;
}

std::optional<Imported> import_docx(std::string_view bytes, const std::shared_ptr<const std::string>& file,
                                    const ImportOptions& options, Diagnostics& diags) {
  auto pkg = read_package(bytes, file, {options.accept_changes, options.max_unpacked}, diags);
  if (!pkg) return std::nullopt;
  const SourcePos at = make_pos(file, 0, 0);
  Markup markup(*pkg);
  std::vector<Item>& items = pkg->body;

  // The header: the first table holding the national motto (or the Party's name).
  Header header;
  size_t i = 0;
  for (size_t k = 0; k < items.size() && k < 8; ++k) {
    if (items[k].is_table && header_table(items[k].table)) {
      header = read_header(items[k].table);
      i = k + 1;
      break;
    }
  }
  if (!header.found) diags.add(make_warning(at, msg::kDocxNoHeader));

  // The closing: the last table with `Nơi nhận`, else the paragraphs from `Nơi nhận:` on.
  size_t end = items.size();
  size_t after_closing = items.size();  // where annexes may follow a closing table
  Closing closing;
  for (size_t k = items.size(); k-- > i;) {
    if (items[k].is_table && closing_table(items[k].table)) {
      closing = read_closing_table(items[k].table);
      end = k;
      after_closing = k + 1;
      break;
    }
    if (!items[k].is_table && starts_with(locale::lower(trim(items[k].paragraph.text())), "nơi nhận")) {
      end = k;
      // The signature may stand before Nơi nhận (right-aligned paragraphs after the body's `./.`).
      size_t sig = k;
      while (sig > i && !items[sig - 1].is_table) {
        std::string t = trim(items[sig - 1].paragraph.text());
        if (t.find("./.") != std::string::npos) break;
        if (!t.empty() && !is_authority(t) && !is_caps(t) && !items[sig - 1].paragraph.right &&
            !items[sig - 1].paragraph.centred) {
          break;
        }
        --sig;
      }
      bool in_recipients = false;
      closing.found = true;
      for (size_t s = sig; s < k; ++s) closing_line(items[s].paragraph.text(), in_recipients, closing);
      for (size_t s = k; s < items.size(); ++s) {
        if (!items[s].is_table) closing_line(items[s].paragraph.text(), in_recipients, closing);
      }
      end = sig;
      break;
    }
  }

  // Title lines: urgency, the type word, the summary; Quyết định's authority, căn cứ; Kính gửi.
  const KnownType* type = nullptr;
  std::string urgency, summary = header.vv, authority, decide_word;
  std::vector<std::string> bases, addressees;
  bool cong_van = !header.vv.empty();
  auto skip_blank = [&] {
    while (i < end && !items[i].is_table && is_rule(items[i].paragraph.text())) ++i;
  };
  skip_blank();
  if (i < end && !items[i].is_table) {
    std::string line = trim(items[i].paragraph.text());
    std::string caps = upper(line);
    if (caps == "KHẨN" || caps == "THƯỢNG KHẨN" || caps == "HỎA TỐC" || caps == "HOẢ TỐC") {
      urgency = caps;
      ++i;
      skip_blank();
    }
  }
  if (cong_van) {
    type = type_named(options.types, header.party ? "cong-van-dang" : "cong-van");
  } else if (i < end && !items[i].is_table) {
    std::string line = trim(items[i].paragraph.text());
    type = type_by_heading(options.types, upper(line), header.party);
    if (type) {
      ++i;
      // The summary: the lines under the type, up to the rule or the first line not bold.
      while (i < end && !items[i].is_table) {
        const Paragraph& p = items[i].paragraph;
        std::string t = trim(p.text());
        if (t.empty() || is_rule(t) || !(p.all_bold() || p.centred)) break;
        summary += (summary.empty() ? "" : " ") + t;
        ++i;
      }
    } else {
      const char* fallback = header.party ? "thong-bao-dang" : "thong-bao";
      diags.add(make_warning(at, msg::kDocxNoType, items[i].paragraph.index, line, fallback));
      type = type_named(options.types, fallback);
    }
  }
  if (!type) type = type_named(options.types, header.party ? "thong-bao-dang" : "thong-bao");
  // The authority line (`CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH`): a line in capitals that is not the decision word.
  auto take_authority = [&] {
    skip_blank();
    if (!authority.empty() || i >= end || items[i].is_table) return;
    std::string t = trim(items[i].paragraph.text());
    if (is_caps(t) && !starts_with(t, "QUYẾT")) {
      authority = t;
      ++i;
    }
  };
  if (type && type->shape == "quyet-dinh") take_authority();
  skip_blank();
  // Căn cứ: italic lines starting as the decree's model does.
  while (type && (type->shape == "quyet-dinh" || type->name == "quyet-dinh-dang") && i < end && !items[i].is_table) {
    std::string t = trim(items[i].paragraph.text());
    if (t.empty()) {
      ++i;
      continue;
    }
    if (starts_with(t, "- ")) t = trim(t.substr(2));
    if (!(starts_with(t, "Căn cứ") || starts_with(t, "Theo đề nghị") || starts_with(t, "Xét đề nghị") ||
          starts_with(t, "Theo "))) {
      break;
    }
    bases.push_back(strip_end(t, ";.,"));
    ++i;
  }
  // The Party's Quyết định puts the authority after the căn cứ (Hướng dẫn 36; docs/SHAPES.md).
  if (type && type->name == "quyet-dinh-dang") take_authority();
  skip_blank();
  if (type && (type->shape == "quyet-dinh" || type->name == "quyet-dinh-dang") && i < end && !items[i].is_table) {
    std::string t = trim(items[i].paragraph.text());
    if (t == "QUYẾT ĐỊNH:" || t == "QUYẾT NGHỊ:" || t == "QUYẾT ĐỊNH" || t == "QUYẾT NGHỊ") {
      decide_word = t;
      ++i;
    }
  }
  skip_blank();
  // Kính gửi: one addressee on the label's line, or several `- …;` lines under it.
  // A Công điện's `<SENDER> điện:` takes the place of Kính gửi (Mẫu 1.6), its addressees under it.
  std::string sender;
  if (type && type->shape == "cong-dien" && i < end && !items[i].is_table) {
    std::string t = trim(items[i].paragraph.text());
    constexpr std::string_view kWired = " điện:";
    if (t.size() > kWired.size() && t.substr(t.size() - kWired.size()) == kWired) {
      sender = trim(t.substr(0, t.size() - kWired.size()));
    }
  }
  if (i < end && !items[i].is_table && (!sender.empty() || starts_with(trim(items[i].paragraph.text()), "Kính gửi"))) {
    std::string t = trim(items[i].paragraph.text());
    std::string rest = trim(t.substr(t.find(':') == std::string::npos ? t.size() : t.find(':') + 1));
    ++i;
    if (!rest.empty()) {
      addressees.push_back(strip_end(rest, ";.,"));
    }
    while (rest.empty() && i < end && !items[i].is_table) {
      const Paragraph& p = items[i].paragraph;
      std::string a = trim(p.text());
      bool item = starts_with(a, "- ") || starts_with(a, "\xE2\x80\x93 ") || (p.bullet && !p.label.empty());
      if (!item) break;
      if (!p.bullet) a = trim(a.substr(a.find(' ') + 1));
      addressees.push_back(strip_end(a, ";.,"));
      ++i;
    }
  }

  // The body.
  Imported out;
  out.type = type ? type->name : "thong-bao";
  out.own_summary = type && !type->summary.empty();
  std::string body;
  TableNamer namer;
  for (; i < end; ++i) {
    const Item& it = items[i];
    if (it.is_table) {
      // A title line just above (bold, centred) and a unit line (`ĐVT: …`) belong to the table.
      auto t = import_table(it.table, namer, diags, at);
      if (!t) {
        for (const auto& row : it.table.rows) {
          for (const auto& c : row) {
            for (const auto& p : c.paragraphs) {
              std::string line = markup.paragraph(p);
              if (!trim(line).empty()) body += line + "\n\n";
            }
          }
        }
        continue;
      }
      body += "{% table \"" + t->name + "\" %}\n\n";
      out.tables.push_back(std::move(*t));
      continue;
    }
    std::string line = markup.paragraph(it.paragraph);
    if (trim(line).empty()) continue;
    if (it.paragraph.centred && !it.paragraph.bullet && it.paragraph.label.empty() && !starts_with(line, "**") &&
        line.find('\n') == std::string::npos) {
      body += "-> " + line + " <-\n\n";
      continue;
    }
    body += line + "\n\n";
  }
  // Annexes: after the signature, a heading (`Phụ lục`, `Biểu 1`), a title in capitals, the
  // `(Kèm theo …)` line the frame writes itself, then the table.
  std::string annex_heading, annex_title, annex_unit, issuer_short;
  for (size_t k = after_closing; k < items.size(); ++k) {
    const Item& it = items[k];
    if (!it.is_table) {
      std::string t = trim(it.paragraph.text());
      std::string lower = locale::lower(t);
      if (starts_with(t, "(Kèm theo")) {
        // `(Kèm theo Kế hoạch số … của UBND tỉnh)`: the frame writes it again from `co_quan_ban_hanh_ngan`.
        size_t of = t.rfind(" của ");
        if (of != std::string::npos && issuer_short.empty()) issuer_short = strip_end(t.substr(of + std::string_view(" của ").size()), ")");
        continue;
      }
      if (starts_with(lower, "đvt") || starts_with(lower, "đơn vị tính")) {
        annex_unit = t;
        continue;
      }
      if (is_rule(t)) continue;
      if ((starts_with(lower, "phụ lục") || starts_with(lower, "biểu")) && t.size() < 40) {
        annex_heading = t;
      } else if (is_caps(t)) {
        annex_title += (annex_title.empty() ? "" : " ") + t;
      } else {
        std::string excerpt = t.size() > 60 ? t.substr(0, t.find(' ', 40) == std::string::npos ? t.size() : t.find(' ', 40)) + "…" : t;
        diags.add(make_warning(at, msg::kDocxAfterClosing, it.paragraph.index, excerpt));
      }
      continue;
    }
    auto t = import_table(it.table, namer, diags, at, true);
    if (!t) continue;
    t->annex = true;
    t->annex_heading = annex_heading;
    if (!annex_title.empty()) {
      data::Map spec = t->spec.as_map();
      spec.insert(spec.begin(), Member{"title", {}, Value::string(annex_title)});
      t->spec = Value::map(std::move(spec));
    }
    if (!annex_unit.empty()) {
      data::Map spec = t->spec.as_map();
      spec.insert(spec.begin() + (annex_title.empty() ? 0 : 1), Member{"unit", {}, Value::string(annex_unit)});
      t->spec = Value::map(std::move(spec));
    }
    annex_heading.clear();
    annex_title.clear();
    annex_unit.clear();
    out.tables.push_back(std::move(*t));
  }
  while (!body.empty() && body.back() == '\n') body.pop_back();
  out.body = body + "\n";

  // Front matter, in the order `vanban new` writes it.
  data::Map fm;
  add_text(fm, "co_quan_chu_quan", header.parent);
  if (!header.joint.empty()) add(fm, "co_quan_ban_hanh", text_list(header.joint));
  else add_text(fm, "co_quan_ban_hanh", header.issuer);
  add(fm, "so", Value::string(header.so));
  add(fm, "ky_hieu", Value::string(header.ky_hieu));
  add_text(fm, "dia_danh", header.place);
  if (!header.date.empty()) add(fm, "ngay", Value::string(header.date));
  add_text(fm, "do_khan", urgency);
  add(fm, "trich_yeu", Value::string(summary));
  if (!authority.empty()) add(fm, "tham_quyen", Value::string(authority));
  if (!bases.empty()) add(fm, "can_cu", text_list(bases));
  if (!decide_word.empty() && decide_word != "QUYẾT ĐỊNH:" && decide_word != "QUYẾT NGHỊ:" &&
      decide_word != "QUYẾT ĐỊNH") {
    add(fm, "tu_quyet_dinh", Value::string(decide_word));
  }
  add_text(fm, "ben_dien", sender);
  if (addressees.size() == 1) add(fm, "kinh_gui", Value::string(addressees[0]));
  else if (!addressees.empty()) add(fm, "kinh_gui", text_list(addressees));
  add(fm, "noi_nhan", text_list(closing.recipients));
  data::Map signer;
  if (!closing.authority.empty()) add(signer, "quyen_han", text_list(closing.authority));
  add(signer, "chuc_vu", Value::string(closing.title));
  add(signer, "ho_ten", Value::string(closing.name));
  if (!closing.offices.empty()) add(signer, "chuc_danh_khac", text_list(closing.offices));
  add(fm, "nguoi_ky", Value::map(std::move(signer)));
  if (!closing.co_signer.name.empty()) {
    data::Map co;
    if (!closing.co_signer.authority.empty()) add(co, "quyen_han", text_list(closing.co_signer.authority));
    add(co, "chuc_vu", Value::string(closing.co_signer.title));
    add(co, "ho_ten", Value::string(closing.co_signer.name));
    if (!closing.co_signer.offices.empty()) add(co, "chuc_danh_khac", text_list(closing.co_signer.offices));
    add(fm, type && !type->co_signer_key.empty() ? type->co_signer_key : "dong_ky", Value::map(std::move(co)));
  }
  add_text(fm, "co_quan_ban_hanh_ngan", issuer_short);
  for (auto& t : out.tables) add(fm, t.data_key, t.rows);
  out.front_matter = Value::map(std::move(fm));

  struct Need {
    bool missing;
    const char* what_vi;
    const char* what_en;
    const char* key;
  };
  for (const Need& n :
       {Need{header.issuer.empty() && header.joint.empty(), "cơ quan ban hành", "issuing body", "co_quan_ban_hanh"},
        Need{header.so.empty(), "số văn bản", "document number", "so"},
        Need{header.date.empty(), "ngày tháng", "date", "ngay"},
        Need{summary.empty() && (!type || type->name != "giay-gioi-thieu"), "trích yếu", "summary", "trich_yeu"},
        Need{closing.recipients.empty(), "Nơi nhận", "recipients (Nơi nhận)", "noi_nhan"},
        Need{closing.name.empty(), "họ tên người ký", "signer's name", "nguoi_ky.ho_ten"}}) {
    if (!n.missing) continue;
    diags.add(make_warning(at, msg::kDocxMissingField, Phrase{n.what_vi, n.what_en}, std::string(n.key)));
  }
  return out;
}

}  // namespace vanban::docx
