// Stage: data.
#include "data/yaml_reader.hpp"

#include "core/utf8.hpp"
#include "data/messages.hpp"

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <sstream>
#include <unordered_map>

namespace vanban::data {
namespace {

constexpr int kMaxDepth = 256;
// Aliases (`*name`) are expanded into copies; a few lines can otherwise ask
// for billions of values ("billion laughs").
constexpr size_t kMaxValuesBase = 100000;
constexpr size_t kMaxValuesPerByte = 16;

constexpr std::string_view kUnexpectedCharacter = "unexpected character ";

// yaml-cpp speaks English; these are the messages a clerk can actually meet,
// each a term whose English is yaml-cpp's own text.
struct SyntaxMessage {
  std::string_view prefix;
  const Message* term;
  size_t rest;  // where the text after the known part starts
};
std::optional<SyntaxMessage> known_syntax_message(const std::string& en) {
  static const std::pair<std::string_view, const Message*> kTable[] = {
      {YAML::ErrorMsg::END_OF_MAP, &msg::kYamlEndOfMap},
      {YAML::ErrorMsg::END_OF_MAP_FLOW, &msg::kYamlEndOfMapFlow},
      {YAML::ErrorMsg::END_OF_SEQ, &msg::kYamlEndOfSeq},
      {YAML::ErrorMsg::END_OF_SEQ_FLOW, &msg::kYamlEndOfSeqFlow},
      {YAML::ErrorMsg::MAP_VALUE, &msg::kYamlMapValue},
      {YAML::ErrorMsg::MAP_KEY, &msg::kYamlMapKey},
      {YAML::ErrorMsg::BLOCK_ENTRY, &msg::kYamlBlockEntry},
      {YAML::ErrorMsg::FLOW_END, &msg::kYamlFlowEnd},
      {YAML::ErrorMsg::UNKNOWN_TOKEN, &msg::kYamlUnknownToken},
      {YAML::ErrorMsg::EOF_IN_SCALAR, &msg::kYamlEofInScalar},
      {YAML::ErrorMsg::CHAR_IN_SCALAR, &msg::kYamlCharInScalar},
      {YAML::ErrorMsg::DOC_IN_SCALAR, &msg::kYamlDocInScalar},
      {YAML::ErrorMsg::CHAR_IN_BLOCK, &msg::kYamlCharInBlock},
      {YAML::ErrorMsg::INVALID_HEX, &msg::kYamlInvalidHex},
      {YAML::ErrorMsg::INVALID_UNICODE, &msg::kYamlInvalidUnicode},
      {YAML::ErrorMsg::INVALID_ESCAPE, &msg::kYamlInvalidEscape},
      {YAML::ErrorMsg::MULTIPLE_ANCHORS, &msg::kYamlMultipleAnchors},
      {YAML::ErrorMsg::MULTIPLE_TAGS, &msg::kYamlMultipleTags},
      {YAML::ErrorMsg::ALIAS_NOT_FOUND, &msg::kYamlAliasNotFound},
      {YAML::ErrorMsg::ANCHOR_NOT_FOUND, &msg::kYamlAnchorNotFound},
      {kUnexpectedCharacter, &msg::kYamlUnexpectedCharacter},
  };
  for (const auto& [prefix, term] : kTable) {
    if (en.rfind(prefix, 0) == 0) return SyntaxMessage{prefix, term, prefix.size()};
  }
  return std::nullopt;
}

bool number_too_big(const std::string& s);

// Builds Values straight from yaml-cpp's parser events, in one pass: no node
// tree (yaml-cpp's nodes took 35 bytes of memory per byte of data and as
// long again to build). The documents are walked one by one: yaml-cpp's
// LoadAll loops forever, allocating, when a stray `,` or `]` opens the stream
// (upstream PR #1319) — the parser reports an empty document without
// consuming the token — so "no progress" becomes a syntax error at the
// offending character, and a second document stops the walk.
//
// Limits: nesting deeper than kMaxDepth and more values than the budget
// (aliases `*name` are expanded into copies: "billion laughs") are reported
// once each; the value in question becomes null and its contents are skipped.
class Builder final : public YAML::EventHandler {
 public:
  Builder(const LineIndex& index, size_t max_values, Diagnostics& diags)
      : index_(index), diags_(diags), budget_(max_values) {}

  std::vector<YAML::Mark> starts;  // where each document began
  std::optional<Value> root;       // the first document's value

