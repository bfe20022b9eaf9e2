import Testing

/// Runs `scripts/ssh-signing-e2e.sh` against the kyiln built for the tests: a real sshd on
/// 127.0.0.1, a throw-away review user: a reviewer approves and cannot sign, the signatory
/// signs over ssh -T, KDE verifies (see the script for every check).
///
/// It needs root (to create the user and start sshd). As root (CI) it installs
/// openssh-server, openssh-client and tmux when missing, so there it always runs;
/// elsewhere it is skipped and says why.
@Suite("Signing over SSH end to end")
struct SigningSSHEndToEndTests {
    @Test("the district signatory signs over a real sshd, a reviewer cannot, and KDE verifies",
          .enabled(if: SSHEndToEndScript.isRoot, SSHEndToEndScript.needsRoot),
          .timeLimit(.minutes(3)))
    func signOverSSH() throws {
        try SSHEndToEndScript.run("ssh-signing-e2e", prefix: "ssh-sign-e2e")
    }
}
