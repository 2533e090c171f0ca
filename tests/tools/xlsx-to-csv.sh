#!/usr/bin/env bash
# Converts every sheet of an XLSX workbook to CSV with LibreOffice headless,
# after a FORCED recalculation of every formula (a private profile sets
# OOXMLRecalcMode = 0, "always"), so the CSV shows what LibreOffice computes,
# not the values cached in the file. Cells are written as shown (number
# formats applied, en-US separators). Output: OUTDIR/NAME-SHEET.csv, UTF-8.
# With RECALC=never, LibreOffice shows the values cached in the file instead.
#   tests/tools/xlsx-to-csv.sh FILE.xlsx OUTDIR
set -euo pipefail
xlsx="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
outdir="$2"
mkdir -p "$outdir"
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
mkdir -p "$profile/user"
cat > "$profile/user/registrymodifications.xcu" <<'XCU'
<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>MODE</value></prop></item>
</oor:items>
XCU
mode=0
[ "${RECALC:-always}" = never ] && mode=1
sed -i "s#MODE#$mode#" "$profile/user/registrymodifications.xcu"
# Token 12 = -1: one CSV per sheet (LibreOffice 7.2+).
soffice -env:UserInstallation="file://$profile" --headless --norestore \
  --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,true,true,false,false,-1' \
  --outdir "$outdir" "$xlsx" >/dev/null 2>&1
ls "$outdir"/*.csv >/dev/null
