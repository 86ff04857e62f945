#!/bin/sh
# Runs the whole test suite: every test in the normal build (widget tests
# under Xvfb), then the tests that need no display again in a build with
# AddressSanitizer and UndefinedBehaviorSanitizer. Ends with one line
# "tests: N passed, N failed".
set -u
build=${1:-_build}
asan=${2:-_build-asan}
status=0

run_suite() {
  dir=$1; shift
  if command -v xvfb-run >/dev/null 2>&1; then
    xvfb-run -a -s "-screen 0 1280x900x24" meson test -C "$dir" --print-errorlogs "$@" || status=1
  else
    meson test -C "$dir" --print-errorlogs "$@" || status=1
  fi
}

run_suite "$build"
cp "$build/meson-logs/testlog.json" "$build/testlog-main.json" 2>/dev/null

if [ ! -f "$asan/build.ninja" ]; then
  meson setup "$asan" -Ddevelopment=true -Db_sanitize=address,undefined \
    -Db_lundef=false -Dbuildtype=debug || status=1
fi
meson compile -C "$asan" || status=1
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:fast_unwind_on_malloc=0 \
UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
LSAN_OPTIONS=suppressions=$(pwd)/tests/lsan.supp \
  meson test -C "$asan" --print-errorlogs --suite nodisplay || status=1

python3 - "$build/testlog-main.json" "$asan/meson-logs/testlog.json" <<'PY' || status=1
import json, sys
passed = failed = skipped = 0
for path in sys.argv[1:]:
    try:
        lines = open(path, encoding="utf-8").read().splitlines()
    except OSError:
        failed += 1
        continue
    for line in lines:
        if not line.strip():
            continue
        r = json.loads(line).get("result")
        if r in ("OK", "EXPECTEDFAIL"):
            passed += 1
        elif r == "SKIP":
            skipped += 1
        else:
            failed += 1
print(f"tests: {passed} passed, {failed} failed, {skipped} skipped")
sys.exit(1 if failed else 0)
PY
exit $status
