#!/bin/bash
# Start a private Dovecot for the tests, on loopback only, everything under $1 (the tests' folder):
#   imap  127.0.0.1:$2 (plain and STARTTLS)    imaps 127.0.0.1:$3 (self-signed cert in $1/tls/cert.pem)
# Users: seller / secret, and umlaut / Grüße-Straße-ä1 (a non-ASCII password) on the same mailbox.
# Adapted from the shared bench's setup-dovecot.sh; never reads /etc/dovecot.
# Dovecot refuses to serve mail as root: as root it runs as the system user "relaydesk-test".
set -euo pipefail
ROOT=$1 PORT=$2 TLS_PORT=$3
command -v dovecot > /dev/null || { echo "dovecot not installed" >&2; exit 3; }
if [ "$(id -u)" = 0 ]; then
  RUN_AS=relaydesk-test
  id -u "$RUN_AS" > /dev/null 2>&1 ||
    useradd --system --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin "$RUN_AS"
else
  RUN_AS=$(id -un)
fi
RUN_GROUP=$(id -gn "$RUN_AS")
mkdir -p "$ROOT"/{run,state,home,tls} "$ROOT"/mail/{cur,new,tmp}
chmod 755 "$ROOT"
openssl req -x509 -newkey rsa:2048 -nodes -days 30 -subj /CN=localhost \
  -addext "subjectAltName=DNS:localhost,IP:127.0.0.1" \
  -keyout "$ROOT/tls/key.pem" -out "$ROOT/tls/cert.pem" 2> /dev/null
echo "seller:{PLAIN}secret:$(id -u "$RUN_AS"):$(id -g "$RUN_AS")::$ROOT/home::" > "$ROOT/users"
# A second login to the same mailbox whose password is not ASCII (sellers in Germany and France have
# umlauts and accents in theirs); the file is UTF-8, as Dovecot compares the bytes it is sent.
echo "umlaut:{PLAIN}Grüße-Straße-ä1:$(id -u "$RUN_AS"):$(id -g "$RUN_AS")::$ROOT/home::" >> "$ROOT/users"
DH=/usr/share/dovecot/dh.pem
cat > "$ROOT/dovecot.conf" <<CONF
instance_name = relaydesk-test-$PORT
base_dir = $ROOT/run
state_dir = $ROOT/state
log_path = $ROOT/dovecot.log
protocols = imap
listen = 127.0.0.1
default_login_user = $RUN_AS
default_internal_user = $RUN_AS
default_internal_group = $RUN_GROUP
first_valid_uid = 1
ssl = yes
ssl_cert = <$ROOT/tls/cert.pem
ssl_key = <$ROOT/tls/key.pem
$( [ -r $DH ] && echo "ssl_dh = <$DH" )
disable_plaintext_auth = no
auth_mechanisms = plain login
passdb {
  driver = passwd-file
  args = $ROOT/users
}
userdb {
  driver = passwd-file
  args = $ROOT/users
}
mail_location = maildir:$ROOT/mail
namespace inbox {
  inbox = yes
  mailbox Sent {
    special_use = \\Sent
    auto = subscribe
  }
}
protocol imap {
  mail_max_userip_connections = 100
}
service imap-login {
  chroot =
  inet_listener imap {
    address = 127.0.0.1
    port = $PORT
  }
  inet_listener imaps {
    address = 127.0.0.1
    port = $TLS_PORT
    ssl = yes
  }
}
service anvil {
  chroot =
}
CONF
chown -R "$RUN_AS:$RUN_GROUP" "$ROOT"/{run,state,home,tls,mail,users}
: > "$ROOT/dovecot.log"
chown "$RUN_AS:$RUN_GROUP" "$ROOT/dovecot.log"
if [ "$(id -u)" = 0 ]; then
  setpriv --reuid="$RUN_AS" --regid="$RUN_GROUP" --clear-groups dovecot -c "$ROOT/dovecot.conf" < /dev/null > /dev/null 2>&1
else
  dovecot -c "$ROOT/dovecot.conf" < /dev/null > /dev/null 2>&1
fi
for _ in $(seq 100); do
  if [ -s "$ROOT/run/master.pid" ] && (exec 3<> /dev/tcp/127.0.0.1/"$PORT") 2> /dev/null; then
    cat "$ROOT/run/master.pid"
    exit 0
  fi
  sleep 0.1
done
echo "dovecot did not start; see $ROOT/dovecot.log" >&2
tail -5 "$ROOT/dovecot.log" >&2
exit 1
