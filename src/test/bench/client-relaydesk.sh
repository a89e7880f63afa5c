#!/bin/bash
# Client adapter for the shared IMAP benchmark (bench-mbsync.sh): `relaydesk sync` into LOCALDIR.
# Usage: client-relaydesk.sh PHASE LOCALDIR
#   PHASE initial | noop | incremental: one `relaydesk sync` (the same command for all three;
#   the cache in LOCALDIR decides what is new); PHASE verify prints messages=<cached messages>.
# Reads IMAP_HOST, IMAP_PORT, IMAP_USER, IMAP_PASS. The jar: $RELAYDESK_JAR, else target/relaydesk.jar
# of this checkout (mvn -q package -DskipTests). Heap pinned at 256 MB, as the issue's target says.
# It runs installer/relaydesk, the command-line launcher a user runs, so the figure is that
# command's: its JVM flags and its class-data archive (recorded in the background, into
# XDG_CACHE_HOME, by the first run that finds none; that first run goes without it).
# RELAYDESK_PLAIN_JVM=1 runs the plain `java -Xmx256m -jar relaydesk.jar sync ...` instead, for a
# figure beside it.
set -euo pipefail
phase=$1 dir=${2%/}
here=$(cd "$(dirname "$0")" && pwd)
export RELAYDESK_JAR=${RELAYDESK_JAR:-$here/../../../target/relaydesk.jar}
args=(--data-dir "$dir" sync --host "$IMAP_HOST" --port "$IMAP_PORT" --user "$IMAP_USER" --password-env IMAP_PASS --plain)
[ "$phase" = verify ] && args+=(--verify) || mkdir -p "$dir"
if [ -n "${RELAYDESK_PLAIN_JVM:-}" ]; then
  exec java -Xmx256m -jar "$RELAYDESK_JAR" "${args[@]}"
fi
export RELAYDESK_JAVA_OPTIONS=-Xmx256m
exec "$here/../../../installer/relaydesk" "${args[@]}"
