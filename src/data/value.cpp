// Stage: data.
#include "data/value.hpp"

#include "data/messages.hpp"

namespace vanban::data {

Value Value::null(SourcePos pos) {
  Value v;
  v.pos_ = std::move(pos);
  return v;
}

Value Value::boolean(bool b, SourcePos pos) {
  Value v;
  v.v_ = b;
  v.pos_ = std::move(pos);
  return v;
}

Value Value::number(Decimal d, SourcePos pos) {
  Value v;
  v.v_ = d;
  v.pos_ = std::move(pos);
  return v;
}

Value Value::string(std::string s, SourcePos pos) {
  Value v;
  v.v_ = std::move(s);
  v.pos_ = std::move(pos);
  return v;
}

Value Value::list(List items, SourcePos pos) {
  Value v;
  v.v_ = std::move(items);
  v.pos_ = std::move(pos);
  return v;
}

Value Value::map(Map members, SourcePos pos) {
  Value v;
  v.v_ = std::move(members);
  v.pos_ = std::move(pos);
  return v;
}

const Member* Value::find_member(std::string_view key) const {
  if (!is_map()) return nullptr;
  const auto& m = as_map();
  for (auto it = m.rbegin(); it != m.rend(); ++it) {
    if (it->key == key) return &*it;
  }
  return nullptr;
}

const Value* Value::find(std::string_view key) const {
  const Member* m = find_member(key);
  return m ? &m->value : nullptr;
}

size_t Value::size() const {
  switch (kind()) {
    case Kind::list: return as_list().size();
    case Kind::map: return as_map().size();
    case Kind::string: return as_string().size();
    default: return 0;
  }
}

bool operator==(const Value& a, const Value& b) {
  if (a.kind() != b.kind()) return false;
  switch (a.kind()) {
    case Kind::null: return true;
    case Kind::boolean: return a.as_bool() == b.as_bool();
    case Kind::number: return a.as_number() == b.as_number();
    case Kind::string: return a.as_string() == b.as_string();
    case Kind::list: return a.as_list() == b.as_list();
    case Kind::map: {
      const auto& x = a.as_map();
      const auto& y = b.as_map();
      if (x.size() != y.size()) return false;
      for (size_t i = 0; i < x.size(); ++i) {
        if (x[i].key != y[i].key || !(x[i].value == y[i].value)) return false;
      }
      return true;
    }
  }
  return false;
}

std::string_view kind_name(Kind k, bool vi) {
  switch (k) {
    case Kind::null: return vi ? "rỗng" : "null";
    case Kind::boolean: return vi ? "đúng/sai" : "boolean";
    case Kind::number: return vi ? "số" : "number";
    case Kind::string: return vi ? "chuỗi" : "string";
    case Kind::list: return vi ? "danh sách" : "list";
    case Kind::map: return vi ? "bảng khóa" : "map";
  }
  return "?";
}

Term kind_term(Kind k) {
  switch (k) {
    case Kind::null: return term(msg::kKindNull);
    case Kind::boolean: return term(msg::kKindBoolean);
    case Kind::number: return term(msg::kKindNumber);
    case Kind::string: return term(msg::kKindString);
    case Kind::list: return term(msg::kKindList);
    case Kind::map: return term(msg::kKindMap);
  }
  return term(msg::kKindNull);
}

}  // namespace vanban::data
