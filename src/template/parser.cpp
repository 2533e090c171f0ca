// Stage: template.
#include "template/parser.hpp"

#include "core/limits.hpp"
#include "template/lexer.hpp"
#include "template/messages.hpp"

#include <algorithm>

namespace vanban::tmpl {
namespace {

const std::vector<std::string>& statement_names() {
  static const std::vector<std::string> kNames = {"if", "elif", "else", "endif", "for", "endfor", "set", "block",
                                                  "endblock", "extends", "include", "table", "pagebreak"};
  return kNames;
}

// Reads one tag's tokens as an expression or statement arguments.
class ExprParser {
 public:
  // `failed`: the tokenizer already reported a problem in this tag; `closer`:
  // how the tag ends (`}}` or `%}`), shown when an expression stops short.
  ExprParser(std::vector<Token> tokens, const data::LineIndex& index, Diagnostics& diags, bool failed,
             std::string_view closer)
      : toks_(std::move(tokens)), index_(index), diags_(diags), failed_(failed), closer_(closer) {}

  bool failed() const { return failed_; }
  const Token& peek(size_t ahead = 0) const { return toks_[std::min(pos_ + ahead, toks_.size() - 1)]; }
  bool at_end() const { return peek().kind == Token::Kind::end; }
  SourcePos pos_of(const Token& t) const { return index_.at(t.offset); }
  SourcePos here() const { return pos_of(peek()); }

  bool is_op(std::string_view op, size_t ahead = 0) const {
    return peek(ahead).kind == Token::Kind::op && peek(ahead).text == op;
  }
  bool is_name(std::string_view name, size_t ahead = 0) const {
    return peek(ahead).kind == Token::Kind::name && peek(ahead).text == name;
  }
  Token next() {
    Token t = peek();
    if (pos_ + 1 < toks_.size()) ++pos_;
    return t;
  }

  void fail(std::string_view expected_vi, std::string_view expected_en) {
    if (failed_) return;
    failed_ = true;
    std::string found = at_end() ? std::string(closer_) : peek().text;
    if (peek().kind == Token::Kind::string) found = fmt::format("\"{}\"", found);
    diags_.add(make_error(here(), msg::kExpected, Phrase{std::string(expected_vi), std::string(expected_en)}, found));
  }
  bool expect_op(std::string_view op) {
    if (is_op(op)) {
      next();
      return true;
    }
    fail(fmt::format("`{}`", op), fmt::format("`{}`", op));
    return false;
  }
  std::string expect_name(std::string_view what_vi, std::string_view what_en) {
    if (peek().kind == Token::Kind::name) return next().text;
    fail(what_vi, what_en);
    return {};
  }
  std::string expect_string(std::string_view what_vi, std::string_view what_en) {
    if (peek().kind == Token::Kind::string) return next().text;
    fail(what_vi, what_en);
    return {};
  }
  void expect_end() {
    if (!at_end()) fail("`%}`", "`%}`");
  }

  // Nesting of brackets, `not` and `-` is bounded: recursion without a bound
  // overflowed the stack on `[[[[…` (found by fuzzing). Chains count too:
  // `a + b + c`, `a.b.c` and `x | f | g` build a tree one level deeper per
  // link, and a tree 200,000 links deep overflowed the stack when it was
  // freed. So the bound is on the height of the tree.
  static constexpr int kMaxNesting = 200;
  struct Nest {
    int& depth;
    explicit Nest(int& d) : depth(d) { ++depth; }
    ~Nest() { --depth; }
  };
  // One more link of a chain: the rest of the chain is one level deeper.
  struct Chain {
    int& depth;
    int links = 0;
    explicit Chain(int& d) : depth(d) {}
    void link() {
      ++depth;
      ++links;
    }
    ~Chain() { depth -= links; }
  };
  // Adds a link to `chain`; true (after reporting) when the tree got too high.
  bool too_deep_chain(Chain& chain) {
    chain.link();
    return too_deep();
  }
  bool too_deep() {
    if (nesting_ <= kMaxNesting) return false;
    if (!failed_) {
      failed_ = true;
      diags_.add(make_error(here(), msg::kExprTooDeep, kMaxNesting));
    }
    pos_ = toks_.size() - 1;  // skip the rest of the tag
    return true;
  }

