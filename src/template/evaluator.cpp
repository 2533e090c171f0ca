// Stage: template.
#include "template/evaluator.hpp"

#include "core/markup_protocol.hpp"
#include "core/messages.hpp"
#include "core/utf8.hpp"
#include "locale/format.hpp"
#include "locale/text.hpp"
#include "template/filters.hpp"
#include "template/messages.hpp"

#include <algorithm>
#include <unordered_map>

namespace vanban::tmpl {
namespace {

using data::Value;

// Stops the whole expansion (a limit was exceeded); the diagnostic is already added.
struct LimitReached {};

// `{% block x %}` in a document whose template has no block `x`: the message lists the blocks it has.
Diagnostic no_such_block(const std::string& tpl, const SourcePos& pos, const std::string& name,
                         const std::vector<std::string>& names) {
  if (names.empty()) return make_error(pos, msg::kNoBlocks, tpl, name);
  std::string list;
  for (const auto& b : names) list += (list.empty() ? "`" : ", `") + b + "`";
  Diagnostic d = make_error(pos, msg::kUnknownBlock, tpl, name, list);
  std::string guess = closest_match(name, names);
  if (!guess.empty()) d = with_hint(std::move(d), msg::kDidYouMean, guess);
  return d;
}

// Removes the protocol's private code points, so that no text can forge a
// literal run or a directive.
std::string strip_reserved(std::string_view s) {
  // They are U+E000–U+E003, EE 80 80–83 in UTF-8: without an EE byte there is none.
  static_assert(protocol::kFirstReserved >= 0xE000 && protocol::kLastReserved <= 0xEFFF, "an EE lead byte");
  if (s.find('\xEE') == std::string_view::npos) return std::string(s);
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    size_t start = i;
    char32_t cp = utf8::decode(s, i);
    if (cp >= protocol::kFirstReserved && cp <= protocol::kLastReserved) continue;
    out.append(s.substr(start, i - start));
  }
  return out;
}

class Evaluator {
 public:
  Evaluator(const ExpandInput& in, Diagnostics& diags) : in_(in), ctx_(diags), diags_(diags) {
    if (in.document) collect_overrides();
  }

  std::optional<Evaluated> evaluate_one(const Expr& e, const std::vector<Binding>& names) {
    scopes_.emplace_back();
    for (const auto& b : names) scopes_.back().emplace_back(b.name, Val::reference(*b.value, b.path));
    try {
      Val v = eval(e, 1);
      ctx_.check_defined(v, e.pos);
      return Evaluated{&v.get(), v.own, v.path};
    } catch (const EvalError&) {
      return std::nullopt;
    } catch (const LimitReached&) {
      return std::nullopt;
    }
  }

  Expansion run() {
    scopes_.emplace_back();
    try {
      if (in_.document) {
        // Document-level `set`s are visible in the template's body.
        for (const auto& n : in_.document->nodes) {
          if (n->kind == Node::Kind::set) exec_node(*n, 1);
        }
      }
      exec(in_.program->nodes, 1);
    } catch (const LimitReached&) {
    }
    return std::move(out_);
  }

 private:
  // ---- blocks and documents -------------------------------------------------
  void collect_template_blocks(const Nodes& nodes, std::unordered_map<std::string, const Node*>& found) {
    for (const auto& n : nodes) {
      if (n->kind == Node::Kind::block) found.emplace(n->text, n.get());
      for (const auto& b : n->bodies) collect_template_blocks(b, found);
    }
  }

