// Stage: data.
#include "data/yaml_reader.hpp"

#include "core/utf8.hpp"
#include "data/messages.hpp"

#include <yaml.h>

#include <algorithm>
#include <memory>
#include <unordered_map>

namespace vanban::data {
namespace {

constexpr int kMaxDepth = 256;
// Aliases (`*name`) are expanded into copies; a few lines can otherwise ask
// for billions of values ("billion laughs").
constexpr size_t kMaxValuesBase = 100000;
constexpr size_t kMaxValuesPerByte = 16;

// libyaml speaks English; these are the problems a clerk can actually meet,
// each with what it means in a data file. `found` adds the character at the
// error ("ký tự không đúng chỗ: `,`"); `opened` the line where the bracket,
// quote or block the parser was inside began.
struct SyntaxText {
  std::string_view en;
  std::string_view vi;
  bool found = false;
  bool opened = false;
};
constexpr SyntaxText kSyntaxTexts[] = {
    {"did not find expected ',' or ']'", "thiếu dấu `]` đóng hoặc dấu `,` giữa hai mục", false, true},
    {"did not find expected ',' or '}'", "thiếu dấu `}` đóng hoặc dấu `,` giữa hai mục", false, true},
    {"did not find expected key", "khóa không đúng chỗ (kiểm tra thụt lề)", true, false},
    {"did not find expected '-' indicator", "thiếu dấu `- ` ở đầu mục danh sách (kiểm tra thụt lề)", true, false},
    // A stray `,` or `]` where a value should begin; at the end of a line: nothing there.
    {"did not find expected node content", "thiếu giá trị", true, false},
    {"did not find expected <document start>", "nội dung thừa sau dữ liệu (kiểm tra thụt lề)", true, false},
    {"mapping values are not allowed in this context",
     "dấu `:` không đúng chỗ (thụt lề sai, hoặc giá trị có `: ` cần đặt trong ngoặc kép)"},
    {"found unexpected ':'", "dấu `:` không đúng chỗ (giá trị có `:` cần đặt trong ngoặc kép)"},
    {"block sequence entries are not allowed in this context", "mục `- ` không đúng chỗ (kiểm tra thụt lề)"},
    {"mapping keys are not allowed in this context", "khóa `?` không đúng chỗ"},
    {"could not find expected ':'", "thiếu dấu `:` sau khóa (một khóa phải nằm trọn trên một dòng)", false, true},
    {"found character that cannot start any token", "ký tự không đúng chỗ", true, false},
    {"found unexpected document indicator", "`---` hoặc `...` nằm trong chuỗi", false, true},
    {"found unknown escape character", "chuỗi thoát `\\` không hiểu được"},
    {"did not find expected hexdecimal number", "mã thoát `\\x`/`\\u` sai"},
    {"found invalid Unicode character escape code", "mã Unicode sai"},
    {"found a tab character that violates indentation", "ký tự Tab ở chỗ thụt lề"},
    {"found a tab character where an indentation space is expected", "ký tự Tab ở chỗ thụt lề"},
    {"did not find expected alphabetic or numeric character", "tên sau `&` hoặc `*` chỉ gồm chữ cái Latin, số, `-` và `_`", true, false},
    {"did not find expected comment or line break", "nội dung thừa sau giá trị trên cùng dòng", true, false},
    {"did not find expected whitespace or line break", "thiếu dấu cách sau thẻ `!`"},
    {"found undefined tag handle", "thẻ `!` không hiểu được"},
    {"did not find expected tag URI", "thẻ `!` không hiểu được"},
    {"did not find expected '!'", "thẻ `!` không hiểu được"},
    {"did not find the expected '>'", "thẻ `!<…>` thiếu dấu `>`"},
    {"found an indentation indicator equal to 0", "chỉ số thụt lề của khối `|`/`>` không được là 0"},
    {"did not find expected digit or '.' character", "chỉ thị `%YAML` sai"},
    {"found unknown directive name", "chỉ thị `%` không hiểu được"},
    {"found incompatible YAML document", "phiên bản YAML không được hỗ trợ"},
    {"control characters are not allowed", "ký tự điều khiển không được phép trong tệp"},
};

// "found unexpected end of stream" depends on what was open.
constexpr std::string_view kEndOfStream = "found unexpected end of stream";

bool number_too_big(const std::string& s);

// The Vietnamese and English texts of a libyaml error; `at` is where the
// problem was found (a byte offset into `text`).
struct SyntaxError {
  std::string vi, en;
};
SyntaxError describe_syntax_error(const yaml_parser_t& p, std::string_view text, size_t at) {
  const std::string_view problem = p.problem ? p.problem : "";
  const std::string_view context = p.context ? p.context : "";
  const int opened_line = static_cast<int>(p.context_mark.line) + 1;
  SyntaxError e;
  e.en = std::string(problem);
  if (!context.empty()) e.en += fmt::format(" ({} that began on line {})", context, opened_line);
  if (problem == kEndOfStream) {
    if (context.find("quoted scalar") != std::string_view::npos) {
      e.vi = fmt::format("chuỗi mở ngoặc ở dòng {} chưa đóng đến hết tệp", opened_line);
    } else {
      e.vi = "tệp kết thúc giữa chừng";
    }
    return e;
  }
  for (const SyntaxText& t : kSyntaxTexts) {
    if (t.en != problem) continue;
    e.vi = std::string(t.vi);
    if (t.found && at < text.size()) {
      size_t n = 1;
      while (at + n < text.size() && (static_cast<unsigned char>(text[at + n]) & 0xC0) == 0x80) ++n;
      std::string_view c = text.substr(at, n);
      if (c != "\n" && c != " ") {
        if (problem == "did not find expected node content") e.vi = "ký tự không đúng chỗ";
        e.vi += fmt::format(": `{}`", c);
      }
    }
    if (t.opened && !context.empty() && opened_line != static_cast<int>(p.problem_mark.line) + 1) {
      e.vi += fmt::format(" (mở ở dòng {})", opened_line);
    }
    return e;
  }
  e.vi = e.en;
  return e;
}

// Builds Values straight from libyaml's parser events, in one pass: no node
// tree. The walk stops at the start of a second document.
//
// Limits: nesting deeper than kMaxDepth and more values than the budget
// (aliases `*name` are expanded into copies: "billion laughs") are reported
// once each; the value in question becomes null and its contents are skipped.
class Builder final {
 public:
  Builder(const FileName& file, size_t max_values, Diagnostics& diags)
      : file_(file), diags_(diags), budget_(max_values) {}

