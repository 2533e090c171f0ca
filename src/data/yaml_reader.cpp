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

// yaml-cpp speaks English; these are the messages a clerk can actually meet.
std::string vietnamese_syntax_message(const std::string& en) {
  static const std::pair<std::string_view, std::string_view> kTable[] = {
      {YAML::ErrorMsg::END_OF_MAP, "bảng khóa kết thúc sai chỗ (kiểm tra thụt lề)"},
      {YAML::ErrorMsg::END_OF_MAP_FLOW, "thiếu dấu `}` đóng"},
      {YAML::ErrorMsg::END_OF_SEQ, "danh sách kết thúc sai chỗ (kiểm tra thụt lề)"},
      {YAML::ErrorMsg::END_OF_SEQ_FLOW, "thiếu dấu `]` đóng"},
      {YAML::ErrorMsg::MAP_VALUE, "dấu `:` không đúng chỗ (thụt lề sai, hoặc giá trị có `: ` cần đặt trong ngoặc kép)"},
      {YAML::ErrorMsg::MAP_KEY, "khóa không đúng chỗ"},
      {YAML::ErrorMsg::BLOCK_ENTRY, "mục `- ` không đúng chỗ (kiểm tra thụt lề)"},
      {YAML::ErrorMsg::FLOW_END, "dấu đóng ngoặc thừa"},
      {YAML::ErrorMsg::UNKNOWN_TOKEN, "ký hiệu không hiểu được"},
      {YAML::ErrorMsg::EOF_IN_SCALAR, "chuỗi chưa đóng ngoặc kép đến hết tệp"},
      {YAML::ErrorMsg::CHAR_IN_SCALAR, "ký tự không hợp lệ trong chuỗi"},
      {YAML::ErrorMsg::DOC_IN_SCALAR, "`---` hoặc `...` nằm trong chuỗi"},
      {YAML::ErrorMsg::CHAR_IN_BLOCK, "ký tự không hợp lệ trong khối văn bản `|`/`>`"},
      {YAML::ErrorMsg::INVALID_HEX, "mã thoát \\x/\\u sai"},
      {YAML::ErrorMsg::INVALID_UNICODE, "mã Unicode sai: "},
      {YAML::ErrorMsg::INVALID_ESCAPE, "chuỗi thoát `\\` không hiểu được: "},
      {YAML::ErrorMsg::MULTIPLE_ANCHORS, "một giá trị có hai neo `&`"},
      {YAML::ErrorMsg::MULTIPLE_TAGS, "một giá trị có hai thẻ `!`"},
      {YAML::ErrorMsg::ALIAS_NOT_FOUND, "thiếu tên sau `*`"},
      {YAML::ErrorMsg::ANCHOR_NOT_FOUND, "thiếu tên sau `&`"},
      {kUnexpectedCharacter, "ký tự không đúng chỗ: "},
  };
  for (const auto& [prefix, vi] : kTable) {
    if (en.rfind(prefix, 0) == 0) return std::string(vi) + en.substr(prefix.size());
  }
  return en;
}

// Where each document of the stream starts. yaml-cpp's LoadAll loops forever,
// allocating, when a stray `,` or `]` opens the stream (upstream PR #1319): the
// parser reports an empty document without consuming the token. We walk the
// documents ourselves, stop at the second one (a data file holds one), and
// turn "no progress" into a syntax error at the offending character.
class DocumentStarts final : public YAML::EventHandler {
 public:
  std::vector<YAML::Mark> starts;
  void OnDocumentStart(const YAML::Mark& mark) override { starts.push_back(mark); }
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark&, YAML::anchor_t) override {}
  void OnAlias(const YAML::Mark&, YAML::anchor_t) override {}
  void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t, const std::string&) override {}
  void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {}
  void OnSequenceEnd() override {}
  void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {}
  void OnMapEnd() override {}
};

