#!/bin/sh
# Takes the screenshots in data/screenshots/ (referenced by the AppStream
# metainfo and the README): the app, built in BUILD, on the example network,
# under Xvfb.
#
#   sh tools/take-screenshots.sh [BUILD]      (default: _build)
#
#   directory.png          1280x800 screen, window at its default size
#   directory-de.png       the same in German (LANGUAGE=de)
#   directory-narrow.png   420x800 screen, window as narrow as the screen
#   overview.png, overview-de.png, reachability.png, network-map.png
#                          the other sections, at the default size
#
# Needs Xvfb, xwininfo (x11-utils), import and convert (imagemagick) and
# dbus-daemon. Each run uses a fresh temporary database, settings and session
# bus, so it neither touches nor talks to a Miteinander running on your
# desktop. The development build is used because only it reads the
# translations from the build tree (MIT_LOCALEDIR).
set -eu

srcdir=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "${1:-_build}" && pwd)
app="$build/src/miteinander"
outdir="$srcdir/data/screenshots"

for tool in Xvfb xwininfo import convert dbus-daemon; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "take-screenshots: '$tool' is missing (Debian: xvfb x11-utils imagemagick dbus)" >&2
    exit 1
  fi
done
if [ ! -x "$app" ]; then
  echo "take-screenshots: $app does not exist; build first (make build)" >&2
  exit 1
fi
if [ ! -f "$build/data/gschemas.compiled" ]; then
  echo "take-screenshots: $build/data/gschemas.compiled is missing; build first" >&2
  exit 1
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/miteinander-shots.XXXXXX")
xvfb_pid=""
app_pid=""
bus_pid=""

stop() {
  if [ -n "$app_pid" ]; then
    kill "$app_pid" 2>/dev/null || true
    wait "$app_pid" 2>/dev/null || true
    app_pid=""
  fi
  if [ -n "$xvfb_pid" ]; then
    kill "$xvfb_pid" 2>/dev/null || true
    wait "$xvfb_pid" 2>/dev/null || true
    xvfb_pid=""
  fi
}
# shellcheck disable=SC2317  # called from the trap
cleanup() {
  stop
  if [ -n "$bus_pid" ]; then
    kill "$bus_pid" 2>/dev/null || true
  fi
  rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# A session bus of our own, so that the app does not find (and hand its
# window over to) a Miteinander running on the desktop.
dbus-daemon --session --fork --print-address=3 --print-pid=4 \
  3>"$tmp/bus-address" 4>"$tmp/bus-pid"
bus_pid=$(cat "$tmp/bus-pid")
DBUS_SESSION_BUS_ADDRESS=$(cat "$tmp/bus-address")
export DBUS_SESSION_BUS_ADDRESS

db="$tmp/example.db"
echo "take-screenshots: loading the example network into $db"
GSETTINGS_SCHEMA_DIR="$build/data" GSETTINGS_BACKEND=memory \
  "$app" --database="$db" --load-example

# A locale in which gettext honours LANGUAGE (it ignores it in plain "C").
if locale -a 2>/dev/null | grep -qi '^de_DE\.utf-\?8$'; then
  de_lang=de_DE.UTF-8
else
  de_lang=C.UTF-8
fi

# The first free X display from :99 on.
free_display() {
  n=99
  while [ -e "/tmp/.X$n-lock" ] || [ -e "/tmp/.X11-unix/X$n" ]; do
    n=$((n + 1))
  done
  echo ":$n"
}

# The id of the first viewable top-level window at least 200 pixels wide.
find_window() {
  xwininfo -display "$1" -root -children 2>/dev/null |
    awk '/^ *0x[0-9a-f]+ / {
           for (i = 1; i <= NF; i++)
             if ($i ~ /^[0-9]+x[0-9]+\+/) {
               split ($i, g, /[x+]/)
               if (g[1] >= 200) print $1
               break
             }
         }' |
    while read -r id; do
      if xwininfo -display "$1" -id "$id" 2>/dev/null | grep -q 'IsViewable'; then
        echo "$id"
        break
      fi
    done
}

