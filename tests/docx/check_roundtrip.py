#!/usr/bin/env python3
"""Every sample through Word and back: `render --format docx` → `import` gives the same document.

For each sample (as scripts/render-samples.sh renders it: NAME.vb with NAME.yaml when there is
one, NAME.vb alone, or NAME.yaml with the built-in template NAME), renders the DOCX into a
temporary directory, imports it with `vanban import`, and compares `render --dump-document` of the
imported .vb with that of the original. A difference is printed as a unified diff of the two
dumps; the test fails when any sample differs, and also when a sample listed in EXCEPTIONS comes
back equal (the exception is then stale and must go).

  tests/docx/check_roundtrip.py VANBAN [SAMPLE…]
"""
import concurrent.futures
import difflib
import os
import subprocess
import sys
import tempfile

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SAMPLES = os.path.join(REPO, "samples")

# Samples that cannot come back equal, with the reason. Empty: every sample round-trips.
EXCEPTIONS = {}


def samples():
    """(name, render arguments) of every sample, the way scripts/render-samples.sh renders them."""
    out = []
    for f in sorted(os.listdir(SAMPLES)):
        path = os.path.join(SAMPLES, f)
        name, ext = os.path.splitext(f)
        if ext == ".vb":
            data = os.path.join(SAMPLES, name + ".yaml")
            out.append((name, [path, data] if os.path.exists(data) else [path]))
        elif ext == ".yaml" and not os.path.exists(os.path.join(SAMPLES, name + ".vb")) \
                and os.path.exists(os.path.join(REPO, "templates", name, "template.yaml")):
            out.append((name, [name, path]))
    return out


def run(cmd, cwd):
    r = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True)
    if r.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} → exit {r.returncode}\n{r.stdout}{r.stderr}")
    return r.stdout


def normalise(dump):
    """The dump with nothing taken out: it names no file and no position (the model holds neither),
    so the two dumps are compared line for line as they are."""
    return dump.splitlines()


def roundtrip(vanban, name, args, tmp):
    """None when the import's dump equals the original's, else the diff as text."""
    work = os.path.join(tmp, name)
    os.makedirs(work)
    original = run([vanban, "render", *args, "--dump-document"], REPO)
    run([vanban, "render", *args, "--format", "docx", "-o", work, "--name", name], REPO)
    docx = os.path.join(work, name + ".docx")
    imported_vb = os.path.join(work, name + ".vb")
    run([vanban, "import", docx, "-o", imported_vb], work)
    imported = run([vanban, "render", imported_vb, "--dump-document"], work)
    a, b = normalise(original), normalise(imported)
    if a == b:
        return None
    diff = difflib.unified_diff(a, b, f"{name} (original)", f"{name} (DOCX → import)", n=2, lineterm="")
    return "\n".join(diff)


def main():
    vanban = os.path.abspath(sys.argv[1])
    only = set(sys.argv[2:])
    todo = [(n, a) for n, a in samples() if not only or n in only]
    if not todo:
        print("no sample to check", file=sys.stderr)
        return 1
    failures = []
    with tempfile.TemporaryDirectory(prefix="vanban-roundtrip-") as tmp, \
            concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        jobs = {n: pool.submit(roundtrip, vanban, n, a, tmp) for n, a in todo}
        for name, job in jobs.items():
            try:
                diff = job.result()
            except RuntimeError as e:
                diff = str(e)
            if name in EXCEPTIONS:
                if diff is None:
                    failures.append(name)
                    print(f"STALE EXCEPTION {name}: it now round-trips; remove it from EXCEPTIONS")
                else:
                    print(f"exception {name}: {EXCEPTIONS[name]}")
            elif diff is None:
                print(f"ok {name}")
            else:
                failures.append(name)
                print(f"DIFFERS {name}\n{diff}\n")
    print(f"{len(todo) - len(failures)} of {len(todo)} samples as expected"
          + (f"; differing: {', '.join(failures)}" if failures else ""))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
