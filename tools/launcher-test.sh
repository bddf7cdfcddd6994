#!/bin/sh
# Tests of ./jrtc's JDK selection against fake JDKs (run first by ./jrtc test; needs no JDK).
set -u
ROOT=$(cd "$(dirname "$0")/.." && pwd)
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT INT TERM
passed=0 failed=0

# fake_jdk DIR VERSION [norelease|nojavac]: bin/java answers -version and -XshowSettings like a JDK.
fake_jdk() {
  mkdir -p "$1/bin"
  cat > "$1/bin/java" <<JAVA
#!/bin/sh
echo "    java.specification.version = $2" >&2
echo "fake java $2 at $1" >&2
JAVA
  chmod +x "$1/bin/java"
  if [ "${3:-}" != nojavac ]; then cp "$1/bin/java" "$1/bin/javac"; fi
  if [ "${3:-}" != norelease ]; then echo "JAVA_VERSION=\"$2\"" > "$1/release"; fi
}

fake_jdk "$TMP/a/jdk8" 1.8.0_392
fake_jdk "$TMP/a/jdk17" 17.0.15
fake_jdk "$TMP/a/jdk21" 21.0.5
fake_jdk "$TMP/a/jdk22" 22 norelease
fake_jdk "$TMP/a/jre30" 30 nojavac
fake_jdk "$TMP/b/jdk17" 17.0.15
fake_jdk "$TMP/c/jdk25" 25.0.3

# expect NAME EXPECTED_EXIT EXPECTED_TEXT COMMAND ENV...: runs ./jrtc COMMAND with that environment.
expect() {
  name=$1 want_rc=$2 want_text=$3 command=$4; shift 4
  out=$(env -u JAVA_HOME "$@" sh "$ROOT/jrtc" "$command" 2>&1); rc=$?
  if [ "$rc" -eq "$want_rc" ] && printf '%s' "$out" | grep -qF -- "$want_text"; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    printf 'launcher-test FAILED: %s: exit %s (want %s), output:\n%s\n(wanted text: %s)\n' \
      "$name" "$rc" "$want_rc" "$out" "$want_text"
  fi
}

expect "newest JDK >= 21 in the search dirs" 0 "fake java 22 at $TMP/a/jdk22" java JRTC_JDK_DIRS="$TMP/a"
expect "a suitable JAVA_HOME wins" 0 "fake java 21.0.5 at $TMP/a/jdk21" java JRTC_JDK_DIRS="$TMP/a" JAVA_HOME="$TMP/a/jdk21"
expect "an old JAVA_HOME is reported" 0 "JAVA_HOME=$TMP/a/jdk17 is not a JDK >= 21 (found: 17)" java JRTC_JDK_DIRS="$TMP/a" JAVA_HOME="$TMP/a/jdk17"
expect "an old JAVA_HOME falls back" 0 "fake java 22 at $TMP/a/jdk22" java JRTC_JDK_DIRS="$TMP/a" JAVA_HOME="$TMP/a/jdk17"
expect "several search dirs" 0 "fake java 25.0.3 at $TMP/c/jdk25" java JRTC_JDK_DIRS="$TMP/b:$TMP/c"
expect "no JDK: clear failure" 1 "no JDK >= 21 found: looked at JAVA_HOME (unset) and every directory under $TMP/b" java JRTC_JDK_DIRS="$TMP/b"
mkdir -p "$TMP/d" && mv "$TMP/a/jre30" "$TMP/d/"
expect "a JRE alone is rejected" 1 "no JDK >= 21 found" java JRTC_JDK_DIRS="$TMP/d"
expect "help lists the application commands" 0 "echo-client URL" help
expect "help lists the demo" 0 "demo [--port 8080]" help
expect "unknown command" 1 "unknown command: frobnicate" frobnicate JRTC_JDK_DIRS="$TMP/a"

echo "launcher-test: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