  ExprPtr expression() {
    Nest nest(nesting_);
    if (too_deep()) return make(Expr::Kind::literal_null, here());
    ExprPtr e = or_expr();
    if (is_name("if")) {
      auto c = make(Expr::Kind::conditional, e->pos);
      next();
      ExprPtr cond = or_expr();
      ExprPtr other;
      if (is_name("else")) {
        next();
        other = expression();
      } else {
        other = make(Expr::Kind::literal_null, here());
      }
      c->operands.push_back(std::move(e));
      c->operands.push_back(std::move(cond));
      c->operands.push_back(std::move(other));
      return c;
    }
    return e;
  }

 private:
  ExprPtr make(Expr::Kind kind, SourcePos pos) {
    auto e = std::make_unique<Expr>();
    e->kind = kind;
    e->pos = std::move(pos);
    return e;
  }
  ExprPtr binary(std::string op, SourcePos pos, ExprPtr a, ExprPtr b) {
    auto e = make(Expr::Kind::binary, std::move(pos));
    e->text = std::move(op);
    e->operands.push_back(std::move(a));
    e->operands.push_back(std::move(b));
    return e;
  }

  ExprPtr or_expr() {
    ExprPtr e = and_expr();
    Chain chain(nesting_);
    while (is_name("or") && !too_deep_chain(chain)) {
      SourcePos p = here();
      next();
      e = binary("or", p, std::move(e), and_expr());
    }
    return e;
  }
  ExprPtr and_expr() {
    ExprPtr e = not_expr();
    Chain chain(nesting_);
    while (is_name("and") && !too_deep_chain(chain)) {
      SourcePos p = here();
      next();
      e = binary("and", p, std::move(e), not_expr());
    }
    return e;
  }
  ExprPtr not_expr() {
    Nest nest(nesting_);
    if (too_deep()) return make(Expr::Kind::literal_null, here());
    if (is_name("not")) {
      auto e = make(Expr::Kind::unary, here());
      next();
      e->text = "not";
      e->operands.push_back(not_expr());
      return e;
    }
    return comparison();
  }
  ExprPtr comparison() {
    ExprPtr e = concat();
    Chain chain(nesting_);
    while (!too_deep_chain(chain)) {
      SourcePos p = here();
      if (is_op("==") || is_op("!=") || is_op("<") || is_op("<=") || is_op(">") || is_op(">=")) {
        std::string op = next().text;
        e = binary(op, p, std::move(e), concat());
      } else if (is_name("in")) {
        next();
        e = binary("in", p, std::move(e), concat());
      } else if (is_name("not") && is_name("in", 1)) {
        next();
        next();
        e = binary("not in", p, std::move(e), concat());
      } else if (is_name("is")) {
        next();
        auto t = make(Expr::Kind::test, p);
        if (is_name("not")) {
          next();
          t->flag = true;
        }
        t->text = expect_name("tên phép thử (`defined`, `none`, `number`, `string`)",
                              "a test name (`defined`, `none`, `number`, `string`)");
        t->operands.push_back(std::move(e));
        e = std::move(t);
      } else {
        return e;
      }
    }
    return e;
  }
  ExprPtr concat() {
    ExprPtr e = additive();
    Chain chain(nesting_);
    while (is_op("~") && !too_deep_chain(chain)) {
      SourcePos p = here();
      next();
      e = binary("~", p, std::move(e), additive());
    }
    return e;
  }
  ExprPtr additive() {
    ExprPtr e = multiplicative();
    Chain chain(nesting_);
    while ((is_op("+") || is_op("-")) && !too_deep_chain(chain)) {
      SourcePos p = here();
      std::string op = next().text;
      e = binary(op, p, std::move(e), multiplicative());
    }
    return e;
  }
  ExprPtr multiplicative() {
    ExprPtr e = unary();
    Chain chain(nesting_);
    while ((is_op("*") || is_op("/") || is_op("//") || is_op("%")) && !too_deep_chain(chain)) {
      SourcePos p = here();
      std::string op = next().text;
      e = binary(op, p, std::move(e), unary());
    }
    return e;
  }
  ExprPtr unary() {
    Nest nest(nesting_);
    if (too_deep()) return make(Expr::Kind::literal_null, here());
    if (is_op("-")) {
      auto e = make(Expr::Kind::unary, here());
      next();
      e->text.assign(1, '-');
      e->operands.push_back(unary());
      return e;
    }
    return filtered();
  }
  ExprPtr filtered() {
    ExprPtr e = postfix();
    Chain chain(nesting_);
    while (is_op("|") && !too_deep_chain(chain)) {
      next();
      auto f = make(Expr::Kind::filter, here());
      f->text = expect_name("tên bộ lọc sau `|`", "a filter name after `|`");
      f->operands.push_back(std::move(e));
      if (is_op("(")) arguments(f->args);
      e = std::move(f);
      if (failed_) break;
    }
    return e;
  }
  void arguments(std::vector<Arg>& args) {
    next();  // (
    while (!is_op(")") && !failed_) {
      Arg a;
      if (peek().kind == Token::Kind::name && is_op("=", 1)) {
        a.name_pos = here();
        a.name = next().text;
        next();
      }
      a.value = expression();
      args.push_back(std::move(a));
      if (is_op(",")) {
        next();
      } else if (!is_op(")")) {
        fail("`,` hoặc `)`", "`,` or `)`");
        return;
      }
    }
    expect_op(")");
  }
  ExprPtr postfix() {
    ExprPtr e = primary();
    Chain chain(nesting_);
    while (!failed_ && !too_deep_chain(chain)) {
      if (is_op(".")) {
        next();
        auto m = make(Expr::Kind::member, e->pos);
        if (peek().kind == Token::Kind::number) {  // a.0 as in Jinja
          m->kind = Expr::Kind::index;
          auto idx = make(Expr::Kind::literal_number, here());
          auto d = Decimal::parse(peek().text);
          if (!d) {  // `a.99999…` past 38 digits: reported, as in primary()
            diags_.add(make_error(here(), msg::kNumberTooLarge));
            failed_ = true;
          }
          next();
          idx->number = d.value_or(Decimal());
          m->operands.push_back(std::move(e));
          m->operands.push_back(std::move(idx));
        } else {
          m->text = expect_name("tên khóa sau `.`", "a key name after `.`");
          m->operands.push_back(std::move(e));
        }
        e = std::move(m);
      } else if (is_op("[")) {
        next();
        auto m = make(Expr::Kind::index, e->pos);
        m->operands.push_back(std::move(e));
        m->operands.push_back(expression());
        expect_op("]");
        e = std::move(m);
      } else if (is_op("(") && e->kind == Expr::Kind::name) {
        auto c = make(Expr::Kind::call, e->pos);
        c->text = e->text;
        arguments(c->args);
        e = std::move(c);
      } else {
        return e;
      }
    }
    return e;
  }
  ExprPtr primary() {
    const Token& t = peek();
    SourcePos p = here();
    switch (t.kind) {
      case Token::Kind::number: {
        auto e = make(Expr::Kind::literal_number, p);
        auto d = Decimal::parse(t.text);
        if (!d) {
          diags_.add(make_error(p, msg::kNumberTooLarge));
          failed_ = true;
        } else {
          e->number = *d;
        }
        next();
        return e;
      }
      case Token::Kind::string: {
        auto e = make(Expr::Kind::literal_string, p);
        e->text = next().text;
        return e;
      }
      case Token::Kind::name: {
        std::string n = t.text;
        if (n == "true" || n == "True" || n == "false" || n == "False") {
          next();
          auto e = make(Expr::Kind::literal_bool, p);
          e->flag = n == "true" || n == "True";
          return e;
        }
        if (n == "none" || n == "None" || n == "null") {
          next();
          return make(Expr::Kind::literal_null, p);
        }
        next();
        auto e = make(Expr::Kind::name, p);
        e->text = std::move(n);
        return e;
      }
      case Token::Kind::op:
        if (t.text == "(") {
          next();
          ExprPtr e = expression();
          expect_op(")");
          return e;
        }
        if (t.text == "[") {
          next();
          auto e = make(Expr::Kind::list, p);
          while (!is_op("]") && !failed_) {
            e->operands.push_back(expression());
            if (is_op(",")) {
              next();
            } else if (!is_op("]")) {
              fail("`,` hoặc `]`", "`,` or `]`");
            }
          }
          expect_op("]");
          return e;
        }
        break;
      case Token::Kind::end:
        break;
    }
    fail("một giá trị (tên, số, chuỗi)", "a value (name, number, string)");
    return make(Expr::Kind::literal_null, p);
  }

