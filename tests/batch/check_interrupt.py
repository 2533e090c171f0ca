#!/usr/bin/env python3
"""`vanban batch` stopped mid-run by SIGINT (and by SIGTERM) leaves no partial
file: renders 400 notices on 2 threads, interrupts after the first few are
written, and checks the exit status (130), that some but not all documents
were made, that every file in the output folder is a complete PDF (ends with
%%EOF) and that no temporary file is left.

    check_interrupt.py VANBAN
"""
import os
import re
import signal
import subprocess
import sys
import tempfile
import time

# The line the clerk reads after Ctrl+C.
STOPPED_ID = "cli.batch_stopped"
STOPPED = re.compile(r"^đã dừng theo yêu cầu: ([0-9]+)/400 văn bản xong, không để lại tệp dở dang$", re.M)
HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLE = os.path.join(HERE, "..", "..", "samples", "thong-bao.yaml")


def run(vanban, sig, tmp):
    with open(SAMPLE, encoding="utf-8") as f:
        base = f.read()
    inputs = []
    for i in range(400):
        p = os.path.join(tmp, f"xa-{i}.yaml")
        with open(p, "w", encoding="utf-8") as f:
            f.write(re.sub(r"(?m)^so: 90$", f"so: {1000 + i}", base))
        inputs.append(p)
    out = os.path.join(tmp, "out")
    proc = subprocess.Popen([vanban, "batch", "thong-bao", *inputs, "-o", out, "-j", "2"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    deadline = time.time() + 60
    while time.time() < deadline and (not os.path.isdir(out) or len(os.listdir(out)) < 5):
        time.sleep(0.005)
    proc.send_signal(sig)
    _, err = proc.communicate(timeout=60)
    problems = []
    if proc.returncode != 130:
        problems.append(f"exit status {proc.returncode}, want 130")
    names = sorted(os.listdir(out)) if os.path.isdir(out) else []
    if not 0 < len(names) < 400:
        problems.append(f"{len(names)} files made: the run was not stopped mid-way")
    for n in names:
        if not n.endswith(".pdf"):
            problems.append(f"left behind: {n}")
            continue
        with open(os.path.join(out, n), "rb") as f:
            data = f.read()
        if not data.startswith(b"%PDF") or b"%%EOF" not in data[-32:]:
            problems.append(f"incomplete PDF: {n}")
    stopped = STOPPED.search(err)
    if not stopped:
        problems.append(f"no stop message ({STOPPED_ID}) on stderr")
    elif int(stopped.group(1)) != len(names):
        problems.append(f"the stop message ({STOPPED_ID}) counts {stopped.group(1)} documents, {len(names)} were made")
    return problems


def main():
    vanban = sys.argv[1]
    failures = 0
    for sig in (signal.SIGINT, signal.SIGTERM):
        with tempfile.TemporaryDirectory() as tmp:
            for p in run(vanban, sig, tmp):
                print(f"FAIL ({signal.Signals(sig).name}): {p}")
                failures += 1
    if failures:
        return 1
    print("ok: SIGINT and SIGTERM stop the batch with only complete PDFs left")
    return 0


if __name__ == "__main__":
    sys.exit(main())