  void collect_overrides() {
    std::unordered_map<std::string, const Node*> template_blocks;
    collect_template_blocks(in_.program->nodes, template_blocks);
    std::vector<std::string> names;
    for (const auto& [name, node] : template_blocks) names.push_back(name);
    std::sort(names.begin(), names.end());
    const Nodes& doc = in_.document->nodes;
    if (writes_whole_body(*in_.document)) {
      // A document without blocks writes the whole body: its text replaces `noi_dung`.
      if (template_blocks.count(std::string(kMainBlock))) {
        overrides_.emplace(kMainBlock, &doc);
      } else {
        diags_.add(no_such_block(in_.document->extends, first_content(doc)->pos, std::string(kMainBlock), names));
      }
      return;
    }
    for (const auto& n : doc) {
      if (n->kind == Node::Kind::block) {
        auto [it, fresh] = overrides_.emplace(n->text, &n->bodies[0]);
        if (!fresh) {
          diags_.add(make_error(n->pos, msg::kDuplicateBlock, n->text, block_lines_[n->text]));
        } else if (!template_blocks.count(n->text)) {
          diags_.add(no_such_block(in_.document->extends, n->pos, n->text, names));
        }
        block_lines_.emplace(n->text, n->pos.line);
      } else if (n->kind == Node::Kind::text) {
        if (n->text.find_first_not_of(" \t\r\n") != std::string::npos) {
          diags_.add(with_hint(make_error(n->pos, msg::kOutsideBlock), msg::kOutsideBlockHint));
        }
      } else if (n->kind != Node::Kind::set) {
        diags_.add(with_hint(make_error(n->pos, msg::kOutsideBlock), msg::kOutsideBlockHint));
      }
    }
  }

  // ---- output ---------------------------------------------------------------
  void check_size(size_t more) {
    if (out_.text.size() + more > in_.limits.max_output) {
      const size_t max = in_.limits.max_output;
      const bool whole_mb = max >= (1u << 20) && max % (1u << 20) == 0;
      const Phrase size = whole_mb ? Phrase{std::to_string(max >> 20) + " MB", std::to_string(max >> 20) + " MB"}
                                   : Phrase{std::to_string(max) + " byte", std::to_string(max) + " bytes"};
      Diagnostic d = make_error(current_pos_, msg::kOutputLimit, size);
      diags_.add(with_hint(std::move(d), msg::kLimitHint, "output-mb", std::max<size_t>(2, (max >> 20) * 2)));
      throw LimitReached{};
    }
  }

  void emit_text(const std::string& text, const SourcePos& pos) {
    std::string clean = strip_reserved(text);
    check_size(clean.size());
    out_.where.mark(out_.text.size(), pos, /*verbatim=*/true);
    // A mark at every line start, so that markup errors point at the right line and column.
    size_t line_start = 0;
    int lines = 0;
    for (size_t i = 0; i < clean.size(); ++i) {
      if (clean[i] != '\n') continue;
      out_.text.append(clean, line_start, i + 1 - line_start);
      line_start = i + 1;
      SourcePos next = pos;
      next.line = pos.line + ++lines;
      next.column = 1;
      out_.where.mark(out_.text.size(), next, /*verbatim=*/true);
    }
    out_.text.append(clean, line_start, std::string::npos);
  }

  void emit_literal(const std::string& text, const SourcePos& pos) {
    std::string clean = strip_reserved(text);
    check_size(clean.size() + 6);
    out_.where.mark(out_.text.size(), pos);
    out_.text += protocol::kLiteralOpen;
    out_.text += clean;
    out_.text += protocol::kLiteralClose;
  }

  void emit_directive(const std::string& directive, const SourcePos& pos) {
    check_size(directive.size() + 8);
    out_.where.mark(out_.text.size(), pos);
    if (!out_.text.empty() && out_.text.back() != '\n') out_.text += '\n';
    out_.text += protocol::kDirectiveOpen;
    out_.text += directive;
    out_.text += protocol::kDirectiveClose;
    out_.text += '\n';
  }

  // Reports a depth error with the hint of a bigger `depth` (twice the limit,
  // no more than `--limit` accepts; none when the limit is already the most).
  void depth_error(Diagnostic d) {
    const int raised = std::min(in_.limits.max_depth * 2, static_cast<int>(kMaxTemplateDepth));
    diags_.add(raised > in_.limits.max_depth ? with_hint(std::move(d), msg::kLimitHint, "depth", raised) : std::move(d));
  }

  // ---- statements -------------------------------------------------------------
  void exec(const Nodes& nodes, int depth) {
    if (depth > in_.limits.max_depth) {
      depth_error(make_error(current_pos_, msg::kDepthLimit, in_.limits.max_depth));
      throw LimitReached{};
    }
    for (const auto& n : nodes) {
      try {
        exec_node(*n, depth);
      } catch (const EvalError&) {
        // Reported; go on with the next node so that one run shows every problem.
      }
    }
  }

