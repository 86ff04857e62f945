#!/bin/sh
# run-bench.sh BUILD_DIR: the benchmark of the actor directory
#
# Generates 100 000 actors and 150 000 persons into a temporary folder,
# then measures
#   1. search latency through the app's own search path, and the same FTS5
#      query in the sqlite3 shell on the same file;
#   2. time from opening the store to the first page of the actor list, and
#      the resident memory of the window showing that list;
#   3. CSV import of the 100 000 actors, and sqlite3's .import of the file;
#   4. the gaps report (mit_gaps_find) on a copy of the database with
#      2 000 target groups, their assessments and 10 000 channels added;
#   5. the network map's layout (mit_network_layout_compute_async) of a
#      synthetic graph of 2 000 nodes and 10 000 edges, in the worker thread;
#      needs no database;
#   6. the network map on the screen: a new database of 1 500 actors, 500
#      target groups and 10 000 channels, the snapshot read, the layout in
#      the worker, and the frame times of a scripted pan and zoom (with and
#      without the map's scene cache), under Xvfb with GSK_RENDERER=cairo;
#   7. events: a new database of 10 000 events, 1 000 of them recurring; the
#      occurrences of a month (the first run, before anything is kept in
#      memory, and the median and p95 of 20 months) and an agenda page (the
#      next 50), the iCalendar export of all events, the import of that file
#      into an empty database, and libical's parse of it alone;
#   8. portal sync (tests/bench/run-bench-sync.sh): a synthetic region of
#      10 000 locations, 5 000 events and 2 000 pages in two languages served
#      locally; the first sync, a no-change re-sync (time, peak memory) and
#      json-glib's parse of the same answers alone.
# Builds nothing: `make bench` builds first. Prints a compact report.
#
# Environment: BENCH_ACTORS, BENCH_PERSONS, BENCH_GROUPS, BENCH_CHANNELS
# (sizes), BENCH_LAYOUT_NODES, BENCH_LAYOUT_EDGES (size of the layout graph),
# BENCH_MAP_SECONDS (seconds of panning and zooming in step 6), BENCH_EVENTS,
# BENCH_RECURRING (events and recurring ones in step 7), BENCH_REPEAT (search runs per query), BENCH_IMPORT_MAX_SECONDS (the import is stopped after
# this long and its rate taken over the rows done so far; default 240),
# BENCH_KEEP=1 keeps the temporary folder.
#
# SPDX-License-Identifier: GPL-3.0-or-later

set -eu

