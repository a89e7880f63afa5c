"""Raw IMAP for the bench scripts here, no client library in the way: one session per object,
commands timed from send to tagged answer. Used by examine-replay.py and fresh-mail-examine.py."""
import re, socket, time


class Session:
    def __init__(self, port, user="bench", password="benchpass"):
        self.sock = socket.create_connection(("127.0.0.1", port))
        self.file = self.sock.makefile("rb")
        self.file.readline()
        self.n = 0
        self.cmd("LOGIN %s %s" % (user, password))
        self.cmd("ENABLE QRESYNC")

    def send(self, data):
        """Sends one tagged command (bytes, may hold literals); the tag is T<n>."""
        self.n += 1
        self.sock.sendall(b"T%d " % self.n + data + b"\r\n")

    def cmd(self, command):
        """Runs a command; returns (milliseconds to its tagged answer, the answer's lines)."""
        start = time.perf_counter()
        self.send(command.encode())
        lines = []
        while True:
            line = self.file.readline()
            literal = re.search(rb"\{(\d+)\}\r\n$", line)
            if literal:
                line += self.file.read(int(literal.group(1)))
            lines.append(line)
            if line.startswith(b"T%d " % self.n):
                return (time.perf_counter() - start) * 1e3, lines


def examine_query(port):
    """EXAMINE INBOX (QRESYNC ...) as of now, and INBOX's UIDNEXT. Asked on a session of its own:
    a STATUS of INBOX would taint the session that later opens it (README, Mail sync)."""
    _, status = Session(port).cmd("STATUS INBOX (UIDVALIDITY HIGHESTMODSEQ UIDNEXT)")
    v, m, u = (re.search(rb"%s (\d+)" % k, status[0]).group(1).decode() for k in (b"UIDVALIDITY", b"HIGHESTMODSEQ", b"UIDNEXT"))
    return "EXAMINE INBOX (QRESYNC (%s %s))" % (v, m), int(u)
