#!/usr/bin/env python3
"""The message tables and their English catalog (po/en.po).

Every message is a `Message kName{"id", "Vietnamese text"}` entry in the code
(src/<stage>/messages.hpp and a few .cpp files); the Vietnamese text is the
gettext msgid, the id its msgctxt, and the English text is the msgstr in
po/en.po, compiled at build time and embedded in the binary.

  scripts/messages.py extract   move English texts still written in the code
                                (`Message{id, vi, en}`) into po/en.po and drop
                                them from the code; rewrite po/en.po in the
                                order of the code. Idempotent: run it again
                                after merging a branch that added messages.
  scripts/messages.py check     what the build runs: every message has an
                                English text, with the same placeholders as the
                                Vietnamese one and no Vietnamese word outside
                                backticks; ids are well-formed.
  scripts/messages.py list      one line per message: id, name, file.
  scripts/messages.py coverage  every message is produced by at least one test
                                (a bad-input or CLI case's expected output, or a
                                unit test naming it); lists those that are not.
"""
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PO = os.path.join(ROOT, "po", "en.po")

ENTRY = re.compile(r"\bconstexpr\s+Message\s+(\w+)\s*\{", re.S)
PLACEHOLDER = re.compile(r"\{\{|\}\}|\{([^{}]*)\}")
# Letters only Vietnamese uses: an English text holding one outside backticks
# is a Vietnamese leak.
VI_LETTERS = set("ăâđêôơưĂÂĐÊÔƠƯ"
                 "àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
                 "ÀÁẢÃẠẰẮẲẴẶẦẤẨẪẬÈÉẺẼẸỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌỒỐỔỖỘỜỚỞỠỢÙÚỦŨỤỪỨỬỮỰỲÝỶỸỴ")


class Msg:
    def __init__(self, name, path, ident, vi, en, span):
        self.name, self.path, self.id, self.vi, self.en, self.span = name, path, ident, vi, en, span


def unescape(body):
    out, i = [], 0
    while i < len(body):
        c = body[i]
        if c == "\\" and i + 1 < len(body):
            n = body[i + 1]
            out.append({"n": "\n", "t": "\t", "\\": "\\", '"': '"', "'": "'"}.get(n, "\\" + n))
            i += 2
        else:
            out.append(c)
            i += 1
    return "".join(out)


def parse_fields(text, start):
    """The fields of a brace initializer starting after `{` at `start`: a list of
    (value, begin, end) for each string-literal field; the end of the `}`."""
    fields, i, cur, cur_begin = [], start, None, None
    while i < len(text):
        c = text[i]
        if c.isspace():
            i += 1
        elif text.startswith("//", i):
            i = text.index("\n", i)
        elif c == '"':
            j = i + 1
            while text[j] != '"':
                j += 2 if text[j] == "\\" else 1
            if cur is None:
                cur, cur_begin = "", i
            cur += unescape(text[i + 1:j])
            i = j + 1
            cur_end = i
        elif c in ",}":
            if cur is not None:
                fields.append((cur, cur_begin, cur_end))
            cur = None
            if c == "}":
                return fields, i
            i += 1
        else:
            raise ValueError("not a string literal at offset %d: %r" % (i, text[i:i + 30]))
    raise ValueError("unterminated message")


def source_files():
    for base, _, files in os.walk(os.path.join(ROOT, "src")):
        for f in sorted(files):
            if f.endswith((".hpp", ".cpp")):
                yield os.path.join(base, f)


def read_messages():
    msgs = []
    for path in sorted(source_files()):
        text = open(path, encoding="utf-8").read()
        if "Message" not in text:
            continue
        for m in ENTRY.finditer(text):
            fields, end = parse_fields(text, m.end())
            if len(fields) not in (2, 3):
                raise SystemExit("%s: %s: a message needs an id and a Vietnamese text" % (rel(path), m.group(1)))
            en = fields[2][0] if len(fields) == 3 else None
            span = (fields[1][2], fields[2][2]) if len(fields) == 3 else None
            msgs.append(Msg(m.group(1), path, fields[0][0], fields[1][0], en, span))
    return msgs


