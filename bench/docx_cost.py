#!/usr/bin/env python3
"""What the DOCX costs beyond the PDF (issue 21, item 6b: ≤ 30 ms for the report).

Times whole processes in turns — `render … --format pdf` then `render … --format pdf,docx` —
so that both medians come from the same minutes of a machine whose speed drifts.

  bench/docx_cost.py [VANBAN] [RUNS]     (default build/src/cli/vanban, 30)
"""
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
vanban = sys.argv[1] if len(sys.argv) > 1 else os.path.join(REPO, "build", "src", "cli", "vanban")
runs = int(sys.argv[2]) if len(sys.argv) > 2 else 30
docs = {
    "report (26 pages, 4 annexes)": ["samples/bao-cao-8-thang.vb", "samples/bao-cao-8-thang.yaml"],
    "notice (4 pages)": ["thong-bao", "samples/thong-bao.yaml"],
}
with tempfile.TemporaryDirectory() as out:
    for name, files in docs.items():
        times = {"pdf": [], "pdf,docx": []}
        cpu = {"pdf": [], "pdf,docx": []}
        for _ in range(runs):
            for fmt in times:
                before = resource.getrusage(resource.RUSAGE_CHILDREN)
                start = time.perf_counter()
                subprocess.run([vanban, "render", *files, "-o", out, "--format", fmt], cwd=REPO, check=True,
                               stdout=subprocess.DEVNULL)
                times[fmt].append((time.perf_counter() - start) * 1000)
                after = resource.getrusage(resource.RUSAGE_CHILDREN)
                cpu[fmt].append((after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime) * 1000)
        pdf, both = statistics.median(times["pdf"]), statistics.median(times["pdf,docx"])
        cpu_pdf, cpu_both = statistics.median(cpu["pdf"]), statistics.median(cpu["pdf,docx"])
        size = os.path.getsize(os.path.join(out, os.path.basename(files[0]).split(".")[0] + ".docx"))
        print(f"{name}: PDF {pdf:.1f} ms, PDF + DOCX {both:.1f} ms: the DOCX costs {both - pdf:.1f} ms "
              f"(median of {runs} each, in turns); CPU time {cpu_pdf:.1f} → {cpu_both:.1f} ms "
              f"(+{cpu_both - cpu_pdf:.1f}); DOCX {size / 1024:.0f} KB; load {os.getloadavg()[0]:.1f}")