  std::vector<Token> toks_;
  size_t pos_ = 0;
  int nesting_ = 0;
  const data::LineIndex& index_;
  Diagnostics& diags_;
  bool failed_ = false;
  std::string_view closer_;
};

// Builds the statement tree from the segments.
class Builder {
 public:
  // Far above any real template; also the most `--limit depth` accepts.
  static constexpr int kMaxBlockNesting = static_cast<int>(kMaxTemplateDepth);

  Builder(std::vector<Segment> segs, const data::LineIndex& index, Diagnostics& diags, Program& program)
      : segs_(std::move(segs)), index_(index), diags_(diags), program_(program) {}

  void run() {
    std::string stop;
    parse_nodes(program_.nodes, {}, stop);
  }

 private:
  struct Open {
    std::string tag;
    SourcePos pos;
  };

  // Parses nodes until one of `ends` (a statement name) is met; returns it in
  // `stop` (empty at the end of the source).
  void parse_nodes(Nodes& out, const std::vector<std::string_view>& ends, std::string& stop) {
    // Blocks nest by recursion: past kMaxBlockNesting the parse stops before
    // the stack could overflow (8,000 nested `if` did), whatever `--limit depth` says.
    ExprParser::Nest nest(nesting_);  // 1 for the top level, 2 inside one block, …
    if (nesting_ - 1 > kMaxBlockNesting && !too_deep_) {
      too_deep_ = true;
      const size_t at = i_ > 0 ? i_ - 1 : 0;
      diags_.add(make_error(index_.at(segs_[at].offset), msg::kBlocksTooDeep, kMaxBlockNesting));
    }
    if (too_deep_) i_ = segs_.size();  // nothing more is read; the open blocks are not reported
    while (i_ < segs_.size()) {
      const Segment& s = segs_[i_];
      SourcePos pos = index_.at(s.offset);
      switch (s.kind) {
        case Segment::Kind::comment:
          ++i_;
          break;
        case Segment::Kind::text: {
          auto n = node(Node::Kind::text, pos);
          n->text = std::string(s.body);
          out.push_back(std::move(n));
          ++i_;
          break;
        }
        case Segment::Kind::output: {
          ++i_;
          ExprParser p = parser_for(s);
          if (p.failed()) break;
          auto n = node(Node::Kind::output, pos);
          n->conditions.push_back(p.expression());
          if (!p.at_end()) p.fail("`}}`", "`}}`");
          if (!p.failed()) out.push_back(std::move(n));
          break;
        }
        case Segment::Kind::statement: {
          ExprParser p = parser_for(s);
          std::string name = p.peek().kind == Token::Kind::name ? p.peek().text : std::string();
          if (std::find(ends.begin(), ends.end(), name) != ends.end()) {
            stop = name;
            return;
          }
          ++i_;
          if (p.failed()) break;
          statement(p, name, pos, out);
          break;
        }
      }
    }
    stop.clear();
  }