// Throws YAML::ParserException on a syntax error; returns the start marks of
// at most two documents.
std::vector<YAML::Mark> scan_documents(const std::string& text) {
  std::istringstream in(text);
  YAML::Parser parser(in);
  DocumentStarts handler;
  while (handler.starts.size() < 2 && parser.HandleNextDocument(handler)) {
    size_t n = handler.starts.size();
    if (n >= 2 && handler.starts[n - 1].pos == handler.starts[n - 2].pos) {
      const YAML::Mark& at = handler.starts[n - 1];
      std::string what = at.pos >= 0 && static_cast<size_t>(at.pos) < text.size() ? text.substr(at.pos, 1) : "";
      throw YAML::ParserException(at, std::string(kUnexpectedCharacter) + "`" + what + "`");
    }
  }
  return handler.starts;
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

class Converter {
 public:
  Converter(const LineIndex& index, size_t max_values, Diagnostics& diags)
      : index_(index), diags_(diags), budget_(max_values) {}

  Value convert(const YAML::Node& node, int depth) {
    SourcePos pos = position(node.Mark());
    if (budget_ == 0) {
      if (!too_many_reported_) diags_.add(make_error(pos, msg::kTooManyValues));
      too_many_reported_ = true;
      return Value::null(pos);
    }
    --budget_;
    if (depth > kMaxDepth) {
      if (!too_deep_reported_) diags_.add(make_error(pos, msg::kTooDeep, kMaxDepth));
      too_deep_reported_ = true;
      return Value::null(pos);
    }
    switch (node.Type()) {
      case YAML::NodeType::Undefined:
      case YAML::NodeType::Null:
        return Value::null(pos);
      case YAML::NodeType::Scalar:
        if (node.Tag() == "?") return resolve_plain_scalar(node.Scalar(), pos);
        return Value::string(node.Scalar(), pos);
      case YAML::NodeType::Sequence: {
        List items;
        items.reserve(node.size());
        for (const auto& item : node) items.push_back(convert(item, depth + 1));
        return Value::list(std::move(items), pos);
      }
      case YAML::NodeType::Map: {
        Map members;
        std::unordered_map<std::string, size_t> seen;
        for (const auto& kv : node) {
          SourcePos key_pos = position(kv.first.Mark());
          if (!kv.first.IsScalar()) {
            Kind k = kv.first.IsSequence() ? Kind::list : Kind::map;
            Diagnostic d = make_error(key_pos, msg::kNonScalarKey, kind_name(k, true));
            d.text_en = fmt::format(fmt::runtime(msg::kNonScalarKey.en), kind_name(k, false));
            diags_.add(std::move(d));
            continue;
          }
          std::string key = kv.first.Scalar();
          auto [it, fresh] = seen.emplace(key, members.size());
          if (!fresh) {
            const SourcePos& first = members[it->second].key_pos;
            diags_.add(with_hint(make_error(key_pos, msg::kDuplicateKey, key), msg::kFirstKeyHere, first.line));
            continue;
          }
          members.push_back(Member{std::move(key), key_pos, convert(kv.second, depth + 1)});
        }
        return Value::map(std::move(members), pos);
      }
    }
    return Value::null(pos);
  }

 private:
  SourcePos position(const YAML::Mark& mark) const {
    if (mark.pos < 0) return make_pos(index_.file(), 0, 0);
    return index_.at(static_cast<size_t>(mark.pos));
  }

  const LineIndex& index_;
  Diagnostics& diags_;
  bool too_deep_reported_ = false;
  size_t budget_;
  bool too_many_reported_ = false;
};

}  // namespace

Value resolve_plain_scalar(const std::string& s, SourcePos pos) {
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
  std::string_view text = utf8::strip_bom(raw);
  if (!check_utf8(text, file, diags)) return std::nullopt;
  LineIndex index(text, file);

  const std::string owned(text);
  std::vector<YAML::Mark> starts;
  YAML::Node doc;
  try {
    starts = scan_documents(owned);
    if (starts.size() == 1) doc = YAML::Load(owned);
  } catch (const YAML::Exception& e) {
    size_t at = e.mark.pos < 0 ? text.size() : static_cast<size_t>(e.mark.pos);
    if (auto tab = tab_in_indentation(text, at)) {
      diags.add(with_hint(make_error(index.at(*tab), msg::kYamlTab), msg::kYamlTabHint));
    } else {
      Diagnostic d = make_error(index.at(at), msg::kYamlSyntax, e.msg);
      d.text_vi = fmt::format(fmt::runtime(msg::kYamlSyntax.vi), vietnamese_syntax_message(e.msg));
      diags.add(std::move(d));
    }
    return std::nullopt;
  }
  // yaml-cpp accepts some tab-indented lines that YAML forbids; a line that
  // starts with a tab is never right in a clerk's data file.
  if (auto tab = line_starting_with_tab(text)) {
    diags.add(with_hint(make_error(index.at(*tab), msg::kYamlTab), msg::kYamlTabHint));
    return std::nullopt;
  }
  if (starts.size() > 1) {
    diags.add(make_error(index.at(static_cast<size_t>(std::max(0, starts[1].pos))), msg::kSeveralDocuments));
    return std::nullopt;
  }
  if (starts.empty() || doc.IsNull()) return Value::map({}, make_pos(file, 1, 1));

  int errors_before = diags.error_count();
  Converter converter(index, kMaxValuesBase + kMaxValuesPerByte * text.size(), diags);
  Value v = converter.convert(doc, 0);
  if (diags.error_count() > errors_before) return std::nullopt;
  return v;
}

}  // namespace vanban::data