if [ $# -ne 1 ]; then
  echo "usage: $0 BUILD_DIR" >&2
  exit 2
fi

BUILD=$(cd "$1" && pwd)
BENCH=$BUILD/tests/bench
APP=$BUILD/src/miteinander
ACTORS=${BENCH_ACTORS:-100000}
PERSONS=${BENCH_PERSONS:-150000}
REPEAT=${BENCH_REPEAT:-10}
IMPORT_MAX=${BENCH_IMPORT_MAX_SECONDS:-240}
OPEN_RUNS=5
TARGET_GROUPS=${BENCH_GROUPS:-2000}
CHANNELS=${BENCH_CHANNELS:-10000}
GAPS_RUNS=5
LAYOUT_NODES=${BENCH_LAYOUT_NODES:-2000}
LAYOUT_EDGES=${BENCH_LAYOUT_EDGES:-10000}
LAYOUT_RUNS=3
MAP_SECONDS=${BENCH_MAP_SECONDS:-8}
EVENTS=${BENCH_EVENTS:-10000}
RECURRING=${BENCH_RECURRING:-1000}
EVENT_RUNS=20

for p in mit-bench-generate mit-bench-search mit-bench-open mit-bench-import mit-bench-gaps mit-bench-layout mit-bench-map mit-bench-events; do
  if [ ! -x "$BENCH/$p" ]; then
    echo "$BENCH/$p is missing: build first (make bench, or meson compile -C $1)" >&2
    exit 1
  fi
done
if ! command -v sqlite3 >/dev/null 2>&1; then
  echo "the sqlite3 shell is missing (apt-get install sqlite3)" >&2
  exit 1
fi

TMP=$(mktemp -d "${TMPDIR:-/tmp}/mit-bench.XXXXXX")
cleanup () {
  if [ "${BENCH_KEEP:-0}" = 1 ]; then
    echo "(kept $TMP)"
  else
    rm -rf "$TMP"
  fi
}
trap cleanup EXIT INT TERM

# All programs sort in the same locale, so no one recomputes sort keys.
export LC_ALL="${LC_ALL:-C.UTF-8}"

DB=$TMP/bench.db
CSV=$TMP/actors.csv

# value KEY FILE: the value of a "key value" line
value () {
  awk -v k="$1" '$1 == k { print $2; exit }' "$2"
}

# now: seconds since the epoch, with nanoseconds
now () {
  date +%s.%N
}

# diff A B: B - A
diff_s () {
  awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", b - a }'
}

fmt () {
  awk -v x="$1" -v f="$2" 'BEGIN { printf f, x }'
}

echo "Miteinander benchmark: $ACTORS actors, $PERSONS persons ($(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), SQLite $(sqlite3 --version | cut -d' ' -f1))"

# ---- data --------------------------------------------------------------------
t0=$(now)
"$BENCH/mit-bench-generate" --actors "$ACTORS" --persons "$PERSONS" "$DB" "$CSV" > "$TMP/generate.txt"
t1=$(now)
echo "data: generated in $(fmt "$(diff_s "$t0" "$t1")" '%.0f') s; database $(du -m "$DB" | cut -f1) MiB, CSV $(du -m "$CSV" | cut -f1) MiB"
sed 's/^generate: /  /' "$TMP/generate.txt"

# ---- 1. search ---------------------------------------------------------------
"$BENCH/mit-bench-search" --verbose --repeat "$REPEAT" "$DB" > "$TMP/search.txt"
S=$TMP/search.txt
if [ "${BENCH_VERBOSE:-0}" = 1 ]; then
  sed -n '1,/^search_queries/p' "$S" | sed '$d' | sed 's/^/  /'
fi
awk -v target_p95=10 -v target_ratio=1.5 '
  { v[$1] = $2 }
  END {
    printf "1. search (%d queries x %d, find + first 50 rows): p50 %.2f ms  p95 %.2f ms  (target p95 <= %d ms: %s)\n",
      v["search_queries"], v["search_repeat"], v["search_p50_ms"], v["search_p95_ms"], target_p95,
      (v["search_p95_ms"] <= target_p95 ? "met" : "MISSED")
    printf "   find_actor_ids alone:  p50 %.2f ms  p95 %.2f ms   (cpu p50 %.2f  p95 %.2f ms)\n",
      v["find_p50_ms"], v["find_p95_ms"], v["find_cpu_p50_ms"], v["find_cpu_p95_ms"]
    if ("shell_p50_ms" in v) {
      printf "   sqlite3 shell, same SQL: p50 %.2f ms  p95 %.2f ms   (cpu p50 %.2f  p95 %.2f ms; real is rounded to 1 ms)\n",
        v["shell_p50_ms"], v["shell_p95_ms"], v["shell_cpu_p50_ms"], v["shell_cpu_p95_ms"]
      r50 = v["shell_p50_ms"] > 0 ? v["find_p50_ms"] / v["shell_p50_ms"] : 0
      r95 = v["shell_p95_ms"] > 0 ? v["find_p95_ms"] / v["shell_p95_ms"] : 0
      c50 = v["shell_cpu_p50_ms"] > 0 ? v["find_cpu_p50_ms"] / v["shell_cpu_p50_ms"] : 0
      c95 = v["shell_cpu_p95_ms"] > 0 ? v["find_cpu_p95_ms"] / v["shell_cpu_p95_ms"] : 0
      f95 = v["shell_p95_ms"] > 0 ? v["search_p95_ms"] / v["shell_p95_ms"] : 0
      printf "   ratio ours/sqlite3 (same query): p50 %.2f  p95 %.2f (wall), p50 %.2f  p95 %.2f (cpu)  (target <= %.1f: %s)\n",
        r50, r95, c50, c95, target_ratio, ((r95 <= target_ratio && c95 <= target_ratio) ? "met" : "MISSED")
      printf "   ratio with the first page loaded: p95 %.2f\n", f95
    } else
      print "   sqlite3 shell: not measured"
  }' "$S"

# ---- 2. open to first page -----------------------------------------------------
: > "$TMP/open-all.txt"
i=0
while [ $i -lt $OPEN_RUNS ]; do
  "$BENCH/mit-bench-open" "$DB" > "$TMP/open-$i.txt"
  cat "$TMP/open-$i.txt" >> "$TMP/open-all.txt"
  i=$((i + 1))
done
awk -v target=100 '
  function median (a, n,    i, j, t) {
    for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }
    return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
  }
  $1 == "open_total_ms" { tot[++n] = $2 }
  $1 == "open_store_ms" { st[++ns] = $2 }
  $1 == "open_ids_ms" { ids[++ni] = $2 }
  $1 == "open_page_ms" { pg[++np] = $2 }
  $1 == "open_items" { items = $2 }
  $1 == "open_rss_kib" { rss = $2 }
  END {
    m = median (tot, n); lo = tot[1]
    printf "2. open to first page (%d items, %d fresh processes): min %.1f ms  median %.1f ms  (target <= %d ms: %s)\n",
      items, n, lo, m, target, (m <= target ? "met" : "MISSED")
    printf "   median: open %.1f ms, ids of the list %.1f ms, first 50 rows %.1f ms; process RSS %.1f MiB (no GTK)\n",
      median (st, ns), median (ids, ni), median (pg, np), rss / 1024
  }' "$TMP/open-all.txt"