  void exec_node(const Node& n, int depth) {
    current_pos_ = n.pos;
    switch (n.kind) {
      case Node::Kind::text:
        emit_text(n.text, n.pos);
        break;
      case Node::Kind::output: {
        Val v = eval(*n.conditions[0], depth);
        ctx_.check_defined(v, n.conditions[0]->pos);
        if (v.get().is_map()) {
          ctx_.type_error(v, "`{{ }}`", "`{{ }}`", data::Kind::string, n.conditions[0]->pos);
        }
        emit_literal(to_text(v.get()), n.pos);
        break;
      }
      case Node::Kind::if_: {
        for (size_t i = 0; i < n.bodies.size(); ++i) {
          if (i < n.conditions.size()) {
            if (!truthy(eval(*n.conditions[i], depth))) continue;
          }
          exec(n.bodies[i], depth + 1);
          break;
        }
        break;
      }
      case Node::Kind::for_:
        exec_for(n, depth);
        break;
      case Node::Kind::set: {
        Val v;
        try {
          v = eval(*n.conditions[0], depth);
        } catch (const EvalError&) {
          v = Val();
          v.undefined = true;
          v.poisoned = true;
          assign(n.targets[0], std::move(v));
          throw;
        }
        assign(n.targets[0], std::move(v));
        break;
      }
      case Node::Kind::block: {
        auto it = overrides_.find(n.text);
        const Nodes& body = it != overrides_.end() ? *it->second : n.bodies[0];
        scopes_.emplace_back();
        exec(body, depth + 1);
        scopes_.pop_back();
        break;
      }
      case Node::Kind::include: {
        if (!in_.includes) break;
        // A partial that includes itself, directly or through others, never ends.
        if (std::find(including_.begin(), including_.end(), n.text) != including_.end()) {
          std::string chain;
          for (const auto& name : including_) chain += "`" + name + "` → ";
          diags_.add(make_error(n.pos, msg::kIncludeRecursive, n.text, chain + "`" + n.text + "`"));
          throw LimitReached{};
        }
        const Program* partial = in_.includes->include(n.text, n.pos, diags_);
        if (partial) {
          including_.push_back(n.text);
          exec(partial->nodes, depth + 1);
          including_.pop_back();
        }
        break;
      }
      case Node::Kind::table:
        emit_directive("table " + n.text, n.pos);
        break;
      case Node::Kind::pagebreak:
        emit_directive("pagebreak", n.pos);
        break;
    }
  }

  void assign(const std::string& name, Val v) {
    auto& scope = scopes_.back();
    for (auto& [k, val] : scope) {
      if (k == name) {
        val = std::move(v);
        return;
      }
    }
    scope.emplace_back(name, std::move(v));
  }

  void exec_for(const Node& n, int depth) {
    Val seq = eval(*n.conditions[0], depth);
    ctx_.check_defined(seq, n.conditions[0]->pos);
    const Value& s = seq.get();
    std::vector<std::pair<Val, Val>> items;  // (value or key, value for two targets)
    if (s.is_list()) {
      for (size_t i = 0; i < s.as_list().size(); ++i) {
        Val item = Val::reference(s.as_list()[i], seq.path.empty() ? std::string() : fmt::format("{}[{}]", seq.path, i));
        item.own = seq.own;
        items.emplace_back(item, Val());
      }
    } else if (s.is_map()) {
      for (const auto& m : s.as_map()) {
        Val value = Val::reference(m.value, seq.path.empty() ? m.key : seq.path + "." + m.key);
        value.own = seq.own;
        items.emplace_back(Val::of(Value::string(m.key)), value);
      }
    } else if (!s.is_null()) {
      ctx_.type_error(seq, "`for`", "`for`", data::Kind::list, n.conditions[0]->pos);
    }
    if (items.empty()) {
      if (n.bodies.size() > 1) exec(n.bodies[1], depth + 1);
      return;
    }
    for (size_t i = 0; i < items.size(); ++i) {
      if (++iterations_ > in_.limits.max_iterations) {
        Diagnostic d = make_error(n.pos, msg::kLoopLimit, Count{in_.limits.max_iterations});
        diags_.add(with_hint(std::move(d), msg::kLimitHint, "loops", in_.limits.max_iterations * 10));
        throw LimitReached{};
      }
      scopes_.emplace_back();
      if (n.targets.size() == 2) {
        assign(n.targets[0], items[i].first);
        assign(n.targets[1], s.is_map() ? items[i].second : items[i].first);
      } else {
        assign(n.targets[0], s.is_map() ? items[i].first : items[i].first);
      }
      assign("loop", loop_value(i, items.size()));
      exec(n.bodies[0], depth + 1);
      scopes_.pop_back();
    }
  }