  void statement(ExprParser& p, const std::string& name, const SourcePos& pos, Nodes& out) {
    if (name.empty()) {
      p.fail("tên thẻ (`if`, `for`, `set`, …)", "a tag name (`if`, `for`, `set`, …)");
      return;
    }
    p.next();
    if (name == "if") return parse_if(p, pos, out);
    if (name == "for") return parse_for(p, pos, out);
    if (name == "set") {
      auto n = node(Node::Kind::set, pos);
      n->targets.push_back(p.expect_name("tên biến", "a variable name"));
      p.expect_op("=");
      n->conditions.push_back(p.expression());
      p.expect_end();
      if (!p.failed()) out.push_back(std::move(n));
      return;
    }
    if (name == "block") {
      auto n = node(Node::Kind::block, pos);
      n->text = p.expect_name("tên khối", "a block name");
      p.expect_end();
      n->bodies.emplace_back();
      std::string stop;
      parse_nodes(n->bodies[0], {"endblock"}, stop);
      if (!close(stop, "block", "endblock", pos, n->end_pos)) return;
      if (!p.failed()) out.push_back(std::move(n));
      return;
    }
    if (name == "extends") {
      std::string target = p.expect_string("tên mẫu trong ngoặc kép", "a quoted template name");
      p.expect_end();
      if (p.failed()) return;
      bool first = true;
      for (const auto& n : program_.nodes) {
        if (n->kind != Node::Kind::text || n->text.find_first_not_of(" \t\r\n") != std::string::npos) first = false;
      }
      if (!first || !program_.extends.empty() || &out != &program_.nodes) {
        diags_.add(make_error(pos, msg::kExtendsFirst));
        return;
      }
      program_.extends = target;
      program_.extends_pos = pos;
      return;
    }
    if (name == "include" || name == "table") {
      auto n = node(name == "include" ? Node::Kind::include : Node::Kind::table, pos);
      n->text = p.expect_string(name == "include" ? "tên tệp trong ngoặc kép" : "tên bảng trong ngoặc kép",
                                name == "include" ? "a quoted file name" : "a quoted table name");
      p.expect_end();
      if (!p.failed() && name == "table" && n->text.empty()) {
        diags_.add(make_error(pos, msg::kTableNameEmpty));
        return;
      }
      if (!p.failed()) out.push_back(std::move(n));
      return;
    }
    if (name == "pagebreak") {
      p.expect_end();
      if (!p.failed()) out.push_back(node(Node::Kind::pagebreak, pos));
      return;
    }
    if (name == "elif" || name == "else" || name == "endif" || name == "endfor" || name == "endblock") {
      diags_.add(make_error(pos, msg::kUnexpectedTag, name));
      return;
    }
    Diagnostic d = make_error(pos, msg::kUnknownTag, name);
    std::string guess = closest_match(name, statement_names());
    if (!guess.empty()) d = with_hint(std::move(d), msg::kDidYouMean, guess);
    diags_.add(std::move(d));
  }

