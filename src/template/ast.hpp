// Stage: template.
// Syntax tree of the template language: expressions and statements, each with its source position.
#pragma once

#include "core/decimal.hpp"
#include "core/source.hpp"

#include <memory>
#include <string>
#include <vector>

namespace vanban::tmpl {

struct Expr;
using ExprPtr = std::unique_ptr<Expr>;

struct Arg {
  std::string name;  // empty for a positional argument
  SourcePos name_pos;
  ExprPtr value;
};

struct Expr {
  enum class Kind {
    literal_null = 0,
    literal_bool,
    literal_number,
    literal_string,
    list,        // [a, b]
    name,        // x
    member,      // a.b      (text = "b")
    index,       // a[b]
    call,        // f(args)  (text = function name)
    filter,      // a | f(args) (text = filter name; operands[0] = a)
    unary,       // op a     (text = "-" or "not")
    binary,      // a op b   (text = op: + - * / // % ~ == != < <= > >= in "not in" and or)
    conditional, // a if b else c  (operands: a, b, c)
    test,        // a is defined / a is not defined (text = test name, flag negated)
  };
  Kind kind = Kind::literal_null;
  SourcePos pos;
  std::string text;
  bool flag = false;  // literal_bool value; negated test
  Decimal number;
  std::vector<ExprPtr> operands;
  std::vector<Arg> args;  // call and filter arguments
};

struct Node;
using NodePtr = std::unique_ptr<Node>;
using Nodes = std::vector<NodePtr>;

struct Node {
  enum class Kind {
    text = 0,   // template text, copied to the output (markup written by the template's author)
    output,     // {{ expr }}: always literal text
    if_,        // branches: conditions[i] -> bodies[i]; a final body without a condition is else
    for_,       // for targets in expr: bodies[0]; bodies[1] = else (empty sequence)
    set,        // set target = expr
    block,      // named block (extends / overriding)
    include,    // include "file"
    table,      // {% table "name" %}
    pagebreak,  // {% pagebreak %}
  };
  Kind kind = Kind::text;
  SourcePos pos;
  std::string text;                  // text; block name; include path; table name
  std::vector<std::string> targets;  // for / set variable names
  std::vector<ExprPtr> conditions;   // if conditions; for: conditions[0] = the sequence; set/output: [0] = expr
  std::vector<Nodes> bodies;
  SourcePos end_pos;                 // position of the closing tag (blocks)
};

// A parsed template file (body.vb, a partial, or a document NAME.vb).
struct Program {
  std::shared_ptr<const std::string> file;
  std::string extends;  // `{% extends "bao-cao" %}`; empty when none
  SourcePos extends_pos;
  Nodes nodes;
};

}  // namespace vanban::tmpl
