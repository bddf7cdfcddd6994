#!/bin/sh
# Longer, on-demand fuzzing runs: ./jrtc fuzz [TARGET|list] [SECONDS]
# TARGET is a class name (simple or qualified) from tools/fuzz-targets; default: all of them.
# Findings land in <module>/src/test/resources/<package>/<Class>Inputs/ as regression inputs
# (commit the ones that reproduced a bug), the generated corpus in <module>/.cifuzz-corpus/.
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
TARGETS="$ROOT/tools/fuzz-targets"
want=${1:-all}
secs=${2:-300}

targets() { grep -v '^#' "$TARGETS" | grep -v '^[[:space:]]*$'; }

if [ "$want" = list ]; then
  targets | awk '{print $2 "  (" $1 ")"}'
  exit 0
fi
case "$secs" in
  ''|*[!0-9]*) echo "jrtc fuzz: SECONDS must be a whole number, got '$secs'" >&2; exit 2 ;;
esac

if [ "$want" != all ] && ! targets | awk '{print $2}' | grep -q -e "^$want\$" -e "\.$want\$"; then
  echo "jrtc fuzz: no target '$want'; ./jrtc fuzz list shows them" >&2
  exit 2
fi
targets | while read -r module class; do
  case "$want" in
    all|"$class"|"${class##*.}") ;;
    *) continue ;;
  esac
  echo "== fuzzing $class ($module) for ${secs}s"
  JAZZER_FUZZ=1 mvn -B -ntp -q -f "$ROOT/pom.xml" -pl "$module" -am test \
    -Dtest="$class" -Dsurefire.failIfNoSpecifiedTests=false \
    -Djazzer.max_duration="${secs}s" -DredirectTestOutputToFile=false
done