def rel(path):
    return os.path.relpath(path, ROOT)


def po_quote(s):
    s = s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")
    return '"%s"' % s


def read_po(path=PO):
    entries = {}
    if not os.path.exists(path):
        return entries
    ctx = mid = mstr = None
    field = None
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("msgctxt "):
            if mid is not None:
                entries[(ctx, mid)] = mstr
            ctx, mid, mstr, field = "", None, None, "ctx"
            ctx = unescape(line[9:-1])
        elif line.startswith("msgid "):
            if mid is not None and field == "str":
                entries[(ctx, mid)] = mstr
                ctx = None
            mid, field = unescape(line[7:-1]), "id"
        elif line.startswith("msgstr "):
            mstr, field = unescape(line[8:-1]), "str"
        elif line.startswith('"'):
            v = unescape(line[1:-1])
            if field == "ctx":
                ctx += v
            elif field == "id":
                mid += v
            elif field == "str":
                mstr += v
    if mid is not None:
        entries[(ctx, mid)] = mstr
    entries.pop((None, ""), None)
    return entries


def write_po(msgs, translations, path=PO):
    out = ['# English texts of vanban\'s messages: msgctxt is the message id, msgid the',
           '# Vietnamese text in the code. Written by scripts/messages.py extract; edit msgstr.',
           'msgid ""', 'msgstr ""',
           '"Project-Id-Version: vanban\\n"', '"Language: en\\n"', '"MIME-Version: 1.0\\n"',
           '"Content-Type: text/plain; charset=UTF-8\\n"', '"Content-Transfer-Encoding: 8bit\\n"', '']
    seen = set()
    for m in msgs:
        key = (m.id, m.vi)
        if key in seen:
            continue
        seen.add(key)
        out.append("#: %s %s" % (rel(m.path), m.name))
        out.append("#, python-brace-format")
        out.append("msgctxt " + po_quote(m.id))
        out.append("msgid " + po_quote(m.vi))
        out.append("msgstr " + po_quote(translations.get(key, "")))
        out.append("")
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out))


def placeholders(s):
    """The arguments a format string uses: sorted (index, spec) pairs, `{}`
    numbered in order as {fmt} does."""
    out, auto = [], 0
    for m in PLACEHOLDER.finditer(s):
        if m.group(1) is None:
            continue
        name, _, spec = m.group(1).partition(":")
        if name == "":
            name, auto = str(auto), auto + 1
        out.append((int(name) if name.isdigit() else name, spec))
    return sorted(out, key=str)


def vietnamese_outside_backticks(s):
    outside = "".join(part for k, part in enumerate(s.split("`")) if k % 2 == 0)
    return sorted({c for c in outside if c in VI_LETTERS})


def english_of(m, po):
    t = po.get((m.id, m.vi))
    return t if t else m.en


def extract():
    msgs = read_messages()
    po = read_po()
    translations = {}
    for m in msgs:
        key = (m.id, m.vi)
        if m.en is not None:
            translations[key] = m.en  # the code's text is the newer one
        elif po.get(key):
            translations.setdefault(key, po[key])
    write_po(msgs, translations)
    moved = 0
    by_file = {}
    for m in msgs:
        if m.span:
            by_file.setdefault(m.path, []).append(m.span)
    for path, spans in by_file.items():
        text = open(path, encoding="utf-8").read()
        for begin, end in sorted(spans, reverse=True):
            text = text[:begin] + text[end:]  # drops `, "en…"` up to the end of the English literal
            moved += 1
        open(path, "w", encoding="utf-8").write(text)
    print("messages: %d in the code, %d English texts moved to %s" % (len(msgs), moved, rel(PO)))


