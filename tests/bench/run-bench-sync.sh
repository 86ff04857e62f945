#!/bin/sh
# run-bench-sync.sh BUILD_DIR: the benchmark of the portal sync
#
# A synthetic region ("bench": 10 000 locations, 5 000 events of which a
# fifth repeat, 2 000 pages in each of de and ar) generated
# deterministically and served locally by the test portal server; then,
# each step in a fresh process of mit-bench-sync (so that its peak memory,
# VmHWM, is its own):
#   1. the first sync into a new database (mit_portal_sync_run): time, CPU,
#      peak memory, the report's counts (must be everything added);
#   2. a sync again without a change on the portal: time, peak memory; it
#      must write nothing;
#   3. the first sync again on another new database, as its two halves:
#      download + parse (mit_portal_fetch_snapshot), then apply;
#   4. json-glib alone (json_parser_load_from_data) on the same four
#      answers, and our parsers alone (mit_portal_parse_*), median of
#      BENCH_SYNC_RUNS runs; the ratio first sync / json-glib parse.
# Builds nothing. Prints a compact report; BENCH_VERBOSE=1 also prints
# the raw "key value" lines.
#
# Environment: BENCH_SYNC_LOCATIONS, BENCH_SYNC_EVENTS, BENCH_SYNC_PAGES
# (pages per language), BENCH_SYNC_RUNS (runs of the parse steps, default
# 3), BENCH_KEEP=1 keeps the temporary folder with the databases.
#
# SPDX-License-Identifier: GPL-3.0-or-later

set -eu

if [ $# -ne 1 ]; then
  echo "usage: $0 BUILD_DIR" >&2
  exit 2
fi

BUILD=$(cd "$1" && pwd)
PROGRAM=$BUILD/tests/bench/mit-bench-sync

if [ ! -x "$PROGRAM" ]; then
  echo "$PROGRAM is missing: build first (make bench, or meson compile -C $1)" >&2
  exit 1
fi

TMP=$(mktemp -d "${TMPDIR:-/tmp}/mit-bench-sync.XXXXXX")
cleanup () {
  if [ "${BENCH_KEEP:-0}" = 1 ]; then
    echo "(kept $TMP)"
  else
    rm -rf "$TMP"
  fi
}
trap cleanup EXIT INT TERM

export LC_ALL="${LC_ALL:-C.UTF-8}"

echo "Miteinander portal sync benchmark ($(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg))"

if ! "$PROGRAM" --dir "$TMP" > "$TMP/sync.txt" 2> "$TMP/sync.log"; then
  echo "the benchmark failed:" >&2
  tail -n 20 "$TMP/sync.log" >&2
  BENCH_KEEP=1
  exit 1
fi
if [ "${BENCH_VERBOSE:-0}" = 1 ]; then
  grep -v '^#' "$TMP/sync.txt" | sed 's/^/  /'
fi

awk '
  { v[$1] = $2 }
  function mib (kib) { return kib / 1024 }
  END {
    body = v["locations_bytes"] + v["events_bytes"] + v["pages_de_bytes"] + v["pages_ar_bytes"]
    printf "region: %d locations, %d events, %d pages in de and ar; answers %.1f MiB (locations %.1f, events %.1f, pages de %.1f, ar %.1f), generated in %.1f s\n",
      v["locations"], v["events"], v["pages_per_language"], body / 1048576,
      v["locations_bytes"] / 1048576, v["events_bytes"] / 1048576,
      v["pages_de_bytes"] / 1048576, v["pages_ar_bytes"] / 1048576, v["generate_ms"] / 1000
    printf "1. first sync: %.2f s (cpu %.2f s); peak memory %.1f MiB (%.1f MiB before the sync); %d actors, %d events, %d topics added (%s); database %.1f MiB\n",
      v["first_ms"] / 1000, v["first_cpu_ms"] / 1000, mib(v["first_hwm_after_kib"]), mib(v["first_hwm_before_kib"]),
      v["first_actors_added"], v["first_events_added"], v["first_topics_added"],
      (v["first_counts_ok"] == 1 ? "as expected" : "NOT as expected"), v["first_db_bytes"] / 1048576
    printf "2. sync again, no change: %.2f s (cpu %.2f s); peak memory %.1f MiB; %d + %d + %d unchanged; wrote the database: %s\n",
      v["resync_ms"] / 1000, v["resync_cpu_ms"] / 1000, mib(v["resync_hwm_after_kib"]),
      v["resync_actors_unchanged"], v["resync_events_unchanged"], v["resync_topics_unchanged"],
      (v["resync_wrote"] == 0 ? "no (as required)" : "YES (must not)")
    printf "3. first sync in halves: download + parse %.2f s (cpu %.2f s, peak %.1f MiB), apply %.2f s (cpu %.2f s, peak %.1f MiB)\n",
      v["split_fetch_ms"] / 1000, v["split_fetch_cpu_ms"] / 1000, mib(v["split_hwm_fetched_kib"]),
      v["split_apply_ms"] / 1000, v["split_apply_cpu_ms"] / 1000, mib(v["split_hwm_after_kib"])
    printf "4. the same %.1f MiB of answers (download alone %.2f s): json-glib alone median %.2f s (cpu %.2f s, peak %.1f MiB); our parsers median %.2f s (cpu %.2f s, peak %.1f MiB); %d runs\n",
      v["json_body_bytes"] / 1048576, v["json_download_ms"] / 1000,
      v["json_median_ms"] / 1000, v["json_cpu_median_ms"] / 1000, mib(v["json_hwm_after_kib"]),
      v["parse_median_ms"] / 1000, v["parse_cpu_median_ms"] / 1000, mib(v["parse_hwm_after_kib"]),
      v["json_runs"]
    rw = v["json_median_ms"] > 0 ? v["first_ms"] / v["json_median_ms"] : 0
    rc = v["json_cpu_median_ms"] > 0 ? v["first_cpu_ms"] / v["json_cpu_median_ms"] : 0
    pw = v["json_median_ms"] > 0 ? v["parse_median_ms"] / v["json_median_ms"] : 0
    pc = v["json_cpu_median_ms"] > 0 ? v["parse_cpu_median_ms"] / v["json_cpu_median_ms"] : 0
    sw = v["json_median_ms"] > 0 ? v["resync_ms"] / v["json_median_ms"] : 0
    printf "   ratio first sync / json-glib parse: %.1f (wall), %.1f (cpu); no-change sync / json-glib %.1f (wall); our parse / json-glib %.1f (wall), %.1f (cpu)\n",
      rw, rc, sw, pw, pc
  }' "$TMP/sync.txt"