  std::vector<yaml_mark_t> starts;  // where each document began
  std::optional<Value> root;        // the first document's value

  // One parser event; false once the walk is over (a second document).
  bool on_event(const yaml_event_t& e) {
    switch (e.type) {
      case YAML_DOCUMENT_START_EVENT:
        starts.push_back(e.start_mark);
        return starts.size() < 2;
      case YAML_SCALAR_EVENT: {
        const auto& s = e.data.scalar;
        on_scalar(e.start_mark, anchor_of(s.anchor),
                  std::string(reinterpret_cast<const char*>(s.value), s.length), s.plain_implicit != 0);
        return true;
      }
      case YAML_ALIAS_EVENT: on_alias(e.start_mark, anchor_of(e.data.alias.anchor)); return true;
      case YAML_SEQUENCE_START_EVENT:
        open(e.start_mark, anchor_of(e.data.sequence_start.anchor), Kind::list);
        return true;
      case YAML_MAPPING_START_EVENT:
        open(e.start_mark, anchor_of(e.data.mapping_start.anchor), Kind::map);
        return true;
      case YAML_SEQUENCE_END_EVENT:
      case YAML_MAPPING_END_EVENT: close(); return true;
      default: return true;
    }
  }

 private:
  struct Frame {
    Kind kind = Kind::list;
    SourcePos pos;
    std::string anchor;
    List items;
    Map members;
    std::unordered_map<std::string, size_t> seen;  // key → member, once a map is large (earlier())
    bool has_key = false;     // a map's key is read, its value comes next
    bool drop_value = false;  // ... and is dropped (a bad or repeated key)
    bool is_key = false;      // this list or map is itself a key (an error)
    std::string key;
    SourcePos key_pos;
    size_t count = 1;  // values in this subtree, itself included
    int height = 0;    // levels below it
  };
  struct Anchored {
    Value value;
    size_t count = 1;
    int height = 0;
    std::optional<std::string> raw;  // a scalar's text, for use as a key
  };

