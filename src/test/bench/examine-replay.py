#!/usr/bin/env python3
"""Shows the Dovecot behaviour behind mail.imap.SessionRenewal with raw IMAP, no RelayDesk:
times EXAMINE INBOX (QRESYNC ...) on one session before and after it picks up new mail, and on a
fresh session. Usage: examine-replay.py [PORT] [MAILDIR]  (defaults: the shared bench, 10143,
/tmp/imapbench/mail); needs write access to MAILDIR (delivers 10 messages with gen-mailbox.py).
"""
import os, re, socket, subprocess, sys, time

PORT = int(sys.argv[1]) if len(sys.argv) > 1 else 10143
MAILDIR = sys.argv[2] if len(sys.argv) > 2 else "/tmp/imapbench/mail"
BENCH = os.environ.get("BENCH", "/work/shared/bench")


class Session:
    def __init__(self):
        self.sock = socket.create_connection(("127.0.0.1", PORT))
        self.file = self.sock.makefile("rb")
        self.file.readline()
        self.n = 0
        self.cmd("LOGIN bench benchpass")
        self.cmd("ENABLE QRESYNC")

    def cmd(self, command):
        self.n += 1
        tag = "T%d" % self.n
        start = time.perf_counter()
        self.sock.sendall(("%s %s\r\n" % (tag, command)).encode())
        lines = []
        while True:
            line = self.file.readline()
            literal = re.search(rb"\{(\d+)\}\r\n$", line)
            if literal:
                line += self.file.read(int(literal.group(1)))
            lines.append(line)
            if line.startswith(tag.encode() + b" "):
                return (time.perf_counter() - start) * 1e3, lines

    def examine_ms(self, query, times=3):
        result = []
        for _ in range(times):
            ms, _ = self.cmd(query)
            self.cmd("CLOSE")
            result.append("%.1f" % ms)
        return " ".join(result)


first = Session()
_, status = first.cmd("STATUS INBOX (UIDVALIDITY HIGHESTMODSEQ)")
uidvalidity = re.search(rb"UIDVALIDITY (\d+)", status[0]).group(1).decode()
modseq = re.search(rb"HIGHESTMODSEQ (\d+)", status[0]).group(1).decode()
query = "EXAMINE INBOX (QRESYNC (%s %s))" % (uidvalidity, modseq)
first = Session()  # the STATUS above would taint the session itself
print("session before new mail  EXAMINE ms:", first.examine_ms(query))
subprocess.run([sys.executable, BENCH + "/gen-mailbox.py", "10", "--append", "--maildir", MAILDIR],
               check=True, stdout=subprocess.DEVNULL)
if os.getuid() == 0:
    subprocess.run(["chown", "-R", "imapbench:", MAILDIR], check=False)
time.sleep(1.5)
print("same session, new mail    EXAMINE ms:", first.examine_ms(query))
print("same session, later       EXAMINE ms:", first.examine_ms(query))
print("fresh session             EXAMINE ms:", Session().examine_ms(query))