  static Val loop_value(size_t i, size_t n) {
    auto num = [](size_t x) { return Value::number(Decimal(static_cast<long long>(x))); };
    data::Map m;
    m.push_back({"index", {}, num(i + 1)});
    m.push_back({"index0", {}, num(i)});
    m.push_back({"revindex", {}, num(n - i)});
    m.push_back({"first", {}, Value::boolean(i == 0)});
    m.push_back({"last", {}, Value::boolean(i + 1 == n)});
    m.push_back({"length", {}, num(n)});
    Val v = Val::of(Value::map(std::move(m)));
    v.path = "loop";
    return v;
  }

  // ---- expressions ------------------------------------------------------------
  Val lookup(const std::string& name, const SourcePos&) {
    for (auto scope = scopes_.rbegin(); scope != scopes_.rend(); ++scope) {
      for (const auto& [k, v] : *scope) {
        if (k == name) return v;
      }
    }
    if (in_.data) {
      if (const Value* v = in_.data->find(name)) return Val::reference(*v, name);
    }
    Val u;
    u.undefined = true;
    u.path = name;
    u.missing_key = name;
    return u;
  }

  static std::string child_path(const Val& base, const std::string& key) {
    return base.path.empty() ? std::string() : base.path + "." + key;
  }

  Val member(const Val& base, const std::string& key, const SourcePos& pos) {
    if (base.undefined) {
      Val u = base;
      u.path = base.path + "." + key;
      return u;
    }
    const Value& b = base.get();
    if (b.is_map()) {
      if (const Value* v = b.find(key)) {
        Val r = Val::reference(*v, child_path(base, key));
        r.own = base.own;
        return r;
      }
    } else if (!b.is_null()) {
      ctx_.type_error(base, fmt::format("`.{}`", key), fmt::format("`.{}`", key), data::Kind::map, pos);
    }
    Val u;
    u.undefined = true;
    u.path = base.path.empty() ? key : base.path + "." + key;
    u.parent_path = base.path;
    u.parent_pos = b.pos();
    u.missing_key = key;
    return u;
  }

  Val index(const Val& base, const Val& idx, const SourcePos& pos) {
    if (base.undefined) {
      Val u = base;
      u.path = base.path + "[" + to_text(idx.get()) + "]";
      return u;
    }
    ctx_.check_defined(idx, pos);
    const Value& b = base.get();
    if (b.is_map() && idx.get().is_string()) return member(base, idx.get().as_string(), pos);
    if (b.is_list() && idx.get().is_number()) {
      const Decimal& d = idx.get().as_number();
      long long n = static_cast<long long>(b.as_list().size());
      long long i = d.is_integer() ? d.to_int64() : n;
      if (i < 0) i += n;
      if (i >= 0 && i < n) {
        Val r = Val::reference(b.as_list()[static_cast<size_t>(i)],
                               base.path.empty() ? std::string() : fmt::format("{}[{}]", base.path, i));
        r.own = base.own;
        return r;
      }
      Val u;
      u.undefined = true;
      u.path = fmt::format("{}[{}]", base.path, to_text(idx.get()));
      u.parent_path = base.path;
      u.parent_pos = b.pos();
      u.missing_key = fmt::format("[{}]", to_text(idx.get()));
      return u;
    }
    ctx_.type_error(base, "`[...]`", "`[...]`", data::Kind::list, pos);
  }

  std::vector<Argument> eval_args(const std::vector<Arg>& args, int depth) {
    std::vector<Argument> out;
    for (const auto& a : args) {
      out.push_back(Argument{a.name, eval(*a.value, depth), a.name.empty() ? a.value->pos : a.name_pos});
    }
    return out;
  }