  static std::string anchor_of(const yaml_char_t* a) { return a ? reinterpret_cast<const char*>(a) : ""; }

  bool skipping() const { return skip_ > 0; }
  bool expecting_key() const {
    return !stack_.empty() && stack_.back().kind == Kind::map && !stack_.back().has_key;
  }

  void on_scalar(const yaml_mark_t& mark, std::string anchor, const std::string& value, bool plain) {
    if (skipping()) return;
    SourcePos pos = position(mark);
    Value v = plain ? resolve_plain_scalar(value, pos) : Value::string(value, pos);
    if (expecting_key()) {
      // An empty or null key (`: x`, `~: x`) is no text to look up.
      if (v.is_null()) return bad_key_at(pos, Kind::map);
      return take_key(std::move(pos), value, anchor, plain);
    }
    if (!admit(mark, 0)) return deliver(Value::null(std::move(pos)), anchor, 1, 0, nullptr);
    if (plain && v.is_string() && number_too_big(value)) {
      // `1e400`, 60 digits: silently text, it would fail far away, at the template.
      diags_.add(with_hint(make_error(pos, msg::kNumberTooBig, value), msg::kNumberTooBigHint));
      v = Value::null(pos);
    }
    deliver(std::move(v), anchor, 1, 0, &value);
  }

  void on_alias(const yaml_mark_t& mark, const std::string& anchor) {
    if (skipping()) return;
    auto it = anchors_.find(anchor);
    if (it == anchors_.end()) {
      bool open_here = std::any_of(stack_.begin(), stack_.end(), [&](const Frame& f) { return f.anchor == anchor; });
      if (open_here) report_deep(mark);  // an alias of a value still open: a cycle
      else diags_.add(make_error(position(mark), msg::kUnknownAnchor, anchor, anchor, anchor));
      if (!expecting_key()) deliver(Value::null(position(mark)), {}, 1, 0, nullptr);
      else bad_key(mark, Kind::map);
      return;
    }
    const Anchored& a = it->second;
    if (expecting_key()) {
      if (a.raw) return take_key(position(mark), *a.raw, {}, false);
      return bad_key(mark, a.value.kind());
    }
    if (static_cast<int>(stack_.size()) + a.height > kMaxDepth) {
      report_deep(mark);
      return deliver(Value::null(position(mark)), {}, 1, 0, nullptr);
    }
    if (a.count > budget_) {
      report_too_many(mark);
      budget_ = 0;
      return deliver(Value::null(position(mark)), {}, 1, 0, nullptr);
    }
    budget_ -= a.count;
    Value copy = a.value;
    deliver(std::move(copy), {}, a.count, a.height, a.raw ? &*a.raw : nullptr);
  }

  // Counts one value against the budget and the depth; false when it must become null.
  bool admit(const yaml_mark_t& mark, int extra_depth) {
    if (budget_ == 0) {
      report_too_many(mark);
      return false;
    }
    --budget_;
    if (static_cast<int>(stack_.size()) + extra_depth > kMaxDepth) {
      report_deep(mark);
      return false;
    }
    return true;
  }

  void open(const yaml_mark_t& mark, std::string anchor, Kind kind) {
    if (skipping()) {
      ++skip_;
      return;
    }
    const bool as_key = expecting_key();
    if (!as_key && !admit(mark, 0)) {
      deliver(Value::null(position(mark)), anchor, 1, 0, nullptr);
      skip_ = 1;
      return;
    }
    Frame f;
    f.kind = kind;
    f.pos = position(mark);
    f.anchor = std::move(anchor);
    f.is_key = as_key;
    stack_.push_back(std::move(f));
  }

