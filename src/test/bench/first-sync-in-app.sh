#!/bin/bash
# Times an app's first sync of a connected mailbox as a seller meets it: starts RelayDesk on a fresh
# copy of an account's settings, types the passphrase, and polls the cache file (read-only) for when
# the newest 1,000 messages are stored, when a buyer message delivered during the download is stored
# (with TAG set), and when every folder's older mail is in.
# Usage: first-sync-in-app.sh JAR ACCOUNT_DIR WORK_DIR
#   ACCOUNT_DIR holds account.properties and secrets.properties of a mailbox connected once
#   (menu → Connect a mailbox…, owner passphrase in RELAYDESK_PASSPHRASE); WORK_DIR is wiped.
#   DISPLAY must name a running X server (Xvfb :95); xdotool and sqlite3 must be installed.
#   START_WAIT: seconds from the app's start to typing the passphrase (default 7).
#   TAG=n appends a buyer message DELIVER_AT (default 8) s in (IMAP_HOST, IMAP_PORT, IMAP_USER, IMAP_PASS: the server itself,
#   not a throttling proxy) and reports when it is in the cache; UNTIL_TAG=1 stops there.
set -uo pipefail
jar=$1 account=$2 dir=$3
: "${RELAYDESK_PASSPHRASE:?the owner passphrase of ACCOUNT_DIR}"
pkill -f "data-dir $dir" ; sleep 1
rm -rf "$dir"; mkdir -p "$dir"; cp "$account/account.properties" "$account/secrets.properties" "$dir/"
java -Dprism.order=sw -jar "$jar" --data-dir "$dir" > "$dir.log" 2>&1 &
app=$!
sleep "${START_WAIT:-7}"  # until the passphrase dialog has the focus (longer on a busy machine)
xdotool type --delay 20 "$RELAYDESK_PASSPHRASE"; xdotool key Return
start=$(date +%s.%N); db=$(ls -d "$dir"/accounts 2>/dev/null)
shown="" sent="" got=""
elapsed() { echo "$(date +%s.%N) - $start" | bc; }
deliver() {
  python3 - "$1" <<'PY'
import imaplib, os, random, string, sys, time, email.utils
tag = sys.argv[1]
alias = ''.join(random.choice(string.ascii_lowercase + string.digits) for _ in range(12))
m = imaplib.IMAP4(os.environ.get('IMAP_HOST', '127.0.0.1'), int(os.environ['IMAP_PORT']))
m.login(os.environ['IMAP_USER'], os.environ['IMAP_PASS'])
msg = ("From: Grace - Amazon Marketplace <%s@marketplace.amazon.com>\r\nTo: seller@example.org\r\n"
       "Subject: Inquiry from Amazon customer Grace (Order: 114-5550000-%07d)\r\nDate: %s\r\n"
       "Message-ID: <new-%s-%d@relay.test>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
       "Hello, did my lamp ship yet?\r\n") % (alias, int(tag), email.utils.formatdate(), tag, time.time())
m.append('INBOX', None, imaplib.Time2Internaldate(time.time()), msg.encode())
m.logout()
PY
}
for _ in $(seq 1 1200); do
  sleep 0.5
  db=$(ls "$dir"/accounts/*.sqlite 2>/dev/null | head -1)
  [ -n "$db" ] || continue
  r=$(sqlite3 -readonly "$db" "SELECT (SELECT count(*) FROM messages),
        (SELECT count(*) FROM folders WHERE backfill_below_uid IS NOT NULL AND uid_next < backfill_below_uid),
        (SELECT count(*) FROM folders WHERE uid_next > 1)" 2>/dev/null) || continue
  IFS='|' read -r n open synced <<< "$r"
  now=$(elapsed)
  if [ -z "$shown" ] && [ "${n:-0}" -ge 1000 ]; then shown=$now; echo "newest 1000 stored at $now s"; fi
  if [ -n "${TAG:-}" ] && [ -z "$sent" ] && [ "$(echo "$now > ${DELIVER_AT:-8}" | bc)" = 1 ]; then
    began=$(elapsed); deliver "$TAG"; sent=$(elapsed)
    echo "a buyer message delivered at $sent s (its APPEND began at $began s)"
  fi
  if [ -n "$sent" ] && [ -z "$got" ] && [ "$(sqlite3 -readonly "$db" \
      "SELECT count(*) FROM messages WHERE message_id LIKE '<new-$TAG-%'")" != 0 ]; then
    got=$(elapsed); echo "  ... in the cache at $got s, $(echo "$got - $began" | bc) s after its APPEND began"
    [ -n "${UNTIL_TAG:-}" ] && break
  fi
  if [ "$open" = 0 ] && [ "${synced:-0}" -ge 2 ]; then echo "all $n messages stored at $now s"; break; fi
done
kill $app
