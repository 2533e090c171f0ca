#!/usr/bin/env bash
# Runs one command-line case folder: tests/bad-input/<case>/ or tests/cli/cases/<case>/.
#   cmd              arguments, one per line ($CASE = this folder, $OUT = an empty output folder,
#                    $NL = a newline inside an argument)
#   status           the expected exit status
#   expected         the exact expected stderr (optional)
#   stdout_contains  lines that must each appear in stdout, paths as in stderr (`$OUT/a.pdf`) (optional)
#   stderr_contains  lines that must each appear in stderr, for messages with a
#                    number that depends on the machine (optional)
#   expected_stdout  the exact expected stdout (optional; a golden file:
#                    scripts/update-golden.sh rewrites it from the current output)
#   setup            a bash snippet run before the command, with CASE and OUT set (optional)
#   env              NAME=value lines set for the command ($CASE, $OUT as in cmd) (optional)
#   fsize            a file-size limit for the command, in KB (`ulimit -f`: a full disk) (optional)
#   as_nobody        run the command as user nobody when the tests run as root, so that
#                    file permissions (a read-only folder) apply; a copy of the binary is
#                    run, and setup must copy into $OUT whatever else the command reads,
#                    since nobody may not be able to read the checkout (optional)
# After the run, $OUT must hold no file unless the case has a file `outputs`
# listing exactly the names expected there.
# With VANBAN_CASE_LANG=en the command runs with `--lang en`: instead of the
# expected texts, every line of stderr must be English — no Vietnamese letter
# outside backticks (data quoted in a message) and its file:line:col prefix.
set -u
vanban="$1"
case_dir="$(cd "$2" && pwd)"
repo="$(cd "$(dirname "$0")/../.." && pwd)"
out="$(mktemp -d)"
trap 'chmod -R u+w "$out" 2>/dev/null; rm -rf "$out" "$out.bin"' EXIT
export CASE="$case_dir" OUT="$out"
cd "$case_dir"
if [ -f setup ]; then
  bash setup || { echo "setup failed"; exit 1; }
fi
args=()
while IFS= read -r line || [ -n "$line" ]; do
  line="${line//\$CASE/$case_dir}"
  line="${line//\$OUT/$out}"
  line="${line//\$NL/$'\n'}"
  args+=("$line")
done < cmd
if [ -f env ]; then
  while IFS= read -r line || [ -n "$line" ]; do
    line="${line//\$CASE/$case_dir}"
    line="${line//\$OUT/$out}"
    export "$line"
  done < env
fi
english=0
if [ "${VANBAN_CASE_LANG:-}" = en ]; then
  english=1
  case " ${args[*]} " in
    *" --lang "*) ;;  # the case chose its language already
    *) args=(--lang en "${args[@]}") ;;
  esac
fi
runner=()
if [ -f as_nobody ] && [ "$(id -u)" = 0 ]; then
  chmod 755 "$out"
  # nobody may not reach the build folder (a checkout under a 0700 folder):
  # run a copy; the case's setup copies what else it reads into $OUT.
  cp "$vanban" "$out.bin" && chmod 755 "$out.bin" && vanban="$out.bin"
  runner=(setpriv --reuid=65534 --regid=65534 --clear-groups)
fi
if [ -f fsize ]; then
  (ulimit -f "$(tr -d '[:space:]' < fsize)"; exec "${runner[@]}" "$vanban" "${args[@]}") >"$out.stdout" 2>"$out.stderr"
else
  "${runner[@]}" "$vanban" "${args[@]}" >"$out.stdout" 2>"$out.stderr"
fi
status=$?
fail=0
want_status=$(tr -d '[:space:]' < status)
if [ "$status" != "$want_status" ]; then
  echo "exit status: want $want_status, got $status"
  fail=1
fi
# paths in messages are printed relative to the case folder
sed "s#$out#\$OUT#g; s#$case_dir/##g; s#$repo/##g" "$out.stderr" > "$out.stderr.norm"
sed "s#$out#\$OUT#g; s#$case_dir/##g; s#$repo/##g" "$out.stdout" > "$out.stdout.norm"
if [ $english = 1 ]; then
  python3 "$repo/tests/cli/check_english.py" "$out.stderr.norm" || fail=1
elif [ ! -f expected ] && [ "${VANBAN_NEW_EXPECTED:-}" = 1 ]; then
  cp "$out.stderr.norm" expected  # a new case: read it, then keep it
fi
if [ $english = 0 ] && [ -f expected ]; then
  if ! diff -u expected "$out.stderr.norm"; then fail=1; fi
fi
if [ $english = 0 ] && [ -f expected_stdout ]; then
  if [ "${VANBAN_UPDATE_GOLDEN:-}" = 1 ]; then
    cp "$out.stdout" expected_stdout
  elif ! diff -u expected_stdout "$out.stdout"; then
    fail=1
  fi
fi
if [ $english = 0 ] && [ -f stderr_contains ]; then
  while IFS= read -r want || [ -n "$want" ]; do
    grep -qF -- "$want" "$out.stderr.norm" || { echo "stderr lacks: $want"; fail=1; }
  done < stderr_contains
fi
if [ $english = 0 ] && [ -f stdout_contains ]; then
  while IFS= read -r want || [ -n "$want" ]; do
    grep -qF -- "$want" "$out.stdout.norm" || { echo "stdout lacks: $want"; fail=1; }
  done < stdout_contains
fi
left=$(cd "$out" && find . -mindepth 1 | sort | sed 's#^\./##')
want_left=""
[ -f outputs ] && want_left=$(sort outputs)
if [ "$left" != "$want_left" ]; then
  echo "files left in \$OUT:"; echo "$left"; echo "expected:"; echo "$want_left"
  fail=1
fi
if [ $fail -ne 0 ]; then
  echo "--- stderr ---"; cat "$out.stderr"; echo "--- stdout (head) ---"; head -20 "$out.stdout"
fi
rm -f "$out.stdout" "$out.stderr" "$out.stderr.norm" "$out.stdout.norm"
exit $fail