  // An exact number that no longer fits (38 digits), in a filter, a function,
  // an index or an operator, is reported at the innermost expression.
  Val eval(const Expr& e, int depth) try {
    if (depth > in_.limits.max_depth * 4) {
      depth_error(make_error(e.pos, msg::kExprDepthLimit, in_.limits.max_depth * 4, in_.limits.max_depth));
      throw LimitReached{};
    }
    ++depth;
    switch (e.kind) {
      case Expr::Kind::literal_null: return Val::of(Value::null());
      case Expr::Kind::literal_bool: return Val::of(Value::boolean(e.flag));
      case Expr::Kind::literal_number: return Val::of(Value::number(e.number));
      case Expr::Kind::literal_string: return Val::of(Value::string(e.text));
      case Expr::Kind::list: {
        data::List items;
        for (const auto& o : e.operands) {
          Val v = eval(*o, depth);
          ctx_.check_defined(v, o->pos);
          items.push_back(v.get());
        }
        return Val::of(Value::list(std::move(items)));
      }
      case Expr::Kind::name: return lookup(e.text, e.pos);
      case Expr::Kind::member: return member(eval(*e.operands[0], depth), e.text, e.pos);
      case Expr::Kind::index: return index(eval(*e.operands[0], depth), eval(*e.operands[1], depth), e.pos);
      case Expr::Kind::call: {
        const Callable* f = find_function(e.text);
        if (!f) {
          Diagnostic d = make_error(e.pos, msg::kUnknownFunction, e.text);
          std::string guess = closest_match(e.text, function_names());
          if (!guess.empty()) d = with_hint(std::move(d), msg::kDidYouMean, guess);
          ctx_.fail(std::move(d));
        }
        auto args = bind_arguments(ctx_, *f, eval_args(e.args, depth), e.pos);
        return f->apply(ctx_, Val(), args, e.pos);
      }
      case Expr::Kind::filter: {
        const Callable* f = find_filter(e.text);
        if (!f) {
          Diagnostic d = make_error(e.pos, msg::kUnknownFilter, e.text);
          std::string guess = closest_match(e.text, filter_names());
          if (!guess.empty()) d = with_hint(std::move(d), msg::kDidYouMean, guess);
          ctx_.fail(std::move(d));
        }
        Val input = eval(*e.operands[0], depth);
        if (input.undefined && f->name != "default") ctx_.missing(input, e.operands[0]->pos);
        auto args = bind_arguments(ctx_, *f, eval_args(e.args, depth), e.pos);
        return f->apply(ctx_, input, args, e.pos);
      }
      case Expr::Kind::unary: {
        Val v = eval(*e.operands[0], depth);
        if (e.text == "not") return Val::of(Value::boolean(!truthy(v)));
        return Val::of(Value::number(-ctx_.need_number(v, "phép `-`", "`-`", e.operands[0]->pos)));
      }
      case Expr::Kind::conditional: {
        if (truthy(eval(*e.operands[1], depth))) return eval(*e.operands[0], depth);
        return eval(*e.operands[2], depth);
      }
      case Expr::Kind::test: return test(e, depth);
      case Expr::Kind::binary: return binary(e, depth);
    }
    return Val::of(Value::null());
  } catch (const std::overflow_error&) {
    ctx_.fail(make_error(e.pos, msg::kNumberTooLarge));
  }

  Val test(const Expr& e, int depth) {
    Val v = eval(*e.operands[0], depth);
    bool r;
    if (e.text == "defined") {
      r = !v.undefined;
    } else if (e.text == "undefined") {
      r = v.undefined;
    } else {
      ctx_.check_defined(v, e.operands[0]->pos);
      const Value& x = v.get();
      if (e.text == "none") {
        r = x.is_null();
      } else if (e.text == "number") {
        r = x.is_number();
      } else if (e.text == "string") {
        r = x.is_string();
      } else if (e.text == "odd" || e.text == "even") {
        const Decimal& d = ctx_.need_number(v, "`is odd`", "`is odd`", e.pos);
        bool odd = d.is_integer() && (d.to_int64() % 2 != 0);
        r = e.text == "odd" ? odd : !odd;
      } else {
        Diagnostic d = make_error(e.pos, msg::kUnknownFunction, "is " + e.text);
        std::string guess = closest_match(e.text, {"defined", "undefined", "none", "number", "string", "odd", "even"});
        if (!guess.empty()) d = with_hint(std::move(d), msg::kDidYouMean, guess);
        ctx_.fail(std::move(d));
      }
    }
    return Val::of(Value::boolean(e.flag ? !r : r));
  }

