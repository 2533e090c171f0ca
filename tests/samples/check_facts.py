#!/usr/bin/env python3
"""Every fact of a seed document is in the sample rebuilt from it: renders
samples/NAME.vb alone and checks that each line of tests/samples/facts/SEED.txt
(a number as printed, a date, a reference such as 3004/QĐ-UBND, an agency, a
header field) appears in the PDF's text (pdftotext). Whitespace and line breaks
do not matter, and the page numbers at the head of pages 2, 3, … are dropped,
so a fact split across lines or pages still matches. A fact listed N times
must appear at least N times: one line per directive that states it, so that
dropping one of four "trước ngày 15/4/2023" is caught.

Then it proves it can fail: it moves the first date of the facts that the
document writes literally (30/3/2023 → 31/3/2023) in a copy of the .vb, renders
the copy and expects exactly that fact to be reported missing.

    check_facts.py VANBAN NAME:SEED...
"""
import collections
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, "..", ".."))
DATE = re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b")


def squeeze(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFC", s))


def pdf_text(pdf):
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", pdf, "-"], check=True, capture_output=True,
                          text=True).stdout
    pages = text.split("\f")
    kept = [pages[0]]
    for page in pages[1:]:
        lines = page.lstrip("\n").split("\n")
        if lines and lines[0].strip().isdigit():  # the page number in the top margin
            lines = lines[1:]
        kept.append("\n".join(lines))
    return squeeze("\n".join(kept))


def read_facts(path):
    facts = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line and not line.startswith("#"):
                facts.append(line)
    return facts


def missing(vanban, doc, facts, tmp):
    out = os.path.join(tmp, "out")
    shutil.rmtree(out, ignore_errors=True)
    subprocess.run([vanban, "render", doc, "-o", out, "--name", "sample"], check=True, capture_output=True)
    text = pdf_text(os.path.join(out, "sample.pdf"))
    problems = []
    for fact, want in collections.Counter(facts).items():
        got = text.count(squeeze(fact))
        if got < want:
            problems.append((fact, want, got))
    return problems


def moved_date(source, facts):
    """The first fact with a date that the document writes literally, and the document with that
    date moved by one day."""
    for fact in facts:
        m = DATE.search(fact)
        if m and fact in source:
            day, month, year = int(m.group(1)), m.group(2), m.group(3)
            moved = f"{day % 28 + 1}/{month}/{year}"
            return fact, source.replace(fact, fact.replace(m.group(0), moved, 1), 1)
    return None, None


def main():
    vanban = sys.argv[1]
    failures = 0
    for pair in sys.argv[2:]:
        name, seed = pair.split(":")
        doc = os.path.join(REPO, "samples", name + ".vb")
        facts = read_facts(os.path.join(HERE, "facts", seed + ".txt"))
        if len(facts) < 20:
            print(f"FAIL: facts/{seed}.txt lists only {len(facts)} facts")
            failures += 1
            continue
        with tempfile.TemporaryDirectory() as tmp:
            problems = missing(vanban, doc, facts, tmp)
            for fact, want, got in problems:
                print(f"FAIL: {name}.vb: `{fact}` appears {got} time(s), the seed {seed} has it {want}")
            failures += len(problems)

            with open(doc, encoding="utf-8") as f:
                source = f.read()
            fact, changed = moved_date(source, facts)
            if fact is None:
                print(f"FAIL: {name}.vb writes none of the seed's dates literally: nothing to move")
                failures += 1
                continue
            copy = os.path.join(tmp, name + ".vb")
            with open(copy, "w", encoding="utf-8") as f:
                f.write(changed)
            caught = {p[0] for p in missing(vanban, copy, facts, tmp)} - {p[0] for p in problems}
            if caught != {fact}:
                print(f"FAIL: {name}.vb with the date of `{fact}` moved: the check reported {sorted(caught)} "
                      f"besides the facts already missing, want exactly that fact")
                failures += 1
                continue
        print(f"{name}.vb: {len(facts)} facts of seed {seed}, {len(problems)} missing; "
              f"`{fact}` with its date moved is caught")
    if failures:
        print(f"{failures} problem(s)")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