# shot NAME SCREEN_WIDTH SCREEN_HEIGHT WINDOW_WIDTH WINDOW_HEIGHT LANGUAGE [SECTION]
shot() {
  name=$1 sw=$2 sh=$3 ww=$4 wh=$5 language=$6 section=${7:-actors}
  display=$(free_display)

  # The memory backend cannot be given a window size, so each shot gets its
  # own throw-away keyfile settings instead.
  config="$tmp/config-$name"
  mkdir -p "$config/glib-2.0/settings"
  cat > "$config/glib-2.0/settings/keyfile" <<EOF
[io/github/miteinander/Miteinander]
window-width=$ww
window-height=$wh
window-maximized=false
last-section='$section'
EOF

  Xvfb "$display" -screen 0 "${sw}x${sh}x24" -nolisten tcp >"$tmp/xvfb-$name.log" 2>&1 &
  xvfb_pid=$!
  i=0
  until xwininfo -display "$display" -root >/dev/null 2>&1; do
    i=$((i + 1))
    if [ $i -gt 50 ]; then
      echo "take-screenshots: Xvfb did not start on $display" >&2
      cat "$tmp/xvfb-$name.log" >&2
      return 1
    fi
    sleep 0.2
  done

  if [ "$language" = de ]; then
    lang=$de_lang
  else
    lang=C.UTF-8
  fi

  env DISPLAY="$display" GDK_BACKEND=x11 GSK_RENDERER=cairo \
      GTK_A11Y=none NO_AT_BRIDGE=1 ADW_DISABLE_PORTAL=1 \
      GSETTINGS_SCHEMA_DIR="$build/data" GSETTINGS_BACKEND=keyfile \
      XDG_CONFIG_HOME="$config" XDG_DATA_HOME="$tmp/data" \
      LANG="$lang" LC_ALL="$lang" LANGUAGE="$language" \
      MIT_LOCALEDIR="$build/po" \
      "$app" --database="$db" \
      >"$tmp/app-$name.log" 2>&1 &
  app_pid=$!

  # Wait for the window, then a little longer for its content to settle.
  window=""
  i=0
  while [ -z "$window" ]; do
    i=$((i + 1))
    if [ $i -gt 60 ] || ! kill -0 "$app_pid" 2>/dev/null; then
      echo "take-screenshots: no window appeared for $name.png" >&2
      cat "$tmp/app-$name.log" >&2
      stop
      return 1
    fi
    sleep 0.5
    window=$(find_window "$display")
  done
  sleep 3

  # On wide windows, open the first actor so the shot shows its page too.
  if [ "$section" = actors ] && [ "$ww" -ge 800 ] && command -v xdotool >/dev/null 2>&1; then
    DISPLAY="$display" xdotool mousemove --window "$window" 380 140 click 1 || true
    sleep 1.5
  fi

  if ! import -display "$display" -window "$window" "$tmp/$name.png" ||
     ! convert "$tmp/$name.png" -strip "$outdir/$name.png"; then
    echo "take-screenshots: could not capture $name.png" >&2
    stop
    return 1
  fi
  echo "take-screenshots: wrote data/screenshots/$name.png" \
       "($(identify -format '%wx%h' "$outdir/$name.png"))"
  if [ -s "$tmp/app-$name.log" ]; then
    echo "take-screenshots: the app said:" >&2
    sed 's/^/  /' "$tmp/app-$name.log" >&2
  fi

  stop
}

mkdir -p "$outdir"
status=0
shot directory        1280 800 1100 720 en || status=1
shot directory-de     1280 800 1100 720 de || status=1
shot directory-narrow  420 800  420 800 en || status=1
shot overview         1280 800 1100 720 en overview || status=1
shot overview-de      1280 800 1100 720 de overview || status=1
shot reachability     1280 800 1100 720 en reachability || status=1
shot network-map      1280 800 1100 720 en map || status=1
exit $status