  void close() {
    if (skipping()) {
      --skip_;
      return;
    }
    Frame f = std::move(stack_.back());
    stack_.pop_back();
    if (f.is_key) return bad_key_at(f.pos, f.kind);
    // Exact sizes: a list or map grown by doubling holds up to twice its
    // members. Not for long lists: the exact copy would briefly sit beside
    // the grown one (a 100,000-row list: 6 MB more at the reader's peak).
    constexpr size_t kShrinkBelow = 4096;
    if (f.items.size() < kShrinkBelow) f.items.shrink_to_fit();
    if (f.members.size() < kShrinkBelow) f.members.shrink_to_fit();
    Value v = f.kind == Kind::list ? Value::list(std::move(f.items), f.pos) : Value::map(std::move(f.members), f.pos);
    deliver(std::move(v), f.anchor, f.count, f.height, nullptr);
  }

  void take_key(SourcePos pos, const std::string& key, const std::string& anchor, bool plain) {
    Frame& f = stack_.back();
    f.has_key = true;
    f.key_pos = std::move(pos);
    if (!anchor.empty()) anchors_[anchor] = Anchored{Value::string(key, f.key_pos), 1, 0, key};
    if (plain && key == "<<") {
      // YAML 1.1's merge key (`<<: *chung`): libyaml keeps it as an ordinary
      // key, so the keys it names would silently be missing. Refused.
      diags_.add(with_hint(make_error(f.key_pos, msg::kYamlMergeKey), msg::kYamlMergeKeyHint));
      f.drop_value = true;
      return;
    }
    if (auto at = earlier(f, key)) {
      const SourcePos& first = f.members[*at].key_pos;
      diags_.add(with_hint(make_error(f.key_pos, msg::kDuplicateKey, key), msg::kFirstKeyHere, first.line));
      f.drop_value = true;
      return;
    }
    f.key = key;
  }

  // The member of `f` with this key, if any: a scan while the map is small
  // (a table row), a hash map once it is large.
  static std::optional<size_t> earlier(Frame& f, const std::string& key) {
    constexpr size_t kScanned = 16;
    if (f.members.size() < kScanned) {
      for (size_t i = 0; i < f.members.size(); ++i) {
        if (f.members[i].key == key) return i;
      }
      return std::nullopt;
    }
    if (f.seen.empty()) {
      for (size_t i = 0; i < f.members.size(); ++i) f.seen.emplace(f.members[i].key, i);
    }
    auto it = f.seen.find(key);
    if (it == f.seen.end()) return std::nullopt;
    return it->second;
  }

  void bad_key(const yaml_mark_t& mark, Kind k) { bad_key_at(position(mark), k); }
  void bad_key_at(const SourcePos& pos, Kind k) {
    if (k != Kind::list) k = Kind::map;
    diags_.add(make_error(pos, msg::kNonScalarKey, kind_term(k)));
    Frame& f = stack_.back();
    f.has_key = true;
    f.drop_value = true;
  }

  // A finished value goes into its parent (or becomes the document).
  void deliver(Value v, const std::string& anchor, size_t count, int height, const std::string* raw) {
    if (!anchor.empty()) {
      anchors_[anchor] = Anchored{v, count, height, raw ? std::optional<std::string>(*raw) : std::nullopt};
    }
    if (stack_.empty()) {
      if (!root) root = std::move(v);
      return;
    }
    Frame& f = stack_.back();
    f.count += count;
    f.height = std::max(f.height, height + 1);
    if (f.kind == Kind::list) {
      f.items.push_back(std::move(v));
      return;
    }
    f.has_key = false;
    if (f.drop_value) {
      f.drop_value = false;
      return;
    }
    f.members.push_back(Member{std::move(f.key), f.key_pos, std::move(v)});
    if (!f.seen.empty()) f.seen.emplace(f.members.back().key, f.members.size() - 1);
  }

