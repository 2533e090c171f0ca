#!/usr/bin/env python3
"""Scaling in rows (issue 24): one `vanban render` of the table fixture with N communes
(bench/make-table.py), N from 1,000 to 200,000; writes its section of bench/RESULTS.md.

  bench/scale.py [--vanban BIN] [--work DIR] [--rows 1000,2000,...] [--runs K] [--out bench/RESULTS.md]

Each size runs K times (3 by default); the median wall time, the median CPU time
(user + system, from wait4: on a shared machine it moves less than the wall time) and the largest peak
RSS are kept. The section sits between the markers below and is replaced on each run; the rest of
RESULTS.md (written by bench/measure.py) is left as it is.
"""
import argparse
import datetime
import os
import pathlib
import statistics
import subprocess
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
BEGIN, END = "<!-- bench/scale.py: begin -->", "<!-- bench/scale.py: end -->"
ROWS = [1000, 2000, 5000, 10000, 20000, 50000, 100000, 200000]
TARGET_ROWS, TARGET_S, TARGET_MB = 100000, 3.0, 100.0  # issue 24


def run_once(cmd):
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    err = proc.stderr.read().decode("utf-8", "replace")
    proc.stderr.close()
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"failed: {' '.join(map(str, cmd))}\n{err}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024.0


def fmt_int(n):
    return f"{n:,}".replace(",", ".")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--vanban", default=str(ROOT / "build-bench/src/cli/vanban"))
    ap.add_argument("--work", default=str(ROOT / "bench/.peers/scale"))
    ap.add_argument("--rows", default=",".join(map(str, ROWS)))
    ap.add_argument("--runs", type=int, default=3, help="runs per size (default 3)")
    ap.add_argument("--out", default=str(ROOT / "bench/RESULTS.md"))
    args = ap.parse_args()
    rows = [int(r) for r in args.rows.split(",")]
    work = pathlib.Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    subprocess.run([sys.executable, str(ROOT / "bench/make-table.py"), str(work), *map(str, rows)], check=True)
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True,
                            text=True).stdout.strip()

    load = os.getloadavg()[0]  # others' work on the machine inflates wall (and some CPU) time
    results = []
    for n in rows:
        out = work / f"out-{n}"
        limits = ["--limit", f"rows={max(n, 50000)}", "--limit", f"pages={max(4000, n // 20)}"]
        cmd = [args.vanban, "render", work / "bang-thu", work / f"xa-{n}.yaml", "-o", out, *limits]
        runs = args.runs
        # What is still being written out (the fixtures just made, the last size's outputs, a peer's
        # files) is not vanban's: an fsync of its outputs would wait for it too (ext4 commits one
        # journal). One run at 100,000 rows took 3.2 s there against 1.8-1.9 s alone.
        os.sync()
        walls, cpus, rss = [], [], 0.0
        for _ in range(runs):
            w, c, m = run_once(cmd)
            walls.append(w)
            cpus.append(c)
            rss = max(rss, m)
        r = {"rows": n, "wall": statistics.median(walls), "cpu": statistics.median(cpus), "rss": rss,
             "data": (work / f"xa-{n}.yaml").stat().st_size / 1e6,
             "pdf": (out / f"xa-{n}.pdf").stat().st_size / 1e6, "xlsx": (out / f"xa-{n}.xlsx").stat().st_size / 1e6}
        print(f"  {fmt_int(n)} rows: wall {r['wall']:.2f} s, CPU {r['cpu']:.2f} s, peak {rss:.1f} MB", flush=True)
        results.append(r)

    first, last = results[0], results[-1]
    span = last["rows"] - first["rows"]
    lines = [
        BEGIN,
        "## Scaling in rows (issue 24): one report, 1,000 to 200,000 rows",
        "",
        f"Written by `bench/scale.py` on {datetime.date.today().isoformat()} at commit `{commit}`. "
        "`bench/make-table.py` writes N communes in Biểu 2 of tests/fixtures/bang-thu; one `vanban render` "
        f"makes the PDF and the XLSX (`--limit rows=…` above 50.000). Each size runs {args.runs} times, after "
        "`sync` (what the fixtures and the last outputs still had to write is not the render's); wall time and "
        "CPU time (user + system) are medians; peak memory is the largest resident set (`wait4`). On a shared machine the CPU time "
        f"is the steadier of the two. Load average when it began: {load:.1f} on "
        f"{os.cpu_count()} cores.",
        "",
        "| rows | wall | CPU | CPU µs / row | peak memory | KB / row | data file | PDF | XLSX |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for r in results:
        lines.append(f"| {fmt_int(r['rows'])} | {r['wall']:.2f} s | {r['cpu']:.2f} s | "
                     f"{r['cpu'] / r['rows'] * 1e6:.0f} | {r['rss']:.1f} MB | {r['rss'] * 1024 / r['rows']:.2f} | "
                     f"{r['data']:.1f} MB | {r['pdf']:.1f} MB | {r['xlsx']:.1f} MB |")
    if span > 0:
        lines += ["", f"From {fmt_int(first['rows'])} to {fmt_int(last['rows'])} rows each further row costs "
                  f"{(last['cpu'] - first['cpu']) / span * 1e6:.0f} µs of CPU and "
                  f"{(last['rss'] - first['rss']) * 1024 / span:.2f} KB of peak memory."]
    target = next((r for r in results if r["rows"] == TARGET_ROWS), None)
    if target:
        ok_t = "✓" if target["wall"] <= TARGET_S else "✗"
        ok_m = "✓" if target["rss"] <= TARGET_MB else "✗"
        lines += ["", f"Target (issue 24): {fmt_int(TARGET_ROWS)} rows in ≤ {TARGET_S:.0f} s {ok_t} "
                  f"({target['wall']:.2f} s wall, {target['cpu']:.2f} s CPU) and ≤ {TARGET_MB:.0f} MB {ok_m} "
                  f"({target['rss']:.1f} MB)."]
    lines.append(END)
    section = "\n".join(lines) + "\n"

    path = pathlib.Path(args.out)
    text = path.read_text(encoding="utf-8") if path.exists() else "# Benchmark results\n"
    if BEGIN in text and END in text:
        text = text[:text.index(BEGIN)] + section + text[text.index(END) + len(END) + 1:]
    else:
        text = text.rstrip("\n") + "\n\n" + section
    path.write_text(text, encoding="utf-8")
    print(f"bench: {path}")


if __name__ == "__main__":
    main()
