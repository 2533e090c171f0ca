#!/usr/bin/env python3
"""The lines `vanban batch` prints on stderr that hold a time or a memory figure
(so no bad-input case can hold them word for word): the progress line
(--progress), the closing count, and the stop at the limit `memory-mb`.

    check_lines.py VANBAN
"""
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLES = os.path.join(HERE, "..", "..", "samples")
NUMBER = r"[0-9.]+(?:,[0-9]+)?"

# (message id, what the clerk reads, with its figures as patterns; read as text, the carriage return
# before a progress line is a line end)
PROGRESS = ("cli.batch_progress", rf"^2/2 văn bản, {NUMBER} văn bản/giây, còn khoảng 0 giây\x1b\[K$")
DONE = ("cli.batch_done", rf"đã tạo 2/2 văn bản trong {NUMBER} giây \({NUMBER} văn bản/giây\) vào (.*)\n")
MEMORY = ("limit.memory", rf"vanban: lỗi: bộ nhớ dùng ({NUMBER}) MB, vượt giới hạn 1 MB: dừng sau 0/2 văn bản, "
          r"2 tệp chưa làm\n  gợi ý: nếu đúng là cần lớn như vậy, nâng giới hạn: `--limit memory-mb=[0-9]+`\n")


def batch(vanban, tmp, out, *extra):
    first = os.path.join(tmp, "a.yaml")
    second = os.path.join(tmp, "b.yaml")
    with open(os.path.join(SAMPLES, "thong-bao.yaml"), encoding="utf-8") as f:
        text = f.read()
    for path, number in ((first, 1), (second, 2)):
        with open(path, "w", encoding="utf-8") as f:
            f.write(re.sub(r"(?m)^so: .*$", f"so: {number}", text))
    return subprocess.run([vanban, "batch", "thong-bao", first, second, "-o", out, "--name-field", "so", *extra],
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, timeout=120)


def main():
    vanban = sys.argv[1]
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "out")
        run = batch(vanban, tmp, out, "--progress")
        if run.returncode != 0:
            problems.append(f"--progress: exit status {run.returncode}: {run.stderr}")
        if not re.search(PROGRESS[1], run.stderr, re.M):
            problems.append(f"{PROGRESS[0]}: no progress line for the last document in {run.stderr!r}")
        done = re.search(DONE[1], run.stderr)
        if not done or done.group(1) != out:
            problems.append(f"{DONE[0]}: no closing count naming {out} in {run.stderr!r}")
        if sorted(os.listdir(out)) != ["1.pdf", "2.pdf"]:
            problems.append(f"--progress: made {sorted(os.listdir(out))}")

        stopped = os.path.join(tmp, "stopped")
        run = batch(vanban, tmp, stopped, "--limit", "memory-mb=1")
        if run.returncode != 3:
            problems.append(f"memory-mb=1: exit status {run.returncode}, want 3")
        if not re.fullmatch(MEMORY[1], run.stderr):
            problems.append(f"{MEMORY[0]}: stderr is {run.stderr!r}")
        if os.path.isdir(stopped) and os.listdir(stopped):
            problems.append(f"memory-mb=1: made {os.listdir(stopped)}")
    for p in problems:
        print("FAIL:", p)
    if problems:
        return 1
    print("ok: progress, closing count and the memory stop as the clerk reads them")
    return 0


if __name__ == "__main__":
    sys.exit(main())