  void report_deep(const yaml_mark_t& mark) {
    if (!too_deep_reported_) diags_.add(make_error(position(mark), msg::kTooDeep, kMaxDepth));
    too_deep_reported_ = true;
  }
  void report_too_many(const yaml_mark_t& mark) {
    if (!too_many_reported_) diags_.add(make_error(position(mark), msg::kTooManyValues));
    too_many_reported_ = true;
  }

  // libyaml counts lines and columns (in characters) from 0.
  SourcePos position(const yaml_mark_t& mark) const {
    return make_pos(file_, static_cast<int>(mark.line) + 1, static_cast<int>(mark.column) + 1);
  }

  const FileName& file_;
  Diagnostics& diags_;
  size_t budget_;
  std::vector<Frame> stack_;
  std::unordered_map<std::string, Anchored> anchors_;
  int skip_ = 0;  // inside a list or map being skipped: its nesting
  bool too_deep_reported_ = false, too_many_reported_ = false;
};

// Byte offset of a libyaml mark (line and column in characters) in `text`.
size_t offset_of(std::string_view text, const yaml_mark_t& mark) {
  size_t at = 0;
  for (size_t line = 0; line < mark.line && at < text.size(); ++line) {
    size_t nl = text.find('\n', at);
    if (nl == std::string_view::npos) return text.size();
    at = nl + 1;
  }
  for (size_t col = 0; col < mark.column && at < text.size(); ++col) {
    ++at;
    while (at < text.size() && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) ++at;
  }
  return at;
}

// Offset of the first tab in the leading whitespace of a line that starts at
// or before `limit`, if any.
std::optional<size_t> tab_in_indentation(std::string_view text, size_t limit) {
  bool at_line_start = true;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '\n') {
      if (i >= limit) break;
      at_line_start = true;
    } else if (at_line_start && c == '\t') {
      return i;
    } else if (c != ' ') {
      at_line_start = false;
    }
  }
  return std::nullopt;
}

// Offset of the first line that starts with a tab and holds more than blanks.
std::optional<size_t> line_starting_with_tab(std::string_view text) {
  size_t start = 0;
  while (start < text.size()) {
    size_t end = std::min(text.find('\n', start), text.size());
    std::string_view line = text.substr(start, end - start);
    if (!line.empty() && line[0] == '\t' && line.find_first_not_of(" \t\r") != std::string_view::npos) return start;
    start = end + 1;
  }
  return std::nullopt;
}

bool is_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

constexpr std::string_view kUnicodeMinus = "\xE2\x88\x92";  // U+2212 `−`, as Word types it

// A plain scalar with the shape of a number (sign, digits, point, exponent)
// that is not a code with a leading zero: the numbers resolve_plain_scalar
// reads, and those too long or too large for Decimal.
bool number_shaped(std::string_view s) {
  if (s.substr(0, kUnicodeMinus.size()) == kUnicodeMinus) s.remove_prefix(kUnicodeMinus.size());
  else if (!s.empty() && (s[0] == '-' || s[0] == '+')) s.remove_prefix(1);
  if (s.size() > 1 && s[0] == '0' && is_digits(s.substr(0, 2))) return false;
  size_t i = 0, digits = 0;
  while (i < s.size() && is_digits(s.substr(i, 1))) ++i, ++digits;
  if (i < s.size() && s[i] == '.') {
    ++i;
    while (i < s.size() && is_digits(s.substr(i, 1))) ++i, ++digits;
  }
  if (digits == 0) return false;
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    ++i;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
    if (!is_digits(s.substr(i))) return false;
    i = s.size();
  }
  return i == s.size();
}

bool number_too_big(const std::string& s) {
  return number_shaped(s) && resolve_plain_scalar(s, {}).is_string();
}

}  // namespace

