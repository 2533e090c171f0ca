#!/usr/bin/env python3
"""What `vanban serve` prints when it starts (the address to open; with --listen the access key line),
and its refusal of a port another server holds — a second `vanban serve` on it included.

    check_start.py VANBAN
"""
import os
import re
import signal
import subprocess
import sys
import tempfile

# (message id, the line as the clerk reads it)
LISTENING = ("serve.listening", r"vanban serve: mở http://127\.0\.0\.1:([0-9]+)/(\?khoa=[A-Za-z0-9_-]+)? trong trình duyệt "
             r"\(thư mục làm việc: (.*)\)\. Dừng: Ctrl\+C")
KEY = ("serve.key", r"phục vụ cả các máy khác: mỗi người dùng mở đúng địa chỉ trên \(có khóa truy cập\)")
CANNOT_BIND = ("serve.cannot_bind", r"vanban: lỗi: không mở được cổng {} trên 127\.0\.0\.1 "
               r"\(cổng đang bận hoặc địa chỉ sai\)\n")


def start(vanban, folder, *extra):
    return subprocess.Popen([vanban, "serve", "--dir", folder, "--port", "0", *extra],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def main():
    vanban = sys.argv[1]
    problems = []
    with tempfile.TemporaryDirectory() as folder:
        folder = os.path.realpath(folder)
        key_file = os.path.join(folder, "khoa.txt")
        with open(key_file, "w", encoding="utf-8") as f:
            f.write("khoa-truy-cap-0123456789\n")
        servers = []
        try:
            local = start(vanban, folder)
            servers.append(local)
            line = local.stdout.readline().rstrip("\n")
            m = re.fullmatch(LISTENING[1], line)
            if not m or m.group(2) or m.group(3) != folder:
                problems.append(f"{LISTENING[0]}: first line {line!r}")
            port = m.group(1) if m else "0"

            office = start(vanban, folder, "--listen", "127.0.0.1", "--key-file", key_file)
            servers.append(office)
            line = office.stdout.readline().rstrip("\n")
            m = re.fullmatch(LISTENING[1], line)
            if not m or m.group(2) != "?khoa=khoa-truy-cap-0123456789":
                problems.append(f"{LISTENING[0]} with --listen: first line {line!r}")
            line = office.stdout.readline().rstrip("\n")
            if not re.fullmatch(KEY[1], line):
                problems.append(f"{KEY[0]}: second line {line!r}")

            # The first server's port, asked again: refused, not shared.
            try:
                second = subprocess.run([vanban, "serve", "--dir", folder, "--port", port], capture_output=True,
                                        text=True, timeout=10)
                if second.returncode != 3 or not re.fullmatch(CANNOT_BIND[1].format(port), second.stderr):
                    problems.append(f"{CANNOT_BIND[0]}: exit status {second.returncode}, stderr {second.stderr!r}")
            except subprocess.TimeoutExpired:  # run() has killed it
                problems.append(f"{CANNOT_BIND[0]}: a second server started on port {port} and shared it")
        finally:
            for s in servers:
                s.send_signal(signal.SIGTERM)
                try:
                    s.communicate(timeout=30)
                except subprocess.TimeoutExpired:
                    s.kill()
                    s.communicate()
                    problems.append("a server did not stop on SIGTERM")
        for s in servers:
            if s.returncode != 0:
                problems.append(f"a server stopped with exit status {s.returncode}")
    for p in problems:
        print("FAIL:", p)
    if problems:
        return 1
    print("ok: the address, the key line, and a port in use refused")
    return 0


if __name__ == "__main__":
    sys.exit(main())
