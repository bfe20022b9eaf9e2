import LetterDomain
import LetterStore
import TerminalUI

/// `signature` in line mode: the district's signatory signs the canonical text on their own
/// machine with `ssh-keygen -Y sign -n kyiln-letter` and pastes the armored signature; kyiln
/// checks it with `ssh-keygen -Y verify` (the key must be the one this session connected
/// with), then asks the name, the title and yes as `sign` does, and keeps both in one record.
/// Only together with signing: a signature record never changes afterwards.
extension LineReview {
    mutating func signWithOpenSSH() -> Bool {
        if let blocker = document.signingBlocker {
            io.say(blocker)
            return true
        }
        guard let letter = document.decidedLetter, let shown = document.textToSign else { return true }
        showTextToSign(letter, shown)
        io.say("Save the lines between the two marker lines as letter.txt (sha256sum letter.txt must print \(shown.sha256); "
               + "KDE can also send the file: kyiln export --format canonical), sign it on your own machine with")
        io.say("  ssh-keygen -Y sign -n \(AllowedSignersNamespace.name) -f ~/.ssh/id_ed25519 letter.txt")
        io.say("using the key you connected with, then paste all of letter.txt.sig here, from \(OpenSSHArmor.begin) "
               + "to \(OpenSSHArmor.end). An empty line cancels.")
        guard let first = io.ask("Signature") else { return signingInputEnded() }
        guard !first.trimmed.isEmpty else { return signingCancelled() }
        guard let lines = readArmor(first: first) else { return signingInputEnded() }
        let signature: OpenSSHSignature
        do throws(OpenSSHSignatureError) {
            signature = try DeferredSignals.during { () throws(OpenSSHSignatureError) -> OpenSSHSignature in try document.checkOpenSSH(lines) }
        } catch {
            io.say(error.description + " Nothing was recorded.")
            return true
        }
        io.say("OpenSSH accepts your signature of this text, made with your key (\(signature.keyDescription)). "
               + "Now sign in kyiln too: both are recorded together.")
        return confirmSignature(letter, shown, openSSH: signature)
    }

    /// The pasted lines up to the END line, at most `OpenSSHArmor.lineLimit` of them (more is
    /// left for the parser to refuse as too long, without reading on); nil when input ended.
    private func readArmor(first: String) -> [String]? {
        var lines = [first]
        while lines.last?.trimmed != OpenSSHArmor.end, lines.count <= OpenSSHArmor.lineLimit,
              first.trimmed == OpenSSHArmor.begin {
            guard let line = io.readLine() else { return nil }
            lines.append(line)
        }
        return lines
    }
}
