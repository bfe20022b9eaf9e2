# Starts the SSH end-to-end scripts' throw-away sshd on a random port of 127.0.0.1 (five tries),
# sourced after ssh-e2e-setup.sh once the host key is in $WORK/etc/host_key. $KEYS_CONFIG, when
# set, replaces the AuthorizedKeysFile line (a restart with `start_sshd` uses it). Defines:
# start_sshd, PORT, SSHD_PID, SSH_OPTS (the client options every connection uses).
# shellcheck shell=bash
mkdir -p /run/sshd
chmod 0755 /run/sshd
start_sshd() {
    PORT=$((20000 + RANDOM % 30000))
    cat >"$WORK/etc/sshd_config" <<EOF
Port $PORT
ListenAddress 127.0.0.1
HostKey $WORK/etc/host_key
PidFile $WORK/sshd.pid
UsePAM no
StrictModes yes
AllowUsers $RUSER
${KEYS_CONFIG:-AuthorizedKeysFile $STORE/access/authorized_keys}
AuthenticationMethods publickey
PubkeyAuthentication yes
PasswordAuthentication no
KbdInteractiveAuthentication no
PermitRootLogin no
PermitTTY yes
DisableForwarding yes
AllowTcpForwarding no
AllowAgentForwarding no
AllowStreamLocalForwarding no
X11Forwarding no
PermitTunnel no
PermitUserRC no
PermitUserEnvironment no
MaxSessions 1
ClientAliveInterval 30
LogLevel VERBOSE
EOF
    /usr/sbin/sshd -t -f "$WORK/etc/sshd_config" || fail "sshd -t refused the configuration"
    : >"$WORK/sshd.log"  # a restart waits for its own "Server listening"
    /usr/sbin/sshd -D -f "$WORK/etc/sshd_config" -E "$WORK/sshd.log" &
    SSHD_PID=$!
    for _ in $(seq 1 50); do
        grep -q "Server listening" "$WORK/sshd.log" 2>/dev/null && return 0
        kill -0 "$SSHD_PID" 2>/dev/null || break
        sleep 0.1
    done
    kill "$SSHD_PID" 2>/dev/null || true
    wait "$SSHD_PID" 2>/dev/null || true
    SSHD_PID=""
    return 1
}
for attempt in 1 2 3 4 5; do start_sshd && break; [ $attempt -eq 5 ] && fail "sshd did not start"; done
say "sshd (pid $SSHD_PID) on 127.0.0.1:$PORT, review user $RUSER"

SSH_OPTS=(-F /dev/null -p "$PORT" -o IdentitiesOnly=yes -o BatchMode=yes -o ConnectTimeout=5
          -o StrictHostKeyChecking=accept-new -o UserKnownHostsFile="$WORK/known_hosts" -o LogLevel=ERROR)