def check(po_path):
    msgs = read_messages()
    po = read_po(po_path)
    problems = []
    ids = set()
    for m in msgs:
        where = "%s: %s (%s)" % (rel(m.path), m.name, m.id)
        if not re.fullmatch(r"[a-z0-9_]+(\.[a-z0-9_]+)+", m.id):
            problems.append("%s: the id must be stage.name in lower case" % where)
        en = english_of(m, po)
        if not en:
            problems.append("%s: no English text in %s" % (where, rel(po_path)))
            continue
        if placeholders(en) != placeholders(m.vi):
            problems.append("%s: the English text's placeholders %s differ from the Vietnamese %s"
                            % (where, placeholders(en), placeholders(m.vi)))
        leak = vietnamese_outside_backticks(en)
        if leak:
            problems.append("%s: Vietnamese letters %s in the English text: %r" % (where, "".join(leak), en))
        ids.add(m.id)
    for p in problems:
        print("messages: " + p, file=sys.stderr)
    return 1 if problems else 0


def listing():
    for m in read_messages():
        print("%s\t%s\t%s" % (m.id, m.name, rel(m.path)))


def pattern(text):
    """A regex matching `text` with its placeholders filled by anything."""
    out, last = [], 0
    for m in PLACEHOLDER.finditer(text):
        out.append(re.escape(text[last:m.start()]))
        out.append("\\{" if m.group(0) == "{{" else "\\}" if m.group(0) == "}}" else "[^\\n]*?")
        last = m.end()
    out.append(re.escape(text[last:]))
    return "".join(out)


# Messages no test can produce, and why (checked by `coverage`).
UNTESTABLE = {
    "kOutputCreate": "creating a temporary file fails only on a full or read-only disk between the check and the write",
    "kInternalError": "printed only when an exception escapes a command: a bug in vanban, which no test can plant",
    "kInternalHint": "the hint under kInternalError, for the same reason",
    "kMarkupProtocol": "guard: the evaluator writes the literal marks (U+E000 … U+E001) in pairs and each directive "
                       "(U+E002 … U+E003) alone on its line with a checked name; input has these code points removed",
    "kDocxFailed": "libzip builds the .docx in memory: it fails only when memory runs out",
    "kXlsxOver4GB": "a workbook past 4 GB of deflated XML: tens of millions of cells, beyond Excel's own limits "
                    "for any table vanban checks first (xlsx.too_big), and gigabytes for a test",
}


def coverage(show_all=False):
    msgs = read_messages()
    po = read_po()
    outputs = []
    for base, _, files in os.walk(os.path.join(ROOT, "tests")):
        for f in files:
            if f in ("expected", "expected_stdout", "stderr_contains", "stdout_contains"):
                outputs.append(open(os.path.join(base, f), encoding="utf-8", errors="replace").read())
    outputs = "\n".join(outputs)
    unit = []
    for base, _, files in os.walk(os.path.join(ROOT, "tests")):
        for f in files:
            if f.endswith((".cpp", ".sh", ".py")):
                unit.append(open(os.path.join(base, f), encoding="utf-8", errors="replace").read())
    unit = "\n".join(unit)
    missing = []
    for m in msgs:
        texts = [m.vi] + ([english_of(m, po)] if english_of(m, po) else [])
        shown = any(re.search(pattern(t), outputs) for t in texts if t.strip())
        named = re.search(r"\b%s\b" % re.escape(m.name), unit) or ('"%s"' % m.id) in unit
        if not shown and not named and m.name not in UNTESTABLE:
            missing.append(m)
    for m in missing:
        print("%s\t%s\t%s" % (m.id, m.name, rel(m.path)))
    print("messages: %d of %d produced by no test" % (len(missing), len(msgs)), file=sys.stderr)
    return 1 if missing else 0


def main():
    cmd = sys.argv[1] if len(sys.argv) > 1 else ""
    if cmd == "extract":
        extract()
        return 0
    if cmd == "check":
        return check(sys.argv[2] if len(sys.argv) > 2 else PO)
    if cmd == "list":
        listing()
        return 0
    if cmd == "coverage":
        return coverage()
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
