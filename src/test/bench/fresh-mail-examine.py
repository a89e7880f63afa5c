#!/usr/bin/env python3
"""What Dovecot charges for opening a big maildir folder right after new mail, with raw IMAP and no
RelayDesk (see README, Mail sync, "+100 at 50k").

  fresh-mail-examine.py window [PORT]          10 APPENDs, then at once EXAMINE INBOX on the session
                                               that appended, a fresh one, and one logged in before
  fresh-mail-examine.py push [PORT] [MAILDIR]  the app's flow: an IDLE session on INBOX, 100 messages
                                               renamed into MAILDIR/new as an MTA delivers (DELIVERY=lda:
                                               one MULTIAPPEND, as Dovecot's LDA/LMTP saves), and a sync
                                               session logged in ahead that opens INBOX as soon as IDLE
                                               reports the mail; then the same EXAMINE 3 s later
  fresh-mail-examine.py idlefetch [PORT] [MAILDIR]  the same delivery, but the IDLE session (INBOX
                                               examined with QRESYNC) fetches the new mail itself: DONE,
                                               UID FETCH <UIDNEXT>:* of the bodies; against an EXAMINE
                                               on a session logged in before, at the same moment
                                               (ORDER=parallel), after the fetch (after) or before it (before)
Defaults: PORT 10143, MAILDIR /tmp/imapbench/mail, user bench/benchpass; TRIALS=3. It adds mail to INBOX.
"""
import functools, os, re, statistics, sys, time

import rawimap

MODE = sys.argv[1] if len(sys.argv) > 1 else "window"
PORT = int(sys.argv[2]) if len(sys.argv) > 2 else 10143
MAILDIR = sys.argv[3] if len(sys.argv) > 3 else "/tmp/imapbench/mail"
TRIALS = int(os.environ.get("TRIALS", "3"))


Session = functools.partial(rawimap.Session, PORT)


def message(i, tag):
    return ("From: buyer%d@marketplace.amazon.com\r\nSubject: where is it %d\r\nMessage-ID: <%s.%d.%f@bench>\r\n\r\n"
            % (i, i, tag, i, time.time()) + "Where is my parcel? " * 100 + "\r\n").encode()


def examine_query():
    return rawimap.examine_query(PORT)


def dovecot_ms(lines):
    m = re.search(rb"\((\d+\.\d+) \+", lines[-1])
    return float(m.group(1)) * 1e3 if m else float("nan")


def window():
    res = {"same session": [], "fresh session": [], "logged in before": [], "fresh session 2.5 s later": []}
    for _ in range(TRIALS):
        for who in list(res)[:3]:
            query, _ = examine_query()
            time.sleep(2.5)  # out of the previous trial's window
            appender, ahead = Session(), Session()
            for i in range(10):
                body = message(i, "w")
                appender.send(b"APPEND INBOX {%d+}\r\n" % len(body) + body)
                while not appender.file.readline().startswith(b"T%d " % appender.n):
                    pass
            s = appender if who == "same session" else ahead if who == "logged in before" else Session()
            res[who].append(s.cmd(query)[0])
            time.sleep(2.5)
            res["fresh session 2.5 s later"].append(Session().cmd(query)[0])
    for who, ms in res.items():
        print("EXAMINE INBOX right after 10 APPENDs, %-26s median %6.1f ms  (%s)" % (who, statistics.median(ms), " ".join("%.0f" % x for x in ms)))


def deliver(t):
    """100 messages into INBOX as an MTA (or with DELIVERY=lda, as Dovecot's LDA) delivers them."""
    import pwd
    uid = pwd.getpwnam("imapbench").pw_uid if os.getuid() == 0 else -1
    if os.environ.get("DELIVERY", "mta") == "lda":
        d = Session()
        parts = [b"{%d+}\r\n" % len(b) + b for b in (message(i, "lda") for i in range(100))]
        d.send(b"APPEND INBOX " + b" ".join(parts))
        while not d.file.readline().startswith(b"T%d " % d.n):
            pass
        return
    names = []
    for i in range(100):
        name = "%d.M%dP%d.freshmail%d_%d" % (time.time(), i, os.getpid(), t, i)
        path = os.path.join(MAILDIR, "tmp", name)
        with open(path, "wb") as f:
            f.write(message(i, "mta"))
        if uid >= 0:
            os.chown(path, uid, -1)
        names.append(name)
    for name in names:
        os.rename(os.path.join(MAILDIR, "tmp", name), os.path.join(MAILDIR, "new", name))