  Val binary(const Expr& e, int depth) {
    const std::string& op = e.text;
    if (op == "and") {
      Val a = eval(*e.operands[0], depth);
      return truthy(a) ? eval(*e.operands[1], depth) : a;
    }
    if (op == "or") {
      Val a = eval(*e.operands[0], depth);
      return truthy(a) ? a : eval(*e.operands[1], depth);
    }
    Val a = eval(*e.operands[0], depth);
    Val b = eval(*e.operands[1], depth);
    const SourcePos& pa = e.operands[0]->pos;
    const SourcePos& pb = e.operands[1]->pos;
    if (op == "~") {
      ctx_.check_defined(a, pa);
      ctx_.check_defined(b, pb);
      return Val::of(Value::string(to_text(a.get()) + to_text(b.get())));
    }
    if (op == "==" || op == "!=") {
      ctx_.check_defined(a, pa);
      ctx_.check_defined(b, pb);
      bool eq = a.get() == b.get();
      return Val::of(Value::boolean(op == "==" ? eq : !eq));
    }
    if (op == "in" || op == "not in") {
      ctx_.check_defined(a, pa);
      ctx_.check_defined(b, pb);
      bool found = false;
      const Value& hay = b.get();
      if (hay.is_string()) {
        found = hay.as_string().find(ctx_.need_string(a, "`in`", "`in`", pa)) != std::string::npos;
      } else if (hay.is_list()) {
        found = std::any_of(hay.as_list().begin(), hay.as_list().end(), [&](const Value& x) { return x == a.get(); });
      } else if (hay.is_map()) {
        found = hay.find(ctx_.need_string(a, "`in`", "`in`", pa)) != nullptr;
      } else if (!hay.is_null()) {
        ctx_.type_error(b, "`in`", "`in`", data::Kind::list, pb);
      }
      return Val::of(Value::boolean(op == "in" ? found : !found));
    }
    if (op == "<" || op == "<=" || op == ">" || op == ">=") {
      ctx_.check_defined(a, pa);
      ctx_.check_defined(b, pb);
      if (a.get().is_string() && b.get().is_string()) {
        int c = compare_values(a.get(), b.get());
        return Val::of(Value::boolean(op == "<" ? c < 0 : op == "<=" ? c <= 0 : op == ">" ? c > 0 : c >= 0));
      }
      std::string what = fmt::format("phép `{}`", op);
      std::string what_en = fmt::format("`{}`", op);
      const Decimal& x = ctx_.need_number(a, what, what_en, pa);
      const Decimal& y = ctx_.need_number(b, what, what_en, pb);
      auto c = x <=> y;
      bool r = op == "<" ? c < 0 : op == "<=" ? c <= 0 : op == ">" ? c > 0 : c >= 0;
      return Val::of(Value::boolean(r));
    }
    if (op == "+" && a.get().is_string() && b.get().is_string() && !a.undefined && !b.undefined) {
      return Val::of(Value::string(a.get().as_string() + b.get().as_string()));
    }
    std::string what = fmt::format("phép `{}`", op);
    std::string what_en = fmt::format("`{}`", op);
    const Decimal& x = ctx_.need_number(a, what, what_en, pa);
    const Decimal& y = ctx_.need_number(b, what, what_en, pb);
    try {
      if (op == "+") return Val::of(Value::number(x + y));
      if (op == "-") return Val::of(Value::number(x - y));
      if (op == "*") return Val::of(Value::number(x * y));
      if (y.is_zero()) ctx_.fail(with_hint(make_error(pb, msg::kDivisionByZero, b.describe()), msg::kDivisionHint));
      if (op == "/") return Val::of(Value::number(Decimal::divide(x, y, 12).normalized()));
      Decimal q(Decimal::divide(x, y, 12).to_int64());
      if (op == "//") return Val::of(Value::number(q));
      return Val::of(Value::number(x - y * q));  // %
    } catch (const std::overflow_error&) {
      ctx_.fail(make_error(e.pos, msg::kNumberTooLarge));
    }
  }