  void parse_if(ExprParser& p, const SourcePos& pos, Nodes& out) {
    auto n = node(Node::Kind::if_, pos);
    n->conditions.push_back(p.expression());
    p.expect_end();
    bool ok = !p.failed();
    bool seen_else = false;
    while (true) {
      n->bodies.emplace_back();
      std::string stop;
      parse_nodes(n->bodies.back(), {"elif", "else", "endif"}, stop);
      if (stop.empty()) {
        close(stop, "if", "endif", pos, n->end_pos);
        return;
      }
      const Segment& s = segs_[i_];
      SourcePos tag_pos = index_.at(s.offset);
      ExprParser q = parser_for(s);
      ++i_;
      q.next();
      if (stop == "endif") {
        q.expect_end();
        n->end_pos = tag_pos;
        break;
      }
      if (seen_else) {
        diags_.add(make_error(tag_pos, msg::kUnexpectedTag, stop));
        ok = false;
        continue;
      }
      if (stop == "elif") {
        n->conditions.push_back(q.expression());
      } else {
        seen_else = true;
      }
      q.expect_end();
      ok = ok && !q.failed();
    }
    if (ok) out.push_back(std::move(n));
  }

  void parse_for(ExprParser& p, const SourcePos& pos, Nodes& out) {
    auto n = node(Node::Kind::for_, pos);
    n->targets.push_back(p.expect_name("tên biến sau `for`", "a variable name after `for`"));
    if (p.is_op(",")) {
      p.next();
      n->targets.push_back(p.expect_name("tên biến thứ hai", "a second variable name"));
    }
    if (!p.is_name("in")) {
      p.fail("`in`", "`in`");
    } else {
      p.next();
    }
    if (!p.failed()) n->conditions.push_back(p.expression());
    p.expect_end();
    bool ok = !p.failed();
    n->bodies.emplace_back();
    std::string stop;
    parse_nodes(n->bodies[0], {"else", "endfor"}, stop);
    if (stop == "else") {
      ++i_;
      n->bodies.emplace_back();
      parse_nodes(n->bodies[1], {"endfor"}, stop);
    }
    if (!close(stop, "for", "endfor", pos, n->end_pos)) return;
    if (ok) out.push_back(std::move(n));
  }

