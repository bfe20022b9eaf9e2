#!/usr/bin/env bash
# End-to-end test of signing without paper over a real OpenSSH server, all on 127.0.0.1:
# a reviewer approves and cannot sign, the signatory signs over ssh -T, KDE verifies.
#
#   scripts/ssh-signing-e2e.sh [path/to/kyiln]
#
# Needs root (it creates a Unix user and starts sshd); installs openssh-server,
# openssh-client and tmux with apt-get when they are missing. Exit status: 0 passed,
# 77 cannot run here (not root, or sshd missing and not installable), anything else failed.
# Everything it creates lives in one folder and one throw-away user, removed at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
E2E_NAME=ssh-sign-e2e
E2E_USER_PREFIX=kysg
# shellcheck source=lib/ssh-e2e-setup.sh
source scripts/lib/ssh-e2e-setup.sh

# --- last year's Nelson County letter, imported, completed and sent for review.
YEAR=2015-2016
A=(nelson-county --year $YEAR)
k import "$REPO/Tests/LetterDomainTests/Seeds/letter-2015-2016-nelson-county.txt" >/dev/null
for id in annual-report definition participation research-evaluation support; do
    k set "${A[@]}" "acknowledgements.$id" yes >/dev/null
done
k set "${A[@]}" signatures.district.name "Tim Hockensmith" >/dev/null
k set "${A[@]}" signatures.district.title "Superintendent" >/dev/null
k validate "${A[@]}" >/dev/null || fail "the letter is not complete: $(k validate "${A[@]}")"
k status "${A[@]}" in-review >/dev/null
k access init --group "$RUSER" >/dev/null

# --- keys: host key, a reviewer's and the signatory's.
mkdir -m 0700 "$WORK/etc" "$WORK/keys"
ssh-keygen -q -t ed25519 -N '' -f "$WORK/etc/host_key"
for who in reviewer signatory; do ssh-keygen -q -t ed25519 -N '' -C "$who@e2e" -f "$WORK/keys/$who"; done
k access grant --district nelson-county --key "$WORK/keys/reviewer.pub" --name "Rita Reviewer" >/dev/null
k access grant --district nelson-county --key "$WORK/keys/signatory.pub" --name "Tim Hockensmith" \
    --role signatory --title Superintendent >/dev/null
k access list | grep -qE "Tim Hockensmith +signatory \(Superintendent\)" || fail "access list does not show the signatory's role"
k access list | grep -qE "Rita Reviewer +reviewer" || fail "access list does not show the reviewer's role"
SIGNATORY_FP=$(ssh-keygen -lf "$WORK/keys/signatory.pub" | awk '{print $2}')

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


SSH_OPTS=(-F /dev/null -p "$PORT" -o IdentitiesOnly=yes -o BatchMode=yes -o ConnectTimeout=5
          -o StrictHostKeyChecking=accept-new -o UserKnownHostsFile="$WORK/known_hosts" -o LogLevel=ERROR)
ssh_as() { local who=$1; shift; ssh "${SSH_OPTS[@]}" -i "$WORK/keys/$who" -T "$RUSER@127.0.0.1" "$@"; }
signatures="$STORE/reviews/$YEAR/nelson-county/signatures"
signature_count() { find "$signatures" -name '*.json' 2>/dev/null | wc -l; }

# 1. The reviewer approves, and cannot sign.
out=$(ssh_as reviewer <<<$'6\napprove\nRita Reviewer\nquit' 2>&1) || fail "the reviewer's ssh -T session failed: $out"
printf '%s' "$out" | grep -q "Approved revision" || fail "the reviewer could not approve: $out"
out=$(ssh_as reviewer <<<$'sign\nRita Reviewer\nSuperintendent\nyes\nquit' 2>&1) || fail "ssh -T failed: $out"
printf '%s' "$out" | grep -q "granted to review this letter, not to sign it" || fail "a reviewer's key was not refused: $out"
[ "$(signature_count)" -eq 0 ] || fail "a reviewer's key recorded a signature"
say "ok: the reviewer approves over ssh -T and cannot sign"

# 2. The signatory reads the whole letter and signs.
out=$(ssh_as signatory <<<$'sign\nTim Hockensmith\nSuperintendent\nyes\nquit' 2>&1) || fail "the signatory's session failed: $out"
printf '%s' "$out" | grep -q -- "----- begin of the letter -----" || fail "the letter was not shown before signing: $out"
printf '%s' "$out" | grep -q "Signed revision" || fail "the signatory could not sign: $out"
[ "$(signature_count)" -eq 1 ] || fail "signing did not write one signature file"
file=$(find "$signatures" -name '*.json' | head -n 1)
[ "$(stat -c %U "$file")" = "$RUSER" ] || fail "the signature was not written by the review user"
grep -qF "\"fingerprint\" : \"$SIGNATORY_FP\"" "$file" || fail "the signature does not carry the signatory's key"
say "ok: the signatory signs over ssh -T; the review account wrote only its signature file"

# 3. KDE's kyiln applies it, and the record holds; a hand edit is caught.
k show "${A[@]}" | tr -s ' \n' ' ' | grep -q "Signed by Tim Hockensmith, Superintendent" || fail "show does not say who signed"
k list --year $YEAR | grep nelson-county | grep -q signed || fail "the letter is not stored as signed"
k verify "${A[@]}" >/dev/null || fail "verify does not hold: $(k verify "${A[@]}")"
hash=$(k export "${A[@]}" --format canonical | sha256sum | awk '{print $1}')
k verify "${A[@]}" | grep -q "$hash" || fail "sha256sum of the canonical export is not the recorded hash"
sed -i 's/"Nelson County"/"Nelsen County"/' "$STORE/letters/$YEAR/nelson-county.json"
if k verify "${A[@]}" >/dev/null; then fail "verify did not catch a hand edit"; fi
say "ok: KDE's kyiln stores the signature; verify holds, sha256sum agrees, a hand edit is caught"

say "passed in $(( $(date +%s) - START )) s"