  const ExpandInput& in_;
  Context ctx_;
  Diagnostics& diags_;
  Expansion out_;
  std::vector<std::vector<std::pair<std::string, Val>>> scopes_;
  std::unordered_map<std::string, const Nodes*> overrides_;  // block name -> the document's text for it
  std::unordered_map<std::string, int> block_lines_;          // block name -> its line in the document
  size_t iterations_ = 0;
  std::vector<std::string> including_;  // the partials being expanded, outermost first
  SourcePos current_pos_;
};

}  // namespace

const Node* first_content(const Nodes& nodes) {
  for (const auto& n : nodes) {
    if (n->kind == Node::Kind::set) continue;
    if (n->kind == Node::Kind::text && n->text.find_first_not_of(" \t\r\n") == std::string::npos) continue;
    return n.get();
  }
  return nullptr;
}

bool writes_whole_body(const Program& document) {
  for (const auto& n : document.nodes) {
    if (n->kind == Node::Kind::block) return false;
  }
  return first_content(document.nodes) != nullptr;
}

std::vector<std::string> replaced_blocks(const Program& document) {
  if (writes_whole_body(document)) return {std::string(kMainBlock)};
  std::vector<std::string> out;
  for (const auto& n : document.nodes) {
    if (n->kind == Node::Kind::block) out.push_back(n->text);
  }
  return out;
}

namespace {
void collect_tree(const Nodes& nodes, const std::string& parent, std::vector<std::pair<std::string, std::string>>& out) {
  for (const auto& n : nodes) {
    const std::string& inner = n->kind == Node::Kind::block ? n->text : parent;
    if (n->kind == Node::Kind::block) out.emplace_back(n->text, parent);
    for (const auto& b : n->bodies) collect_tree(b, inner, out);
  }
}
}  // namespace

std::vector<std::pair<std::string, std::string>> block_tree(const Program& program) {
  std::vector<std::pair<std::string, std::string>> out;
  collect_tree(program.nodes, "", out);
  return out;
}

void check_blocks(const Program& program, const Program& document, Diagnostics& diags) {
  std::vector<std::string> names;
  for (const auto& [block, parent] : block_tree(program)) names.push_back(block);
  std::sort(names.begin(), names.end());
  auto has = [&](const std::string& n) { return std::find(names.begin(), names.end(), n) != names.end(); };
  if (writes_whole_body(document)) {
    if (!has(std::string(kMainBlock))) {
      diags.add(no_such_block(document.extends, first_content(document.nodes)->pos, std::string(kMainBlock), names));
    }
    return;
  }
  for (const auto& n : document.nodes) {
    if (n->kind == Node::Kind::block && !has(n->text)) diags.add(no_such_block(document.extends, n->pos, n->text, names));
    // With blocks, text outside them would be lost: say so before anything else.
    bool text = n->kind == Node::Kind::text && n->text.find_first_not_of(" \t\r\n") != std::string::npos;
    bool other = n->kind != Node::Kind::text && n->kind != Node::Kind::block && n->kind != Node::Kind::set;
    if (text || other) diags.add(with_hint(make_error(n->pos, msg::kOutsideBlock), msg::kOutsideBlockHint));
  }
}

Expansion expand(const ExpandInput& input, Diagnostics& diags) {
  Evaluator ev(input, diags);
  return ev.run();
}

std::string expand_plain(const Program& program, const data::Value& data, const Limits& limits,
                         Diagnostics& diags) {
  ExpandInput in;
  in.program = &program;
  in.data = &data;
  in.limits = limits;
  Expansion e = expand(in, diags);
  std::string text = strip_reserved(e.text);
  std::string out;
  bool space = false;
  for (char c : text) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return locale::nfc(out);
}

std::optional<Evaluated> evaluate(const Expr& expr, const data::Value& data, const std::vector<Binding>& names,
                                  const Limits& limits, Diagnostics& diags) {
  // A bare name bound in `names` (a table column's `value: ke_hoach`, once per
  // cell of a large table) is that value, as the evaluator's lookup would
  // find it: the first binding of the name.
  if (expr.kind == Expr::Kind::name) {
    for (const auto& b : names) {
      if (b.name == expr.text) return Evaluated{b.value, nullptr, b.path};
    }
  }
  ExpandInput in;
  in.data = &data;
  in.limits = limits;
  Evaluator ev(in, diags);
  return ev.evaluate_one(expr, names);
}

}  // namespace vanban::tmpl
