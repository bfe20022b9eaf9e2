import Testing

/// Runs `scripts/ssh-review-e2e.sh` against the kyiln built for the tests: a real sshd on
/// 127.0.0.1, a throw-away review user, tmux at 80x24 (see the script for every check).
///
/// It needs root (to create the user and start sshd). As root (CI) it installs
/// openssh-server, openssh-client and tmux when missing, so there it always runs;
/// elsewhere it is skipped and says why.
@Suite("SSH review end to end")
struct AccessSSHEndToEndTests {
    @Test("a district contact reviews exactly their own letter over a real sshd, and nothing more",
          .enabled(if: SSHEndToEndScript.isRoot, SSHEndToEndScript.needsRoot),
          .timeLimit(.minutes(3)))
    func reviewOverSSH() throws {
        try SSHEndToEndScript.run("ssh-review-e2e", prefix: "ssh-e2e")
    }
}