  void OnDocumentStart(const YAML::Mark& mark) override { starts.push_back(mark); }
  void OnDocumentEnd() override {}

  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    if (skipping()) return;
    if (expecting_key()) return bad_key(mark, Kind::map);
    admit(mark, 0);  // null either way
    deliver(Value::null(position(mark)), anchor, 1, 0, nullptr);
  }

  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                const std::string& value) override {
    if (skipping()) return;
    if (expecting_key()) return take_key(mark, value, anchor, tag == "?");
    SourcePos pos = position(mark);
    if (!admit(mark, 0)) return deliver(Value::null(std::move(pos)), anchor, 1, 0, nullptr);
    Value v = tag == "?" ? resolve_plain_scalar(value, pos) : Value::string(value, pos);
    if (tag == "?" && v.is_string() && number_too_big(value)) {
      // `1e400`, 60 digits: silently text, it would fail far away, at the template.
      diags_.add(with_hint(make_error(pos, msg::kNumberTooBig, value), msg::kNumberTooBigHint));
      v = Value::null(pos);
    }
    deliver(std::move(v), anchor, 1, 0, &value);
  }

  void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    if (skipping()) return;
    auto it = anchors_.find(anchor);
    if (it == anchors_.end()) {  // an alias of a value still open: a cycle
      report_deep(mark);
      if (!expecting_key()) deliver(Value::null(position(mark)), 0, 1, 0, nullptr);
      else bad_key(mark, Kind::map);
      return;
    }
    const Anchored& a = it->second;
    if (expecting_key()) {
      if (a.raw) return take_key(mark, *a.raw, 0, false);
      return bad_key(mark, a.value.kind());
    }
    if (static_cast<int>(stack_.size()) + a.height > kMaxDepth) {
      report_deep(mark);
      return deliver(Value::null(position(mark)), 0, 1, 0, nullptr);
    }
    if (a.count > budget_) {
      report_too_many(mark);
      budget_ = 0;
      return deliver(Value::null(position(mark)), 0, 1, 0, nullptr);
    }
    budget_ -= a.count;
    Value copy = a.value;
    deliver(std::move(copy), 0, a.count, a.height, a.raw ? &*a.raw : nullptr);
  }

  void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value) override {
    open(mark, anchor, Kind::list);
  }
  void OnSequenceEnd() override { close(); }
  void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value) override {
    open(mark, anchor, Kind::map);
  }
  void OnMapEnd() override { close(); }

 private:
  struct Frame {
    Kind kind = Kind::list;
    SourcePos pos;
    YAML::anchor_t anchor = 0;
    List items;
    Map members;
    std::unordered_map<std::string, size_t> seen;
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

  bool skipping() const { return skip_ > 0; }
  bool expecting_key() const {
    return !stack_.empty() && stack_.back().kind == Kind::map && !stack_.back().has_key;
  }

  // Counts one value against the budget and the depth; false when it must become null.
  bool admit(const YAML::Mark& mark, int extra_depth) {
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

  void open(const YAML::Mark& mark, YAML::anchor_t anchor, Kind kind) {
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
    f.anchor = anchor;
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
    Value v = f.kind == Kind::list ? Value::list(std::move(f.items), f.pos) : Value::map(std::move(f.members), f.pos);
    deliver(std::move(v), f.anchor, f.count, f.height, nullptr);
  }

  void take_key(const YAML::Mark& mark, const std::string& key, YAML::anchor_t anchor, bool plain) {
    Frame& f = stack_.back();
    f.has_key = true;
    f.key_pos = position(mark);
    if (anchor) anchors_[anchor] = Anchored{Value::string(key, f.key_pos), 1, 0, key};
    if (plain && key == "<<") {
      // YAML 1.1's merge key (`<<: *chung`): yaml-cpp keeps it as an ordinary
      // key, so the keys it names would silently be missing. Refused.
      diags_.add(with_hint(make_error(f.key_pos, msg::kYamlMergeKey), msg::kYamlMergeKeyHint));
      f.drop_value = true;
      return;
    }
    auto [it, fresh] = f.seen.emplace(key, f.members.size());
    if (!fresh) {
      const SourcePos& first = f.members[it->second].key_pos;
      diags_.add(with_hint(make_error(f.key_pos, msg::kDuplicateKey, key), msg::kFirstKeyHere, first.line));
      f.drop_value = true;
      return;
    }
    f.key = key;
  }

  void bad_key(const YAML::Mark& mark, Kind k) { bad_key_at(position(mark), k); }
  void bad_key_at(const SourcePos& pos, Kind k) {
    if (k != Kind::list) k = Kind::map;
    diags_.add(make_error(pos, msg::kNonScalarKey, kind_term(k)));
    Frame& f = stack_.back();
    f.has_key = true;
    f.drop_value = true;
  }

  // A finished value goes into its parent (or becomes the document).
  void deliver(Value v, YAML::anchor_t anchor, size_t count, int height, const std::string* raw) {
    if (anchor) {
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
  }

  void report_deep(const YAML::Mark& mark) {
    if (!too_deep_reported_) diags_.add(make_error(position(mark), msg::kTooDeep, kMaxDepth));
    too_deep_reported_ = true;
  }
  void report_too_many(const YAML::Mark& mark) {
    if (!too_many_reported_) diags_.add(make_error(position(mark), msg::kTooManyValues));
    too_many_reported_ = true;
  }

  SourcePos position(const YAML::Mark& mark) const {
    if (mark.pos < 0) return make_pos(index_.file(), 0, 0);
    return index_.at(static_cast<size_t>(mark.pos));
  }

  const LineIndex& index_;
  Diagnostics& diags_;
  size_t budget_;
  std::vector<Frame> stack_;
  std::unordered_map<YAML::anchor_t, Anchored> anchors_;
  int skip_ = 0;  // inside a list or map being skipped: its nesting
  bool too_deep_reported_ = false, too_many_reported_ = false;
};

// Runs the parser over at most two documents. Throws YAML::ParserException on a syntax error.
void parse_documents(const std::string& text, Builder& builder) {
  std::istringstream in(text);
  YAML::Parser parser(in);
  while (builder.starts.size() < 2 && parser.HandleNextDocument(builder)) {
    size_t n = builder.starts.size();
    if (n >= 2 && builder.starts[n - 1].pos == builder.starts[n - 2].pos) {
      const YAML::Mark& at = builder.starts[n - 1];
      std::string what = at.pos >= 0 && static_cast<size_t>(at.pos) < text.size() ? text.substr(at.pos, 1) : "";
      throw YAML::ParserException(at, std::string(kUnexpectedCharacter) + "`" + what + "`");
    }
  }
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
  // yaml-cpp takes a lone CR (old Mac files) for a character: the whole file
  // would be one line.
  const std::string owned = normalize_line_ends(utf8::strip_bom(raw));
  const std::string_view text = owned;
  if (!check_utf8(text, file, diags)) return std::nullopt;
  LineIndex index(text, file);

  const int errors_before = diags.error_count();
  Builder builder(index, kMaxValuesBase + kMaxValuesPerByte * text.size(), diags);
  try {
    parse_documents(owned, builder);
  } catch (const YAML::Exception& e) {
    size_t at = e.mark.pos < 0 ? text.size() : static_cast<size_t>(e.mark.pos);
    if (auto tab = tab_in_indentation(text, at)) {
      diags.add(with_hint(make_error(index.at(*tab), msg::kYamlTab), msg::kYamlTabHint));
    } else {
      if (auto known = known_syntax_message(e.msg)) {
        diags.add(make_error(index.at(at), msg::kYamlSyntaxKnown, term(*known->term), e.msg.substr(known->rest)));
      } else {
        diags.add(make_error(index.at(at), msg::kYamlSyntax, e.msg));
      }
    }
    return std::nullopt;
  }
  // yaml-cpp accepts some tab-indented lines that YAML forbids; a line that
  // starts with a tab is never right in a clerk's data file.
  if (auto tab = line_starting_with_tab(text)) {
    diags.add(with_hint(make_error(index.at(*tab), msg::kYamlTab), msg::kYamlTabHint));
    return std::nullopt;
  }
  if (builder.starts.size() > 1) {
    diags.add(make_error(index.at(static_cast<size_t>(std::max(0, builder.starts[1].pos))), msg::kSeveralDocuments));
    return std::nullopt;
  }
  if (diags.error_count() > errors_before) return std::nullopt;
  if (builder.starts.empty() || !builder.root || builder.root->is_null()) return Value::map({}, make_pos(file, 1, 1));
  return std::move(*builder.root);
}

}  // namespace vanban::data