def push():
    rows = []
    for t in range(TRIALS):
        query, uidnext = examine_query()
        idle = Session()
        idle.cmd("EXAMINE INBOX")
        idle.send(b"IDLE")
        idle.file.readline()
        sync = Session()
        time.sleep(2.5)
        deliver(t)
        delivered = time.perf_counter()
        while b"EXISTS" not in idle.file.readline():
            pass
        told = time.perf_counter()
        ex_ms, lines = sync.cmd(query)
        fetch_ms, _ = sync.cmd("UID FETCH %d:* (UID FLAGS INTERNALDATE RFC822.SIZE BODY.PEEK[] MODSEQ)" % uidnext)
        time.sleep(3)
        later_ms, _ = Session().cmd(query)
        rows.append(((told - delivered) * 1e3, ex_ms, dovecot_ms(lines), fetch_ms, later_ms))
        print("IDLE told %.0f ms after delivery; EXAMINE then %.1f ms (Dovecot's own %.0f), body FETCH %.1f ms;"
              " EXAMINE 3 s later %.1f ms" % rows[-1])
    print("median EXAMINE as soon as IDLE tells: %.1f ms; 3 s later: %.1f ms"
          % (statistics.median(r[1] for r in rows), statistics.median(r[4] for r in rows)))


def idlefetch():
    import threading
    order = os.environ.get("ORDER", "parallel")
    rows = []
    for t in range(TRIALS):
        query, uidnext = examine_query()
        idle = Session()
        idle.cmd(query)  # as the app's watcher would: the folder open with QRESYNC from the cached state
        idle.send(b"IDLE")
        idle.file.readline()
        other = Session()
        time.sleep(2.5)
        deliver(t)
        delivered = time.perf_counter()
        exists = 0
        while exists == 0:
            m = re.match(rb"\* (\d+) EXISTS", idle.file.readline())
            exists = int(m.group(1)) if m else 0
        told = time.perf_counter()
        got = {}

        def fetch():
            start = time.perf_counter()
            idle.sock.sendall(b"DONE\r\n")
            while not idle.file.readline().startswith(b"T%d " % idle.n):
                pass
            ms, lines = idle.cmd("UID FETCH %d:* (UID FLAGS INTERNALDATE RFC822.SIZE BODY.PEEK[] MODSEQ)" % uidnext)
            got["fetch"] = ((time.perf_counter() - start) * 1e3, dovecot_ms(lines),
                            sum(1 for l in lines if b" FETCH (" in l and b"BODY[]" in l))
            # what the app asks next on the same session: flag changes and expunges since the cached MODSEQ
            modseq = re.search(r"QRESYNC \(\d+ (\d+)\)", query).group(1)
            got["changes"] = idle.cmd("UID FETCH 1:* (UID FLAGS) (CHANGEDSINCE %s VANISHED)" % modseq)[0]

        def examine():
            ms, lines = other.cmd(query)
            got["examine"] = (ms, dovecot_ms(lines))

        if order == "parallel":
            threads = [threading.Thread(target=f) for f in (fetch, examine)]
            [th.start() for th in threads]
            [th.join() for th in threads]
        else:
            for f in ((fetch, examine) if order == "after" else (examine, fetch)):
                f()
        rows.append(((told - delivered) * 1e3,) + got["fetch"] + got["examine"] + (got["changes"],))
        print("IDLE told %.0f ms after delivery; on it DONE + UID FETCH %.1f ms (Dovecot's own %.1f), %d bodies;"
              " EXAMINE on another session %.1f ms (Dovecot's own %.1f); then on the IDLE session"
              " UID FETCH (CHANGEDSINCE VANISHED) %.1f ms" % rows[-1])
        time.sleep(3)  # out of the window before the next trial
    print("ORDER=%s median DONE + FETCH on the IDLE session %.1f ms; EXAMINE elsewhere %.1f ms"
          % (order, statistics.median(r[1] for r in rows), statistics.median(r[4] for r in rows)))


{"window": window, "push": push, "idlefetch": idlefetch}[MODE]()
