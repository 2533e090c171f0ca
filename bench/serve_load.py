#!/usr/bin/env python3
"""vanban serve under load, loopback only, bounded in count and time.

N clients (threads) each play a clerk typing a notice: they change the summary and the body, then ask
/api/check and /api/render?format=pdf as the page does after each change, for DURATION seconds.
Reports the number of previews, errors (any status but 200, any empty PDF, any exception), p50/p95/max
latency of a preview (check + render, as the page waits for both), and the server's resident memory
sampled every second (VmRSS), so that "flat after warm-up" can be read: the first 10 s are warm-up.
Also the latency one clerk sees alone (the 300 ms budget from the last keystroke: debounce + this).

Usage: bench/serve_load.py VANBAN [--clients 20] [--seconds 60] [--markdown]
"""
import argparse
import http.client
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time

DEBOUNCE_MS = 120  # src/serve/web/app.js: schedule(120)


def rss_kb(pid, field="VmRSS"):
    """VmRSS, or RssAnon (the heap and stacks: what a leak would grow) or RssFile (pages of the
    executable, the statically linked ICU data and the mapped fonts, touched as new text needs them)."""
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    return 0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("vanban")
    ap.add_argument("--clients", type=int, default=20)
    ap.add_argument("--seconds", type=float, default=60)
    ap.add_argument("--markdown", action="store_true")
    a = ap.parse_args()
    a.clients = max(1, min(a.clients, 64))        # bounded in count
    a.seconds = max(1.0, min(a.seconds, 600.0))  # and in time

    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    work = tempfile.mkdtemp(prefix="vanban-serve-bench-")
    shutil.copy(os.path.join(root, "samples/thong-bao-90.vb"), work)
    wrap = os.environ.get("VANBAN_BENCH_WRAP", "").split()  # e.g. "heaptrack -o /tmp/ht" to see where memory goes
    server = subprocess.Popen(wrap + [a.vanban, "serve", "--dir", work, "--port", "0"], stdout=subprocess.PIPE, text=True)
    try:
        line = server.stdout.readline()
        while "http://127.0.0.1:" not in line:  # a wrapper may print first
            line = server.stdout.readline()
            if not line:
                raise SystemExit("serve bench: the server printed no address")
        port = int(line.split("http://127.0.0.1:")[1].split("/")[0])

        def connect():
            return http.client.HTTPConnection("127.0.0.1", port, timeout=30)

        c = connect()
        c.request("GET", "/api/session")
        csrf = json.loads(c.getresponse().read())["csrf"]
        c.request("GET", "/api/doc?path=thong-bao-90.vb")
        doc = json.loads(c.getresponse().read())
        headers = {"X-CSRF-Token": csrf, "Content-Type": "application/json"}

        def preview(conn, i, k):
            form = {key: doc[key] for key in ("path", "version", "type", "prelude", "body")}
            form["fields"] = dict(doc["fields"])
            form["fields"]["trich_yeu"] = f"Về việc thử tải: người {i}, lần {k}"
            form["body"] = doc["body"] + f"\n\nĐoạn thêm của người {i}, lần gõ thứ {k}.\n"
            body = json.dumps(form, ensure_ascii=False).encode()
            t0 = time.perf_counter()
            conn.request("POST", "/api/check", body, headers)
            r1 = conn.getresponse()
            d1 = r1.read()
            conn.request("POST", "/api/render?format=pdf", body, headers)
            r2 = conn.getresponse()
            d2 = r2.read()
            ms = (time.perf_counter() - t0) * 1000
            ok = r1.status == 200 and json.loads(d1)["diagnostics"] == [] and r2.status == 200 and d2.startswith(b"%PDF")
            return ok, ms

        # One clerk alone: what the 300 ms budget is about.
        alone = []
        for k in range(30):
            ok, ms = preview(c, 0, k)
            if not ok:
                raise SystemExit("serve bench: a single preview failed")
            alone.append(ms)

        stop = time.monotonic() + a.seconds
        lat, errors, lock = [], [0], threading.Lock()

        def client(i):
            conn = connect()
            k = 0
            while time.monotonic() < stop:
                k += 1
                try:
                    ok, ms = preview(conn, i, k)
                except Exception:  # noqa: BLE001 — any failure counts as an error
                    ok, ms = False, 0
                    conn = connect()
                with lock:
                    if ok:
                        lat.append(ms)
                    else:
                        errors[0] += 1

        mem = []
        threads = [threading.Thread(target=client, args=(i,)) for i in range(1, a.clients + 1)]
        t_start = time.monotonic()
        for t in threads:
            t.start()
        while time.monotonic() < stop:
            mem.append((time.monotonic() - t_start, rss_kb(server.pid), rss_kb(server.pid, "RssAnon"),
                        rss_kb(server.pid, "RssFile")))
            time.sleep(1)
        for t in threads:
            t.join()
        alive = server.poll() is None
    finally:
        server.terminate()
        if wrap:  # the wrapper is a shell script: stop the server itself
            subprocess.run(["pkill", "-TERM", "-P", str(server.pid)], check=False)
        code = server.wait(timeout=60)
        shutil.rmtree(work, ignore_errors=True)

    lat.sort()
    q = lambda p: lat[min(len(lat) - 1, int(p * len(lat)))] if lat else 0  # noqa: E731
    after = [m[1] for m in mem if m[0] >= 10]
    anon = [m[2] for m in mem if m[0] >= 10]
    res = {
        "clients": a.clients, "seconds": a.seconds, "previews": len(lat), "errors": errors[0],
        "alive": alive, "exit": code,
        "alone_p50": statistics.median(alone), "alone_max": max(alone),
        "p50": q(0.50), "p95": q(0.95), "max": lat[-1] if lat else 0,
        "rss_start_mb": mem[0][1] / 1024 if mem else 0,
        "rss_10s_mb": after[0] / 1024 if after else 0,
        "rss_end_mb": after[-1] / 1024 if after else 0,
        "rss_max_after_mb": max(after) / 1024 if after else 0,
        "rss_min_after_mb": min(after) / 1024 if after else 0,
        "anon_10s_mb": anon[0] / 1024 if anon else 0,
        "anon_end_mb": anon[-1] / 1024 if anon else 0,
    }
    if a.markdown:
        print(f"| clients | {res['clients']} for {res['seconds']:.0f} s (loopback) |")
        print("|---|---|")
        print(f"| previews (check + render PDF) | {res['previews']} ({res['previews'] / res['seconds']:.1f}/s), errors {res['errors']} |")
        print(f"| server | {'still serving' if res['alive'] else 'DIED'}; stopped by SIGTERM, exit {res['exit']} |")
        print(f"| latency under load | p50 {res['p50']:.0f} ms, p95 {res['p95']:.0f} ms, max {res['max']:.0f} ms |")
        print(f"| one clerk alone | p50 {res['alone_p50']:.1f} ms, max {res['alone_max']:.1f} ms; + {DEBOUNCE_MS} ms debounce = "
              f"{res['alone_p50'] + DEBOUNCE_MS:.0f} ms from the last keystroke |")
        series = ", ".join(f"{m[0]:.0f} s {m[1] / 1024:.1f} ({m[2] / 1024:.1f} + {m[3] / 1024:.1f})"
                           for m in mem if round(m[0]) % 10 == 0)
        print(f"| memory every 10 s, MB: VmRSS (RssAnon + RssFile) | {series} |")
        print(f"| memory (VmRSS) | {res['rss_start_mb']:.1f} MB at start of load, {res['rss_10s_mb']:.1f} MB at 10 s, "
              f"{res['rss_end_mb']:.1f} MB at the end (after warm-up: min {res['rss_min_after_mb']:.1f}, max {res['rss_max_after_mb']:.1f}) |")
    else:
        print(json.dumps(res, indent=2))
    ok = res["errors"] == 0 and res["alive"] and res["previews"] > 0
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