# window_rss LABEL DB: VmRSS/VmHWM of the app showing DB after 6 s
window_rss () {
  out=$TMP/window-$1.txt
  : > "$out"
  env -u DBUS_SESSION_BUS_ADDRESS xvfb-run -a -s '-screen 0 1280x800x24' sh -c '
    GSETTINGS_SCHEMA_DIR="$1/data" GSETTINGS_BACKEND=memory GTK_A11Y=none \
      "$1/src/miteinander" --database="$2" > "$3.log" 2>&1 &
    pid=$!
    sleep 6
    if [ -r /proc/$pid/status ]; then
      grep -E "^(VmRSS|VmHWM):" /proc/$pid/status > "$3"
      kill $pid 2>/dev/null || true
    fi
    wait $pid 2>/dev/null || true
  ' sh "$BUILD" "$2" "$out" || true
  if [ -s "$out" ]; then
    awk -v l="$1" '$1 == "VmRSS:" { r = $2 } $1 == "VmHWM:" { h = $2 }
      END { printf "%s: VmRSS %.1f MiB, VmHWM %.1f MiB", l, r / 1024, h / 1024 }' "$out"
  else
    printf "%s: the app did not stay up (see %s.log)" "$1" "$out"
  fi
}

if [ ! -x "$APP" ]; then
  echo "   window: not measured (app not built)"
elif ! command -v xvfb-run >/dev/null 2>&1; then
  echo "   window: not measured (xvfb-run missing)"
else
  echo "   window: $(window_rss "$ACTORS actors" "$DB"); $(window_rss "empty" "$TMP/empty.db")"
fi

# ---- 3. CSV import ---------------------------------------------------------------
"$BENCH/mit-bench-import" --max-seconds "$IMPORT_MAX" "$CSV" "$TMP/import.db" > "$TMP/import.txt"

# sqlite3's .import of the same file into a plain table: without the byte
# order mark (the shell would make it part of the first column's name).
PLAIN_CSV=$CSV
if [ "$(head -c 3 "$CSV" | od -An -tx1 | tr -d ' \n')" = efbbbf ]; then
  PLAIN_CSV=$TMP/actors-nobom.csv
  tail -c +4 "$CSV" > "$PLAIN_CSV"
fi
rm -f "$TMP/plain.db"
t0=$(now)
sqlite3 "$TMP/plain.db" -cmd '.mode csv' -cmd '.separator ;' ".import $PLAIN_CSV plain"
t1=$(now)
plain_rows=$(sqlite3 "$TMP/plain.db" 'SELECT count(*) FROM plain')
plain_seconds=$(diff_s "$t0" "$t1")