  // Consumes the closing tag `end` or reports the unclosed opener.
  bool close(const std::string& stop, std::string_view open, std::string_view end, const SourcePos& pos,
             SourcePos& end_pos) {
    if (too_deep_) return false;
    if (stop != end) {
      diags_.add(make_error(pos, msg::kUnclosedBlock, open, end));
      return false;
    }
    const Segment& s = segs_[i_];
    end_pos = index_.at(s.offset);
    ExprParser q = parser_for(s);
    ++i_;
    q.next();
    if (end == "endblock" && q.peek().kind == Token::Kind::name) q.next();  // {% endblock name %}
    q.expect_end();
    return true;
  }

  ExprParser parser_for(const Segment& s) {
    std::vector<Token> toks;
    bool ok = tokenize(s.body, s.body_offset, index_, toks, diags_);
    if (!ok) {
      // Keep only the tag name, so that closing tags are still recognised.
      while (toks.size() > 1) toks.pop_back();
      toks.push_back(Token{Token::Kind::end, {}, s.body_offset + s.body.size()});
    }
    return ExprParser(std::move(toks), index_, diags_, !ok, s.kind == Segment::Kind::output ? "}}" : "%}");
  }

  NodePtr node(Node::Kind kind, SourcePos pos) {
    auto n = std::make_unique<Node>();
    n->kind = kind;
    n->pos = std::move(pos);
    return n;
  }

  std::vector<Segment> segs_;
  size_t i_ = 0;
  int nesting_ = 0;
  bool too_deep_ = false;
  const data::LineIndex& index_;
  Diagnostics& diags_;
  Program& program_;
};

}  // namespace

Program parse_template(std::string_view source, std::shared_ptr<const std::string> file, Diagnostics& diags) {
  Program program;
  program.file = file;
  data::LineIndex index(source, file);
  Builder builder(split_segments(source, index, diags), index, diags, program);
  builder.run();
  return program;
}

namespace {

SourcePos relocated(const SourcePos& p, const SourcePos& at) {
  if (!p.known()) return at;
  SourcePos r = at;
  r.line = at.line + p.line - 1;
  r.column = p.line == 1 ? at.column + p.column - 1 : p.column;
  return r;
}

void relocate(Expr& e, const SourcePos& at) {
  e.pos = relocated(e.pos, at);
  for (auto& o : e.operands) relocate(*o, at);
  for (auto& a : e.args) relocate(*a.value, at);
}

void relocate(Nodes& nodes, const SourcePos& at) {
  for (auto& n : nodes) {
    n->pos = relocated(n->pos, at);
    n->end_pos = relocated(n->end_pos, at);
    for (auto& c : n->conditions) relocate(*c, at);
    for (auto& b : n->bodies) relocate(b, at);
  }
}

}  // namespace

Program parse_inline_template(std::string_view source, const SourcePos& at, Diagnostics& diags) {
  Diagnostics local;
  Program program = parse_template(source, at.file.shared(), local);
  relocate(program.nodes, at);
  for (Diagnostic d : local.items()) {
    d.pos = relocated(d.pos, at);
    diags.add(std::move(d));
  }
  return program;
}

std::shared_ptr<const Expr> parse_expression(std::string_view source, const SourcePos& at, Diagnostics& diags) {
  SourcePos shifted = at;
  shifted.column = at.column - 3;  // past the "{{ " put in front
  Diagnostics local;
  Program p = parse_inline_template(fmt::format("{{{{ {} }}}}", source), shifted, local);
  if (local.error_count() > 0) {
    // The `{{ }}` put around the text is not the author's: "expected `}}`"
    // would point at something they never wrote.
    for (const Diagnostic& d : local.items()) {
      diags.add(d.id == "template.expected" ? make_error(at, msg::kNotAnExpression, source) : d);
    }
    return nullptr;
  }
  for (const Diagnostic& d : local.items()) diags.add(d);
  if (p.nodes.size() != 1 || p.nodes[0]->kind != Node::Kind::output) {
    diags.add(make_error(at, msg::kNotAnExpression, source));
    return nullptr;
  }
  return std::shared_ptr<const Expr>(std::move(p.nodes[0]->conditions[0]));
}

}  // namespace vanban::tmpl
