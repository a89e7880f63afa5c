#!/usr/bin/env python3
"""Shows the Dovecot behaviour behind mail.imap.SessionRenewal with raw IMAP, no RelayDesk:
times EXAMINE INBOX (QRESYNC ...) on one session before and after it picks up new mail, and on a
fresh session. Usage: examine-replay.py [PORT] [MAILDIR]  (defaults: the shared bench, 10143,
/tmp/imapbench/mail); needs write access to MAILDIR (delivers 10 messages with gen-mailbox.py).
"""
import functools, os, subprocess, sys, time

import rawimap

PORT = int(sys.argv[1]) if len(sys.argv) > 1 else 10143
MAILDIR = sys.argv[2] if len(sys.argv) > 2 else "/tmp/imapbench/mail"
BENCH = os.environ.get("BENCH", "/work/shared/bench")


Session = functools.partial(rawimap.Session, PORT)


def examine_ms(session, query, times=3):
    result = []
    for _ in range(times):
        ms, _ = session.cmd(query)
        session.cmd("CLOSE")
        result.append("%.1f" % ms)
    return " ".join(result)


query, _ = rawimap.examine_query(PORT)
first = Session()
print("session before new mail  EXAMINE ms:", examine_ms(first, query))
subprocess.run([sys.executable, BENCH + "/gen-mailbox.py", "10", "--append", "--maildir", MAILDIR],
               check=True, stdout=subprocess.DEVNULL)
if os.getuid() == 0:
    subprocess.run(["chown", "-R", "imapbench:", MAILDIR], check=False)
time.sleep(1.5)
print("same session, new mail    EXAMINE ms:", examine_ms(first, query))
print("same session, later       EXAMINE ms:", examine_ms(first, query))
print("fresh session             EXAMINE ms:", examine_ms(Session(), query))
