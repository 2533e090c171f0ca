#!/usr/bin/env python3
"""Fails when a line of vanban's --lang en output (stderr) holds a Vietnamese
letter outside backticks or “ ” (data quoted in a message: a value, a draft's
paragraph) and outside its `FILE:LINE:COL: ` prefix, e.g. `error: font … in trích yếu`."""
import re
import sys

VI = set("ăâđêôơưĂÂĐÊÔƠƯ"
         "àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
         "ÀÁẢÃẠẰẮẲẴẶẦẤẨẪẬÈÉẺẼẸỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌỒỐỔỖỘỜỚỞỠỢÙÚỦŨỤỪỨỬỮỰỲÝỶỸỴ")
LABEL = re.compile(r"^(.*?)(error|warning|note|hint): ")

bad = 0
for line in open(sys.argv[1], encoding="utf-8", errors="replace"):
    line = line.rstrip("\n")
    m = LABEL.search(line)
    text = line[m.end():] if m else line
    text = re.sub(r"“[^”]*”", "", text)
    outside = "".join(p for k, p in enumerate(text.split("`")) if k % 2 == 0)
    leak = sorted({c for c in outside if c in VI})
    if leak:
        print("Vietnamese (%s) in an English message: %s" % ("".join(leak), line))
        bad = 1
sys.exit(bad)
