// Stage: data.
// The data tree every later stage reads: null, boolean, exact number, text, list, map — each with its source position.
#pragma once

#include "core/decimal.hpp"
#include "core/diagnostic.hpp"
#include "core/source.hpp"

#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace vanban::data {

enum class Kind { null = 0, boolean, number, string, list, map };

struct Member;
class Value;
using List = std::vector<Value>;
using Map = std::vector<Member>;  // keeps the order of the file

// A value from a data file (or computed: then pos is unknown). Text is always
// literal text: nothing downstream ever interprets it as markup or code.
class Value {
 public:
  Value() = default;
  static Value null(SourcePos pos = {});
  static Value boolean(bool b, SourcePos pos = {});
  static Value number(Decimal d, SourcePos pos = {});
  static Value string(std::string s, SourcePos pos = {});
  static Value list(List items, SourcePos pos = {});
  static Value map(Map members, SourcePos pos = {});

  Kind kind() const { return static_cast<Kind>(v_.index()); }
  bool is_null() const { return kind() == Kind::null; }
  bool is_bool() const { return kind() == Kind::boolean; }
  bool is_number() const { return kind() == Kind::number; }
  bool is_string() const { return kind() == Kind::string; }
  bool is_list() const { return kind() == Kind::list; }
  bool is_map() const { return kind() == Kind::map; }

  // Accessors; calling the wrong one throws std::bad_variant_access.
  bool as_bool() const { return std::get<bool>(v_); }
  const Decimal& as_number() const { return std::get<Decimal>(v_); }
  const std::string& as_string() const { return std::get<std::string>(v_); }
  const List& as_list() const { return std::get<List>(v_); }
  const Map& as_map() const { return std::get<Map>(v_); }
  List& as_list() { return std::get<List>(v_); }
  Map& as_map() { return std::get<Map>(v_); }

  // Map lookup (last member with that key wins); nullptr when absent or not a map.
  const Value* find(std::string_view key) const;
  const Member* find_member(std::string_view key) const;
  // List/map size, string length in bytes, 0 otherwise.
  size_t size() const;

  const SourcePos& pos() const { return pos_; }
  void set_pos(SourcePos pos) { pos_ = std::move(pos); }

  // Deep structural equality (positions ignored).
  friend bool operator==(const Value& a, const Value& b);

 private:
  std::variant<std::monostate, bool, Decimal, std::string, List, Map> v_;
  SourcePos pos_;
};

struct Member {
  std::string key;
  SourcePos key_pos;
  Value value;
};

// Vietnamese name of a kind, for messages: "chuỗi", "số", "danh sách", …
std::string_view kind_name(Kind k, bool vietnamese);
// The kind as a word of a message, translated when the message is printed.
Term kind_term(Kind k);

}  // namespace vanban::data