awk -v prows="$plain_rows" -v psec="$plain_seconds" -v target=50000 -v max="$IMPORT_MAX" '
  { v[$1] = $2 }
  END {
    rate = v["import_rows_per_s"]; prate = prows / psec
    partial = v["import_complete"] == 0
    printf "3. CSV import: %d rows in %.1f s%s = %.0f rows/s  (target >= %d rows/s: %s)\n",
      v["import_rows"], v["import_seconds"],
      (partial ? sprintf(" (stopped after %d s, of %d rows)", max, v["import_total_rows"]) : ""),
      rate, target, (rate >= target ? "met" : "MISSED")
    printf "   %d actors and %d persons added; cpu %.1f s; parsing alone %.0f rows/s\n",
      v["import_added"], v["import_persons_added"], v["import_cpu_seconds"], v["import_parse_rows_per_s"]
    printf "   sqlite3 .import into a plain table: %d rows in %.2f s = %.0f rows/s; ratio ours/sqlite3 %.3f\n",
      prows, psec, prate, rate / prate
  }' "$TMP/import.txt"

# ---- 4. gaps report ----------------------------------------------------------------
# On a copy, so that the groups and channels do not change the steps above.
sqlite3 "$DB" ".backup '$TMP/gaps.db'"
"$BENCH/mit-bench-gaps" --groups "$TARGET_GROUPS" --channels "$CHANNELS" --runs "$GAPS_RUNS" \
  "$TMP/gaps.db" > "$TMP/gaps.txt"
awk -v target=200 '
  { v[$1] = $2 }
  END {
    printf "4. gaps report (%d actors, %d target groups, %d channels; %d runs): median %.1f ms  min %.1f ms  max %.1f ms  (target median <= %d ms: %s)\n",
      v["gaps_actors"], v["gaps_groups"], v["gaps_channels"], v["gaps_runs"],
      v["gaps_median_ms"], v["gaps_min_ms"], v["gaps_max_ms"], target,
      (v["gaps_median_ms"] <= target ? "met" : "MISSED")
    printf "   %d gaps: no-channel %d, weak-channels-only %d, no-multiplier %d, language-gap %d, field-gap %d, stale-assessment %d, unverified-actor %d; cpu median %.1f ms\n",
      v["gaps_found"], v["gaps_kind_no-channel"], v["gaps_kind_weak-channels-only"],
      v["gaps_kind_no-multiplier"], v["gaps_kind_language-gap"], v["gaps_kind_field-gap"],
      v["gaps_kind_stale-assessment"], v["gaps_kind_unverified-actor"], v["gaps_cpu_median_ms"]
  }' "$TMP/gaps.txt"

# ---- 5. network layout -------------------------------------------------------------
# A synthetic graph from a fixed seed: no database.
"$BENCH/mit-bench-layout" --nodes "$LAYOUT_NODES" --edges "$LAYOUT_EDGES" --runs "$LAYOUT_RUNS" \
  > "$TMP/layout.txt"
awk -v target=1000 '
  { v[$1] = $2 }
  END {
    printf "5. network layout (%d nodes, %d edges): median %.0f ms  min %.0f ms  max %.0f ms  (%d runs, %d iterations, in the worker thread; target median <= %d ms: %s)\n",
      v["layout_nodes"], v["layout_edges"], v["layout_median_ms"], v["layout_min_ms"], v["layout_max_ms"],
      v["layout_runs"], v["layout_iterations"], target, (v["layout_median_ms"] <= target ? "met" : "MISSED")
    printf "   cpu median %.0f ms; the same positions in every run: %s\n",
      v["layout_cpu_median_ms"], (v["layout_identical"] == 1 ? "yes" : "NO")
  }' "$TMP/layout.txt"

# ---- 6. network map on the screen ---------------------------------------------------
# A database of its own (2 000 nodes, 10 000 channels), shown in a window
# under Xvfb with the cairo renderer; the frame clock times every frame.
if ! command -v xvfb-run >/dev/null 2>&1; then
  echo "6. network map: not measured (xvfb-run missing)"
