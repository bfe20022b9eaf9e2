#!/usr/bin/env bash
# End-to-end test of the district review over a real OpenSSH server, all on 127.0.0.1.
#
#   scripts/ssh-review-e2e.sh [path/to/kyiln]
#
# Needs root (it creates a Unix user and starts sshd); installs openssh-server,
# openssh-client and tmux with apt-get when they are missing. Exit status: 0 passed,
# 77 cannot run here (not root, or sshd missing and not installable), anything else failed.
# Everything it creates lives in one folder and one throw-away user, removed at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
E2E_NAME=ssh-e2e
E2E_USER_PREFIX=kyrv
# shellcheck source=lib/ssh-e2e-setup.sh
source scripts/lib/ssh-e2e-setup.sh

# --- two districts' letters, both sent for review, each with its own marker.
YEAR=2022-2023
k new --district "District A" --year $YEAR >/dev/null
k new --district "District B" --year $YEAR >/dev/null
k set district-a --year $YEAR superintendent.name "Alice Alphamarker" >/dev/null
k set district-b --year $YEAR superintendent.name "Bruno Bravomarker" >/dev/null
k status district-a --year $YEAR in-review >/dev/null
k status district-b --year $YEAR in-review >/dev/null
k access init --group "$RUSER" >/dev/null

# --- keys: host key and one client key per person, in folders of their own.
mkdir -m 0700 "$WORK/etc" "$WORK/keys"
ssh-keygen -q -t ed25519 -N '' -f "$WORK/etc/host_key"
for who in a b revoked; do ssh-keygen -q -t ed25519 -N '' -C "$who@e2e" -f "$WORK/keys/$who"; done
k access grant --district district-a --key "$WORK/keys/a.pub" --name "Ann Able" >/dev/null
k access grant --district district-b --key "$WORK/keys/b.pub" --name "Bea Baker" >/dev/null
k access grant --district district-a --key "$WORK/keys/revoked.pub" --name "Rex Revoked" >/dev/null
REVOKED_FP=$(ssh-keygen -lf "$WORK/keys/revoked.pub" | awk '{print $2}')
k access revoke --fingerprint "$REVOKED_FP" >/dev/null
k access list | grep -q "Ann Able" || fail "access list does not show Ann Able"
k access list | grep -q "Rex Revoked" && fail "access list still shows the revoked key"