Value resolve_plain_scalar(const std::string& s, SourcePos pos) {
  if (s.size() > kUnicodeMinus.size() && s.compare(0, kUnicodeMinus.size(), kUnicodeMinus) == 0) {
    Value v = resolve_plain_scalar("-" + s.substr(kUnicodeMinus.size()), pos);
    if (v.is_number() && s[kUnicodeMinus.size()] != '-' && s[kUnicodeMinus.size()] != '+') return v;
    return Value::string(s, std::move(pos));
  }
  if (s.empty() || s == "~" || s == "null" || s == "Null" || s == "NULL") return Value::null(std::move(pos));
  if (s == "true" || s == "True" || s == "TRUE") return Value::boolean(true, std::move(pos));
  if (s == "false" || s == "False" || s == "FALSE") return Value::boolean(false, std::move(pos));
  std::string_view body = s;
  if (body[0] == '-' || body[0] == '+') body.remove_prefix(1);
  // `07`, `0123`: codes and zero-padded numbers stay text.
  if (body.size() > 1 && body[0] == '0' && is_digits(body.substr(0, 2))) return Value::string(s, std::move(pos));
  bool numeric_start = !body.empty() && ((body[0] >= '0' && body[0] <= '9') || body[0] == '.');
  if (numeric_start) {
    if (auto d = Decimal::parse(s)) return Value::number(*d, std::move(pos));
  }
  return Value::string(s, std::move(pos));
}

std::optional<Value> read_yaml(std::string_view raw, const FileName& file, Diagnostics& diags) {
  // A lone CR (old Mac files) is a line break to YAML too, but positions are
  // counted on the normalized text.
  std::string normalized;
  const std::string_view text = normalize_line_ends(utf8::strip_bom(raw), normalized);
  if (!check_utf8(text, file, diags)) return std::nullopt;

  const int errors_before = diags.error_count();
  Builder builder(file, kMaxValuesBase + kMaxValuesPerByte * text.size(), diags);
  yaml_parser_t parser;
  if (!yaml_parser_initialize(&parser)) throw std::bad_alloc();
  std::unique_ptr<yaml_parser_t, void (*)(yaml_parser_t*)> guard(&parser, yaml_parser_delete);
  yaml_parser_set_input_string(&parser, reinterpret_cast<const unsigned char*>(text.data()), text.size());
  yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING);
  for (bool more = true; more;) {
    yaml_event_t event;
    if (!yaml_parser_parse(&parser, &event)) {
      if (parser.error == YAML_MEMORY_ERROR) throw std::bad_alloc();
      const yaml_mark_t& mark = parser.error == YAML_READER_ERROR ? parser.mark : parser.problem_mark;
      size_t at = parser.error == YAML_READER_ERROR ? std::min(parser.problem_offset, text.size())
                                                    : offset_of(text, mark);
      // The line the problem is on counts too: libyaml reports a tab that
      // breaks indentation at the start of that line or right after it.
      size_t line_end = std::min(text.find('\n', at), text.size());
      if (auto tab = tab_in_indentation(text, line_end)) {
        diags.add(with_hint(make_error(LineIndex(text, file).at(*tab), msg::kYamlTab), msg::kYamlTabHint));
      } else {
        SyntaxError e = describe_syntax_error(parser, text, at);
        diags.add(make_error(LineIndex(text, file).at(at), msg::kYamlSyntax, Phrase{std::move(e.vi), std::move(e.en)}));
      }
      return std::nullopt;
    }
    more = event.type != YAML_STREAM_END_EVENT && builder.on_event(event);
    yaml_event_delete(&event);
  }
  // A line that starts with a tab is never right in a clerk's data file, even
  // where YAML would take the tab for a separator.
  if (auto tab = line_starting_with_tab(text)) {
    diags.add(with_hint(make_error(LineIndex(text, file).at(*tab), msg::kYamlTab), msg::kYamlTabHint));
    return std::nullopt;
  }
  if (builder.starts.size() > 1) {
    const yaml_mark_t& second = builder.starts[1];
    diags.add(make_error(make_pos(file, static_cast<int>(second.line) + 1, static_cast<int>(second.column) + 1),
                         msg::kSeveralDocuments));
    return std::nullopt;
  }
  if (diags.error_count() > errors_before) return std::nullopt;
  if (builder.starts.empty() || !builder.root || builder.root->is_null()) return Value::map({}, make_pos(file, 1, 1));
  return std::move(*builder.root);
}

}  // namespace vanban::data
