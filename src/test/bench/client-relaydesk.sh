#!/bin/bash
# Client adapter for the shared IMAP benchmark (bench-mbsync.sh): `relaydesk sync` into LOCALDIR.
# Usage: client-relaydesk.sh PHASE LOCALDIR
#   PHASE initial | noop | incremental: one `relaydesk sync` (the same command for all three;
#   the cache in LOCALDIR decides what is new); PHASE verify prints messages=<cached messages>.
# Reads IMAP_HOST, IMAP_PORT, IMAP_USER, IMAP_PASS. The jar: $RELAYDESK_JAR, else target/relaydesk.jar
# of this checkout (mvn -q package -DskipTests). Heap pinned at 256 MB, as the issue's target says.
# The untimed verify phase also writes a class-data-sharing archive that later runs start from
# (JVM start-up is inside the timed figure); the archive's name carries the jar's size and time,
# so a rebuilt jar gets a fresh archive instead of a stale one the JVM would refuse.
# RELAYDESK_PLAIN_JVM=1 runs the plain `java -Xmx256m -jar relaydesk.jar sync ...` instead (no C1-only,
# no SerialGC, no archive of our own): what the README's command line runs, for a figure beside it.
set -euo pipefail
phase=$1 dir=${2%/}
here=$(cd "$(dirname "$0")" && pwd)
jar=${RELAYDESK_JAR:-$here/../../../target/relaydesk.jar}
cds=${RELAYDESK_CDS:-${TMPDIR:-/tmp}/relaydesk-bench-$(stat -c %s-%Y "$jar").jsa}
args=(--data-dir "$dir" sync --host "$IMAP_HOST" --port "$IMAP_PORT" --user "$IMAP_USER" --password-env IMAP_PASS --plain)
jvm=(-Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1)
if [ -n "${RELAYDESK_PLAIN_JVM:-}" ]; then
  [ "$phase" = verify ] && exec java -Xmx256m -jar "$jar" "${args[@]}" --verify
  mkdir -p "$dir"
  exec java -Xmx256m -jar "$jar" "${args[@]}"
fi
if [ "$phase" = verify ]; then
  [ -s "$cds" ] || jvm+=(-XX:ArchiveClassesAtExit="$cds")
  exec java "${jvm[@]}" -Xlog:cds=off -Xlog:cds+dynamic=off -jar "$jar" "${args[@]}" --verify
fi
[ -s "$cds" ] && jvm+=(-XX:SharedArchiveFile="$cds" -Xlog:cds=off)
mkdir -p "$dir"
exec java "${jvm[@]}" -jar "$jar" "${args[@]}"