# --- a throw-away sshd on its own port.
# shellcheck source=lib/ssh-e2e-sshd.sh
source scripts/lib/ssh-e2e-sshd.sh
ssh_as() {  # key name, [ssh options...], --, [remote command...]
    local who=$1; shift
    local opts=()
    while [ $# -gt 0 ] && [ "$1" != "--" ]; do opts+=("$1"); shift; done
    [ $# -gt 0 ] && shift
    ssh "${SSH_OPTS[@]}" -i "$WORK/keys/$who" "${opts[@]}" "$RUSER@127.0.0.1" "$@"
}

# --- tmux at 80x24: one window per session under test.
tmx() { tmux -L "$TMUX_SOCKET" "$@"; }
screen_of() { tmx capture-pane -p -t "$1"; }
wait_for() {  # window, text, [seconds]
    local deadline=$(( $(date +%s) + ${3:-10} ))
    while [ "$(date +%s)" -le $deadline ]; do
        screen_of "$1" 2>/dev/null | grep -qF -- "$2" && return 0
        sleep 0.1
    done
    say "screen of $1:"; screen_of "$1" >&2 || true
    fail "timed out waiting for \"$2\" in $1"
}
open_session() {  # window name, key name, [extra ssh options], [remote command]
    local name=$1 who=$2 extra=${3:-} remote=${4:-}
    local cmd="env TERM=${SESSION_TERM:-xterm-256color} ssh ${SSH_OPTS[*]} -i $WORK/keys/$who -tt $extra $RUSER@127.0.0.1 $remote; echo SSH-EXIT=\$?; sleep 60"
    if tmx has-session 2>/dev/null; then
        tmx new-window -d -n "$name" "$cmd"
    else
        tmx -f /dev/null new-session -d -s e2e -n "$name" -x 80 -y 24 "$cmd"
        tmx set-option -t e2e window-size manual >/dev/null
    fi
}
type_text() { tmx send-keys -t "$1" -l -- "$2"; wait_for "$1" "$2"; }
never_shows_b() { screen_of "$1" | grep -qE "District B|Bravomarker" && fail "$1 showed district B's letter"; return 0; }
reviews_dir="$STORE/reviews/$YEAR/district-a"
review_count() { find "$reviews_dir" -name '*.json' 2>/dev/null | wc -l; }

# 1. District A's key shows district A's letter; approving records the decision.
open_session approve a
wait_for approve "Review · District A"
never_shows_b approve
tmx send-keys -t approve 3
wait_for approve "Alice Alphamarker"
tmx send-keys -t approve 6
wait_for approve "press A to approve"
tmx send-keys -t approve a
wait_for approve "Type your full name"
type_text approve "Ann Able"
tmx send-keys -t approve Enter
wait_for approve "Approved revision"
wait_for approve "approved · revision"
[ "$(review_count)" -eq 1 ] || fail "expected one review file after approving, found $(review_count)"
file=$(find "$reviews_dir" -name '*.json')
grep -q '"decision" : "approve"' "$file" || fail "the review file does not record an approval"
grep -q '"reviewerName" : "Ann Able"' "$file" || fail "the review file does not name the reviewer"
A_FP=$(ssh-keygen -lf "$WORK/keys/a.pub" | awk '{print $2}')
grep -qF "\"fingerprint\" : \"$A_FP\"" "$file" || fail "the review file does not carry the key fingerprint"
[ "$(stat -c %U "$file")" = "$RUSER" ] || fail "the review was not written by the review user"
never_shows_b approve
tmx send-keys -t approve q
wait_for approve "SSH-EXIT=0"
say "ok: approve"

# 2. Requesting changes records the comment.
open_session changes a
wait_for changes "Review · District A"
tmx send-keys -t changes c
wait_for changes "What should change?"
type_text changes "Please fix the superintendent email"
tmx send-keys -t changes Tab
type_text changes "Ann Able"
tmx send-keys -t changes C-s
wait_for changes "request for changes"
wait_for changes "changes requested"
[ "$(review_count)" -eq 2 ] || fail "expected two review files, found $(review_count)"
grep -l "Please fix the superintendent email" "$reviews_dir"/*.json >/dev/null || fail "the comment was not recorded"
grep -l '"decision" : "request-changes"' "$reviews_dir"/*.json >/dev/null || fail "the request for changes was not recorded"
tmx send-keys -t changes q
wait_for changes "SSH-EXIT=0"
say "ok: request changes"

# 2b. A letter saved after the reviewer opened it: the decision is refused and the screen reloads.
open_session conflict a
wait_for conflict "Review · District A"
# The program manager sees the request for changes (merged from the review), edits, and sends it back.
k set district-a --year $YEAR superintendent.email "alice@district-a.example" >/dev/null
k status district-a --year $YEAR in-review >/dev/null
tmx send-keys -t conflict a
wait_for conflict "Type your full name"
type_text conflict "Ann Able"
tmx send-keys -t conflict Enter
wait_for conflict "The letter changed"
[ "$(review_count)" -eq 2 ] || fail "a review of a changed letter was recorded"
tmx send-keys -t conflict Enter
wait_for conflict "in review · revision"
tmx send-keys -t conflict q
wait_for conflict "SSH-EXIT=0"
say "ok: a letter changed after opening is not decided on"
REVISION=$(k show district-a --year $YEAR --format json | grep '"revision"')

# 3. Another command asked for still gets district A's review, and only that.
open_session passwd a "" "'cat /etc/passwd'"
wait_for passwd "Review · District A"
screen_of passwd | grep -q "root:x:0" && fail "cat /etc/passwd ran"
never_shows_b passwd
tmx send-keys -t passwd q
wait_for passwd "SSH-EXIT=0"
open_session other a "" "review --district district-b"
wait_for other "Review · District A"
never_shows_b other
for section in 1 2 3 4 5 6; do tmx send-keys -t other "$section"; sleep 0.2; never_shows_b other; done
tmx send-keys -t other y
sleep 0.3
never_shows_b other
tmx send-keys -t other q
wait_for other "SSH-EXIT=0"
say "ok: SSH_ORIGINAL_COMMAND ignored"

# 3b. Without a terminal (ssh -T, what screen readers use) the same review runs as numbered
# prompts on stdin/stdout: district A's letter only, and a decision typed there is recorded.
has_escape() { printf '%s' "$1" | grep -q $'\e'; }
before=$(review_count)
out=$(ssh_as a -T -- <<<$'3\n6\napprove\nAnn Able\nquit' 2>&1) || fail "ssh -T review failed: $out"
printf '%s' "$out" | grep -q "kyiln review, line mode" || fail "ssh -T did not get the line review: $out"
printf '%s' "$out" | grep -q "Review of the letter of District A" || fail "ssh -T did not show district A's letter: $out"
printf '%s' "$out" | grep -q "Section 3 of 6, Contacts" || fail "ssh -T did not move to section 3: $out"
printf '%s' "$out" | grep -q "Alice Alphamarker" || fail "ssh -T did not show the letter's text: $out"
printf '%s' "$out" | grep -q "Approved revision" || fail "ssh -T could not approve: $out"
printf '%s' "$out" | grep -qE "District B|Bravomarker" && fail "ssh -T showed district B's letter"
has_escape "$out" && fail "the line review sent escape sequences"
[ "$(review_count)" -eq $((before + 1)) ] || fail "approving over ssh -T did not record one review (found $(review_count), had $before)"
file=$(find "$reviews_dir" -name '*.json' | sort | tail -n 1)  # names start with the time
grep -q '"decision" : "approve"' "$file" || fail "the ssh -T review file does not record an approval"
grep -q '"reviewerName" : "Ann Able"' "$file" || fail "the ssh -T review file does not name the reviewer"
grep -qF "\"fingerprint\" : \"$A_FP\"" "$file" || fail "the ssh -T review file does not carry the key fingerprint"
[ "$(stat -c %U "$file")" = "$RUSER" ] || fail "the ssh -T review was not written by the review user"
k list --year $YEAR | grep "district-a" | grep -q "approved" || fail "the program manager does not see the approval made over ssh -T"
out=$(ssh_as a -T -- 'review --district district-b' <<<$'all\nyears\nyear 2022-2023\nquit' 2>&1) || fail "ssh -T with a command failed: $out"
printf '%s' "$out" | grep -q "Review of the letter of District A" || fail "ssh -T 'review --district district-b' did not show district A: $out"
printf '%s' "$out" | grep -qE "District B|Bravomarker" && fail "ssh -T 'review --district district-b' showed district B's letter"
say "ok: ssh -T gets the line review of its own district, and approving there works"

# 4. Environment and subsystem requests get nothing more.
open_session env a "-o SetEnv=LD_PRELOAD=/nonexistent/evil.so -o SetEnv=KYILN_STORE=/etc -o SendEnv=LANG"
wait_for env "Review · District A"
never_shows_b env
tmx send-keys -t env q
wait_for env "SSH-EXIT=0"
grep -q "LD_PRELOAD" "$WORK/sshd.log" && say "note: sshd logged the LD_PRELOAD request (refused)"
out=$(ssh_as a -s -- sftp </dev/null 2>&1 || true)
printf '%s' "$out" | grep -qE "District B|Bravomarker|root:x:0" && fail "ssh -s sftp got more than the review: $out"
# With no Subsystem line sshd refuses the request itself; the forced review instead would do as well.
printf '%s' "$out" | grep -qE "subsystem request failed|Review of the letter of District A" || fail "ssh -s sftp was not refused: $out"
if command -v sftp >/dev/null; then
    sftp_out=$(sftp -F /dev/null -P "$PORT" -o IdentitiesOnly=yes -o BatchMode=yes -o UserKnownHostsFile="$WORK/known_hosts" \
        -i "$WORK/keys/a" -b - "$RUSER@127.0.0.1" <<<"ls /" 2>&1) && fail "sftp worked: $sftp_out"
fi
out=$(ssh_as a -T -- 'cat /etc/passwd' </dev/null 2>&1 || true)
printf '%s' "$out" | grep -q "root:x:0" && fail "a command ran without a terminal: $out"
printf '%s' "$out" | grep -q "Review of the letter of District A" || fail "a command without a terminal did not get the line review: $out"
printf '%s' "$out" | grep -qE "District B|Bravomarker" && fail "a command without a terminal showed district B's letter"
say "ok: SetEnv, sftp and commands without a terminal get nothing more than the review"

# 5. Port forwarding is refused.
LPORT=$((PORT + 1))
ssh -o LogLevel=INFO "${SSH_OPTS[@]}" -i "$WORK/keys/a" -N -L "127.0.0.1:$LPORT:127.0.0.1:$PORT" "$RUSER@127.0.0.1" 2>"$WORK/forward.err" &
FORWARD_PID=$!
for _ in $(seq 1 30); do (exec 3<>"/dev/tcp/127.0.0.1/$LPORT") 2>/dev/null && break; sleep 0.1; done
banner=$( (exec 3<>"/dev/tcp/127.0.0.1/$LPORT"; timeout 3 head -c 20 <&3) 2>/dev/null || true)
printf '%s' "$banner" | grep -q "SSH-" && fail "ssh -L forwarded a connection"
sleep 0.3
kill -KILL "$FORWARD_PID" 2>/dev/null || true
wait "$FORWARD_PID" 2>/dev/null || true
FORWARD_PID=""
grep -qiE "prohibited|refused|open failed" "$WORK/forward.err" || fail "ssh -L did not report the refusal: $(cat "$WORK/forward.err")"
say "ok: port forwarding refused"

# 6. A revoked key is refused.
if out=$(ssh_as revoked -- true </dev/null 2>&1); then fail "the revoked key logged in: $out"; fi
printf '%s' "$out" | grep -q "Permission denied" || fail "the revoked key was not refused with Permission denied: $out"
say "ok: revoked key refused"

# 7. District B's own key shows B (sanity), and A never saw it.
open_session bee b
wait_for bee "Review · District B"
tmx send-keys -t bee q
wait_for bee "SSH-EXIT=0"
say "ok: district B sees district B"

# 8. A dropped connection (SIGHUP) while typing leaves nothing half-written.
open_session hangup a
wait_for hangup "Review · District A"
tmx send-keys -t hangup c
wait_for hangup "What should change?"
type_text hangup "half a comment"
tmx kill-window -t hangup
for _ in $(seq 1 50); do pgrep -u "$RUSER" kyiln >/dev/null || break; sleep 0.1; done
pgrep -u "$RUSER" kyiln >/dev/null && fail "kyiln kept running after the connection dropped"
[ "$(review_count)" -eq 3 ] || fail "a dropped connection recorded a review"
find "$STORE/reviews" -name '.*tmp-*' | grep -q . && fail "a temporary file was left in reviews/"
say "ok: SIGHUP exits cleanly"

# 9. The review user can read the letters but never change them.
letter="$STORE/letters/$YEAR/district-a.json"
as_reviewer() { runuser -u "$RUSER" -- /bin/sh -c "$1" 2>/dev/null; }
as_reviewer "cat $letter >/dev/null" || fail "the review user cannot read its letter"
as_reviewer "echo x >> $letter" && fail "the review user could append to a letter"
as_reviewer "touch $STORE/letters/$YEAR/new.json" && fail "the review user could create a letter"
as_reviewer "rm -f $letter" && fail "the review user could remove a letter"
as_reviewer "mv $letter $letter.x" && fail "the review user could rename a letter"
as_reviewer "echo x > $STORE/kyiln-store.json" && fail "the review user could write the format file"
as_reviewer "echo x >> $STORE/access/authorized_keys" && fail "the review user could write authorized_keys"
as_reviewer ": > $STORE/store.lock" && fail "the review user could open the store lock"
[ -f "$letter" ] || fail "the letter is gone"
grep -q '"status" : "in-review"' "$letter" || fail "the letter's own status changed"
[ "$(k show district-a --year $YEAR --format json | grep '"revision"')" = "$REVISION" ] || fail "the letter's revision changed"
say "ok: the review user cannot write letters"

# --- The review account attacks the store (issue 16). It can write only in reviews/.
B_FP=$(ssh-keygen -lf "$WORK/keys/b.pub" | awk '{print $2}')
crash_marks='Backtrace|Crashed|crashed|Fatal|stack trace|Registers|swift-backtrace|Thread 0|0x0000'
timed() { timeout -s KILL 5 "$@"; }  # a command that hangs is killed, and counts as a failure (137)

# 10. A forged review (B's key, in A's folder) and a future-dated one do not count, and
# history lists each with why.
revision_now=$(k show district-a --year $YEAR --format json | sed -n 's/.*"revision" : \([0-9]*\).*/\1/p' | head -n 1)
status_before=$(k list --year $YEAR | awk '$2 == "district-a" {print $3}')
forge() {  # file name, fingerprint, time
    printf '{ "at" : "%s", "comment" : "Forged: change everything", "decision" : "request-changes", "fingerprint" : "%s", "reviewerName" : "Mallory", "revision" : %s, "schoolYear" : "%s", "slug" : "district-a" }\n' \
        "$3" "$2" "$revision_now" "$YEAR" | as_reviewer "cat > $reviews_dir/$1"
}
forge zz-forged.json "$B_FP" "$(date -u +%Y-%m-%dT%H:%M:%SZ)" || fail "the review account could not write a review file"
forge zz-future.json "$A_FP" "2099-01-01T00:00:00Z" || fail "the review account could not write a review file"
[ "$(k list --year $YEAR | awk '$2 == "district-a" {print $3}')" = "$status_before" ] || fail "a forged or future review changed the status ($status_before): $(k list --year $YEAR)"
history=$(k history district-a --year $YEAR)
printf '%s' "$history" | grep -F "Mallory ($B_FP)" | grep -q "not counted: it was recorded with the key SHA256:" || fail "history does not say why the forged review did not count: $history"
printf '%s' "$history" | grep "^2099-01-01" | grep -q "not counted: it is dated in the future" || fail "history does not say why the future review did not count: $history"
as_reviewer "rm -f $reviews_dir/zz-forged.json $reviews_dir/zz-future.json"
say "ok: forged and future-dated reviews do not count, and history says why"

# 11. A FIFO named x.json in a review folder: every command that reads the letter's reviews
# finishes at once and names it; so does the reviewer's own session.
as_reviewer "mkfifo $reviews_dir/x.json" || fail "the review account could not make a FIFO"
for command in "list --year $YEAR" "show district-a --year $YEAR" "history district-a --year $YEAR" \
               "export district-a --year $YEAR --format text" "export --year $YEAR --format csv"; do
    started=$(date +%s%N)
    set +e; err=$(timed "$KYILN" --store "$STORE" $command 2>&1 >/dev/null); status=$?; set -e
    took=$(( ($(date +%s%N) - started) / 1000000 ))
    [ $status -eq 137 ] && fail "kyiln $command hung on the FIFO"
    [ $status -eq 65 ] || fail "kyiln $command exited $status with a FIFO among the reviews: $err"
    printf '%s' "$err" | grep -q "x.json.*FIFO" || fail "kyiln $command did not name the FIFO: $err"
    [ $took -lt 3000 ] || fail "kyiln $command took $took ms with a FIFO among the reviews"
done
set +e; out=$(timeout -s KILL 10 ssh "${SSH_OPTS[@]}" -i "$WORK/keys/a" -T "$RUSER@127.0.0.1" <<<$'6\nquit' 2>&1); status=$?; set -e
[ $status -eq 137 ] && fail "the reviewer's session hung on the FIFO"
printf '%s' "$out" | grep -q "Review of the letter of District A" || fail "the reviewer's session did not show the letter beside a FIFO: $out"
printf '%s' "$out" | grep -q "could not be read" || fail "the reviewer's session did not say a review could not be read: $out"
as_reviewer "rm -f $reviews_dir/x.json"
say "ok: a FIFO among the reviews is named at once by list, show, history, export and the reviewer's session"

# 12. The review account swaps a review folder for a link to a folder outside the store while
# root runs access init: nothing outside the store changes.
outside="$WORK/outside"
mkdir -m 0700 "$outside" && echo secret >"$outside/secret" && chmod 0600 "$outside/secret"
outside_before=$(stat -c '%n %a %U %G' "$outside" "$outside/secret")
runuser -u "$RUSER" -- /bin/sh -c "i=0; while [ \$i -lt 2000 ]; do mv $reviews_dir $reviews_dir.x && ln -s $outside $reviews_dir && rm $reviews_dir && mv $reviews_dir.x $reviews_dir; i=\$((i+1)); done" 2>/dev/null &
swapper=$!
for _ in $(seq 1 15); do k access init --group "$RUSER" >/dev/null 2>&1 || true; done
wait $swapper || true
if [ ! -d "$reviews_dir" ] || [ -L "$reviews_dir" ]; then rm -f "$reviews_dir"; mv "$reviews_dir.x" "$reviews_dir"; fi
[ "$(stat -c '%n %a %U %G' "$outside" "$outside/secret")" = "$outside_before" ] || fail "access init changed a folder outside the store through a swapped link: $(stat -c '%n %a %U %G' "$outside" "$outside/secret")"
say "ok: a review folder swapped for a link during access init changes nothing outside the store"

# 13. Ctrl-\ (SIGQUIT) in the reviewer's session over ssh -t. In line mode (TERM=dumb) the
# terminal turns it into SIGQUIT: kyiln ends at once like SIGTERM (131), no crash output, one
# line at most. In the full screen (raw terminal) it is only a key: nothing happens.
SESSION_TERM=dumb open_session quit a
wait_for quit "Purpose>"
tmx send-keys -t quit C-\\
wait_for quit "SSH-EXIT=131"
screen_of quit | grep -qE "$crash_marks" && fail "Ctrl-\\ showed crash output: $(screen_of quit)"
open_session quitfull a
wait_for quitfull "Review · District A"
tmx send-keys -t quitfull C-\\
sleep 0.5
screen_of quitfull | grep -qE "$crash_marks" && fail "Ctrl-\\ in the full screen showed crash output: $(screen_of quitfull)"
tmx send-keys -t quitfull q
wait_for quitfull "SSH-EXIT=0"
[ "$(tmx display-message -p -t quitfull '#{alternate_on}')" = "0" ] || fail "the full-screen review left the alternate screen on"
lines=$(screen_of quitfull | grep -v "SSH-EXIT" | grep -c . || true)
[ "$lines" -le 1 ] || fail "the review left $lines lines on the terminal: $(screen_of quitfull)"
say "ok: Ctrl-\\ ends the line review quietly (131) and is only a key in the full screen"

# 14. kyiln access check: all is well as set up here; each setting broken in turn is named
# with the command that fixes it (exit 1), and all is well again once it is put back.
check() { "$KYILN" --store "$STORE" access check --account "$RUSER" --sshd-config "${1:-$WORK/etc/sshd_config}"; }
all_well() {  # when
    out=$(check 2>&1) || fail "access check found problems $1: $out"
    printf '%s' "$out" | grep -q "all is well" || fail "access check did not say all is well $1: $out"
}
expect_problem() {  # what it must say, [sshd configuration]
    set +e; out=$(check "${2:-$WORK/etc/sshd_config}" 2>&1); status=$?; set -e
    [ $status -eq 1 ] || fail "access check exited $status with a broken setting ($1): $out"
    printf '%s' "$out" | grep -qF -- "$1" || fail "access check did not say \"$1\": $out"
    printf '%s' "$out" | grep -q "^    fix: " || fail "access check gave no fix: $out"
}
broken() {  # a copy of sshd's configuration with these lines first (sshd keeps a keyword's first value)
    { printf '%s\n' "$@"; cat "$WORK/etc/sshd_config"; } >"$WORK/etc/broken_config"
    echo "$WORK/etc/broken_config"
}
all_well "in the working set-up"
letter_file="$STORE/letters/$YEAR/district-a.json"
chmod g+w "$letter_file"; expect_problem "$letter_file has mode 660"; chmod g-w "$letter_file"
chgrp root "$letter_file"; expect_problem "$letter_file has mode 640, group id 0"; chgrp "$RUSER" "$letter_file"
chmod 0700 "$STORE/reviews"; expect_problem "$STORE/reviews has mode 2700"; chmod 3770 "$STORE/reviews"
chmod g+w "$KYILN"; expect_problem "the forced command's program $KYILN is owned by uid 0 with mode 775"; chmod g-w "$KYILN"
chmod o+w "$WORK/bin"; expect_problem "the folder above the forced command's program $WORK/bin"; chmod o-w "$WORK/bin"
usermod -s /usr/sbin/nologin "$RUSER"; expect_problem 'has the shell "/usr/sbin/nologin"'; usermod -s /bin/sh "$RUSER"
usermod -p '!' "$RUSER"; expect_problem "is locked"; usermod -p '*' "$RUSER"
expect_problem "forward ports" "$(broken 'DisableForwarding no' 'AllowTcpForwarding yes')"
expect_problem 'forces the command "/bin/true"' "$(broken 'ForceCommand /bin/true')"
expect_problem "PermitUserEnvironment yes" "$(broken 'PermitUserEnvironment yes')"
expect_problem "environment variables LANG LC_*" "$(broken 'AcceptEnv LANG LC_*')"
expect_problem "not from kyiln's managed file" "$(broken 'AuthorizedKeysFile .ssh/authorized_keys')"
expect_problem "is not kyiln access keys for this store" "$(broken 'AuthorizedKeysCommand /bin/cat' 'AuthorizedKeysCommandUser nobody')"
all_well "after every setting was put back"
say "ok: access check says all is well, and names each broken setting with its fix"

# 15. The set-up the administrator's guide recommends for a PM-owned store: sshd asks
# `kyiln access keys` (AuthorizedKeysCommand, run as the review account) instead of reading
# the file. access check says all is well, and district A still reviews exactly A's letter.
kill "$SSHD_PID" 2>/dev/null || true
wait "$SSHD_PID" 2>/dev/null || true
SSHD_PID=""
KEYS_CONFIG="AuthorizedKeysFile none
AuthorizedKeysCommand $KYILN --store $STORE access keys
AuthorizedKeysCommandUser $RUSER"
for attempt in 1 2 3 4 5; do start_sshd && break; [ $attempt -eq 5 ] && fail "sshd did not start with AuthorizedKeysCommand"; done
SSH_OPTS=(-F /dev/null -p "$PORT" -o IdentitiesOnly=yes -o BatchMode=yes -o ConnectTimeout=5
          -o StrictHostKeyChecking=accept-new -o UserKnownHostsFile="$WORK/known_hosts" -o LogLevel=ERROR)
all_well "with AuthorizedKeysCommand"
out=$(ssh_as a -T -- <<<$'quit' 2>&1) || fail "ssh -T with AuthorizedKeysCommand failed: $out"
printf '%s' "$out" | grep -q "Review of the letter of District A" || fail "AuthorizedKeysCommand did not let district A in: $out"
printf '%s' "$out" | grep -qE "District B|Bravomarker" && fail "AuthorizedKeysCommand showed district B's letter"
if out=$(ssh_as revoked -- true </dev/null 2>&1); then fail "the revoked key logged in with AuthorizedKeysCommand: $out"; fi
say "ok: with AuthorizedKeysCommand access check says all is well and district A reviews its own letter"

say "passed in $(( $(date +%s) - START ))s"
