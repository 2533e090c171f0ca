#!/usr/bin/env bash
# Times `vanban import` on a 20-page draft (26 sections) (a notice body repeated: numbered headings, lists, footnotes,
# a table), made by LibreOffice Writer from tests/fixtures/docx/thong-bao.html. Not run by CI.
#   bench/import-docx.sh [path/to/vanban] [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
vanban="$(realpath "${1:-build/src/cli/vanban}")"
runs="${2:-21}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 - "$work/draft.html" <<'PY'
import re, sys
src = open('tests/fixtures/docx/thong-bao.html', encoding='utf-8').read()
head, rest = src.split('<p align="center"><b>THÔNG BÁO</b></p>', 1)
body, tail = rest.split('<table width="100%" border="0"', 1)
table = open('tests/fixtures/docx/bao-cao.html', encoding='utf-8').read()
table = table[table.index('<table border="1"'):table.index('</table>', table.index('<table border="1"')) + 8]
notes = re.findall(r'<div id="sdfootnote\d+">.*?</div>', src, re.S)
parts, footer = [], []
for k in range(26):  # 26 sections (a table each): 20 pages
    b = body
    for n in (1, 2):
        m = 2 * k + n
        b = b.replace(f'sdfootnote{n}anc"', f'sdfootnote{m}anc"').replace(f'#sdfootnote{n}sym"', f'#sdfootnote{m}sym"')
        b = b.replace(f'<sup>{n}</sup>', f'<sup>{m}</sup>')
        footer.append(notes[n - 1].replace(f'sdfootnote{n}', f'sdfootnote{m}').replace(f'>{n}<', f'>{m}<'))
    parts.append(b.replace('Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./.', '') + table)
closing = '<table width="100%" border="0"' + tail.split('<div id="sdfootnote1">')[0]
doc = head + '<p align="center"><b>THÔNG BÁO</b></p>' + ''.join(parts) + '<p>Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./.</p>' + closing + ''.join(footer) + '</body></html>'
open(sys.argv[1], 'w', encoding='utf-8').write(doc)
PY
soffice --headless -env:UserInstallation="file://$work/profile" --convert-to 'docx:MS Word 2007 XML' --outdir "$work" "$work/draft.html" >/dev/null 2>&1
(cd "$work" && "$vanban" import draft.docx -o check.vb 2>/dev/null && "$vanban" render check.vb -o out 2>&1 | head -1)
python3 - "$vanban" "$work" "$runs" <<'PY'
import os, resource, shutil, statistics, subprocess, sys, time
vanban, work, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
wall, cpu = [], []
for i in range(runs):
    out = os.path.join(work, f'run{i}.vb')
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    subprocess.run([vanban, 'import', os.path.join(work, 'draft.docx'), '-o', out], check=True, stderr=subprocess.DEVNULL)
    wall.append((time.perf_counter() - t) * 1000)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu.append((after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime) * 1000)
    os.remove(out)
    shutil.rmtree(os.path.join(work, f'run{i}-bang'), ignore_errors=True)
print(f'import of a {os.path.getsize(os.path.join(work, "draft.docx")) // 1024} KB draft over {runs} runs (whole process): '
      f'CPU (user + sys) median {statistics.median(cpu):.1f} ms, min {min(cpu):.1f} ms; '
      f'wall median {statistics.median(wall):.1f} ms, min {min(wall):.1f} ms (wall includes the fsync of the two files written)')
PY
