# A stock IMAP client (Python's imaplib) reads the demo INBOX: prints the message count and the
# Subject/From of the newest message. Usage: imap_read_inbox.py HOST PORT USER PASSWORD
import imaplib
import sys

host, port, user, password = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
imap = imaplib.IMAP4(host, port)
imap.login(user, password)
status, data = imap.select("INBOX", readonly=True)
count = int(data[0])
print("COUNT", count)
status, fetched = imap.fetch(str(count), "(BODY.PEEK[HEADER.FIELDS (SUBJECT FROM)])")
print(fetched[0][1].decode("utf-8", "replace").strip())
imap.logout()