else
  env -u DBUS_SESSION_BUS_ADDRESS GSETTINGS_SCHEMA_DIR="$BUILD/data" GSETTINGS_BACKEND=memory \
    GTK_A11Y=none GSK_RENDERER=cairo \
    xvfb-run -a -s '-screen 0 1400x1000x24' \
    "$BENCH/mit-bench-map" --seconds "$MAP_SECONDS" "$TMP/map.db" > "$TMP/map.txt" 2> "$TMP/map.log" || true
  if [ ! -s "$TMP/map.txt" ] || ! grep -q '^map_cached_paint_p95_ms' "$TMP/map.txt"; then
    echo "6. network map: the benchmark failed (see $TMP/map.log; BENCH_KEEP=1 keeps it)"
  else
    awk -v target=16 '
      { v[$1] = $2 }
      END {
        printf "6. network map (%d nodes, %d channels, %d shared-contact links; %s, %s): snapshot read median %.1f ms, layout in the worker %.0f ms, first picture after %.0f ms\n",
          v["map_nodes"], v["map_channels"], v["map_links"], v["map_size"], v["map_renderer"],
          v["map_load_median_ms"], v["map_layout_worker_ms"], v["map_first_picture_ms"]
        printf "   pan and zoom, %d frames: paint p50 %.1f ms  p95 %.1f ms  max %.1f ms; frame interval p50 %.1f ms  p95 %.1f ms  (target paint p95 <= %d ms: %s)\n",
          v["map_cached_frames"], v["map_cached_paint_p50_ms"], v["map_cached_paint_p95_ms"], v["map_cached_paint_max_ms"],
          v["map_cached_interval_p50_ms"], v["map_cached_interval_p95_ms"], target,
          (v["map_cached_paint_p95_ms"] <= target ? "met" : "MISSED")
        printf "   a full picture at rest: median %.1f ms  max %.1f ms; without the scene cache (a full picture every frame): paint p50 %.1f ms  p95 %.1f ms, %d frames\n",
          v["map_full_render_median_ms"], v["map_full_render_max_ms"],
          v["map_uncached_paint_p50_ms"], v["map_uncached_paint_p95_ms"], v["map_uncached_frames"]
        printf "   (paint: from the frame'"'"'s update phase to the end of its paint phase and the X server'"'"'s drawing; an idle frame: p95 %.1f ms)\n",
          v["map_baseline_paint_p95_ms"]
      }' "$TMP/map.txt"
  fi
fi

# ---- 7. events ----------------------------------------------------------------------
# A database of its own; the month view and the agenda read what
# mit_store_find_occurrences() and mit_store_find_next_occurrences() give.
if ! "$BENCH/mit-bench-events" --events "$EVENTS" --recurring "$RECURRING" --runs "$EVENT_RUNS" \
     "$TMP/events" > "$TMP/events.txt" 2> "$TMP/events.log"; then
  echo "7. events: the benchmark failed (see $TMP/events.log; BENCH_KEEP=1 keeps it)"
else
  awk -v target=50 '
    { v[$1] = $2 }
    END {
      printf "7. events (%d events, %d recurring; %d months): month cold %.1f ms (cpu %.1f ms), warm median %.1f ms  p95 %.1f ms; %d occurrences  (target <= %d ms: %s)\n",
        v["events"], v["recurring"], '"$EVENT_RUNS"', v["month_ms_cold"], v["month_cpu_ms_cold"],
        v["month_ms_median"], v["month_ms_p95"], v["month_occurrences"], target,
        ((v["month_ms_cold"] <= target && v["month_ms_median"] <= target) ? "met" : "MISSED")
      printf "   agenda page (next %d): after the first month %.1f ms (cpu %.1f ms), median %.1f ms  p95 %.1f ms  (target <= %d ms: %s)\n",
        v["agenda_occurrences"], v["agenda_ms_after_month"], v["agenda_cpu_ms_after_month"],
        v["agenda_ms_median"], v["agenda_ms_p95"], target,
        ((v["agenda_ms_after_month"] <= target && v["agenda_ms_median"] <= target) ? "met" : "MISSED")
      printf "   iCalendar (%.1f MiB): export %.0f events/s; import %.0f events/s (parse %.0f, write %.0f); libical parse alone %.0f events/s; import/libical time ratio %.2f\n",
        v["ics_bytes"] / 1048576, v["export_events_per_s"], v["import_events_per_s"],
        v["import_parse_events_per_s"], v["import_apply_events_per_s"],
        v["libical_parse_events_per_s"], v["import_to_libical_parse_ratio"]
    }' "$TMP/events.txt"
fi

# ---- 8. portal sync ------------------------------------------------------------------
sh "$(dirname "$0")/run-bench-sync.sh" "$BUILD" | sed 's/^/8. /;2,$s/^8. /   /' ||
  echo "8. portal sync: the benchmark failed"
