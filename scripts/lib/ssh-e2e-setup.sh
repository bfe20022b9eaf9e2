# Shared set-up of the SSH end-to-end scripts (ssh-review-e2e.sh, ssh-signing-e2e.sh), sourced
# after `cd` to the checkout with E2E_NAME (the name in messages and temporary names) and
# E2E_USER_PREFIX (the throw-away review user's prefix) set. It checks it can run (root,
# sshd, ssh, tmux; exit 77 otherwise), makes the work folder and the review user, copies
# kyiln where that user may run it, and removes everything again on exit (the trap).
# Defines: say, fail, REPO, WORK, RUSER, TMUX_SOCKET, SSHD_PID, FORWARD_PID, KYILN, STORE, k.
# shellcheck shell=bash
REPO=$PWD
SOURCE_KYILN=$(realpath "${1:-.build/debug/kyiln}")

say() { printf '%s: %s\n' "$E2E_NAME" "$*" >&2; }
fail() { say "FAILED: $*"; exit 1; }

if [ "$(id -u)" -ne 0 ]; then
    say "cannot run: needs root to create a test user and start sshd (run as root, as CI does)"
    exit 77
fi
[ -x "$SOURCE_KYILN" ] || fail "no kyiln binary at $SOURCE_KYILN (build first)"
if [ ! -x /usr/sbin/sshd ] || ! command -v ssh >/dev/null || ! command -v tmux >/dev/null; then
    "$REPO/scripts/needs" openssh-server openssh-client tmux || { say "cannot run: sshd, ssh or tmux missing and not installable"; exit 77; }
fi
[ -x /usr/sbin/sshd ] || { say "cannot run: /usr/sbin/sshd is still missing"; exit 77; }

# Signals blocked by whoever started us are inherited by every child (ssh, tmux): a blocked
# SIGHUP or SIGTERM would make the hang-up and clean-up steps wait for ever.
# Read with builtins only: bash blocks SIGINT, SIGTERM and SIGCHLD around a fork, so a
# command substitution could read that passing mask instead of the one we were started with.
blocked=0
while read -r field value; do
    if [ "$field" = "SigBlk:" ]; then blocked=$((16#$value)); fi
done </proc/$$/status
if (( blocked & 0x4001 )); then fail "started with SIGHUP or SIGTERM blocked (mask $(printf %x $blocked)); start it from a plain shell or with a clean signal mask"; fi

START=$(date +%s)
# StrictModes checks every folder above the key files: none may be group- or
# world-writable, so not under /tmp. /run is root's and 0755.
BASE=/run
[ -w /run ] || BASE=/var/lib
WORK=$(mktemp -d "$BASE/kyiln-$E2E_NAME.XXXXXX")
chmod 0755 "$WORK"
RUSER="$E2E_USER_PREFIX$$"
RUSER=${RUSER:0:30}
TMUX_SOCKET="kyiln-$E2E_NAME-$$"
SSHD_PID=""
FORWARD_PID=""

cleanup() {
    local status=$?
    [ -n "$FORWARD_PID" ] && kill -KILL "$FORWARD_PID" 2>/dev/null || true
    local tmux_pid
    tmux_pid=$(tmux -L "$TMUX_SOCKET" display-message -p '#{pid}' 2>/dev/null || true)
    tmux -L "$TMUX_SOCKET" kill-server 2>/dev/null || true
    [ -n "$tmux_pid" ] && kill -KILL "$tmux_pid" 2>/dev/null || true
    if [ -n "$SSHD_PID" ]; then
        kill "$SSHD_PID" 2>/dev/null || true
        wait "$SSHD_PID" 2>/dev/null || true
    fi
    if id "$RUSER" >/dev/null 2>&1; then
        # Sessions of the test user end with its connections; wait for them before removing it.
        for _ in $(seq 1 30); do pgrep -u "$RUSER" >/dev/null || break; sleep 0.1; done
        userdel "$RUSER" 2>/dev/null || true
    fi
    getent group "$RUSER" >/dev/null && groupdel "$RUSER" 2>/dev/null || true
    if [ $status -ne 0 ] && [ -f "$WORK/sshd.log" ]; then
        say "sshd log (last 30 lines):"
        tail -n 30 "$WORK/sshd.log" >&2 || true
    fi
    rm -rf "$WORK"
    exit $status
}
trap cleanup EXIT INT TERM HUP

# --- the review account: its own user and group, a real shell, no password, no home.
useradd --no-create-home --home-dir /nonexistent --shell /bin/sh --user-group "$RUSER"
# useradd locks with "!", which sshd without PAM treats as a locked account: "*" is "no password".
usermod -p '*' "$RUSER"

# --- kyiln, where the review user may run it.
mkdir -m 0755 "$WORK/bin"
cp "$SOURCE_KYILN" "$WORK/bin/kyiln"
chmod 0755 "$WORK/bin/kyiln"
KYILN="$WORK/bin/kyiln"
STORE="$WORK/store"
k() { "$KYILN" --store "$STORE" "$@"; }
