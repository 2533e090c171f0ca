// Stage: template.
// Splits template source into text and tags (with Jinja whitespace control) and tags into expression tokens.
#pragma once

#include "core/diagnostic.hpp"
#include "data/text_check.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace vanban::tmpl {

struct Segment {
  enum class Kind { text = 0, output, statement, comment };
  Kind kind = Kind::text;
  std::string_view body;  // text, or the inside of the tag without delimiters and `-`
  size_t offset = 0;      // byte offset of the text or of the tag's opening `{`
  size_t body_offset = 0; // byte offset of `body`
};

// Splits `source` into segments. Whitespace control: `{%-`, `{{-`, `{#-`
// strip the whitespace before the tag, `-%}`, `-}}`, `-#}` the whitespace
// after it. Like Jinja with trim_blocks and lstrip_blocks: a statement or
// comment tag alone on its line leaves no blank line behind. An unclosed tag
// is reported and ends the source.
std::vector<Segment> split_segments(std::string_view source, const data::LineIndex& index, Diagnostics& diags);

struct Token {
  enum class Kind { end = 0, name, number, string, op };
  Kind kind = Kind::end;
  std::string text;  // name, op, number text, or the string's decoded value
  size_t offset = 0;
};

// Tokenizes the inside of a tag. Strings use '…' or "…" with \\ \" \' \n
// escapes. Returns false (with a diagnostic) on a bad character or an
// unclosed string.
bool tokenize(std::string_view body, size_t body_offset, const data::LineIndex& index, std::vector<Token>& out,
              Diagnostics& diags);

}  // namespace vanban::tmpl
