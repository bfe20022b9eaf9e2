import Glibc
import SystemCalls
import TextSafety

/// Where composed messages go: to the system's mail program (`SendmailSender`) or into a
/// folder of `.eml` files (`FolderSender`). The rules service sends through this protocol,
/// so the command line and the TUI choose the way and share everything else.
public protocol MailSender: Sendable {
    /// Hands one message on. Returns what happened to it; throws when it could not.
    func send(_ message: MailMessage, named name: String) throws(MailSendError) -> MailReceipt
}

/// What became of a message.
public enum MailReceipt: Sendable, Equatable {
    /// The mail program accepted it for delivery: it was sent.
    case sent
    /// It was written to this file; nobody was sent anything.
    case written(path: String)
}

/// Why a message could not be handed on.
public struct MailSendError: Error, Sendable, Equatable, CustomStringConvertible {
    public var description: String
    /// True when the file existed already (nothing was replaced).
    public var alreadyExists = false

    public init(description: String, alreadyExists: Bool = false) {
        self.description = description
        self.alreadyExists = alreadyExists
    }
}

/// The system's `sendmail` interface (Postfix, Exim and msmtp all offer it): the program is
/// started with `-t -oi` (recipients from the `To` and `Cc` headers; a line holding a single
/// dot does not end the message), without a shell, and the message is written to its input.
/// Its exit status says whether the message was accepted.
public struct SendmailSender: MailSender {
    /// The program's absolute path (`/usr/sbin/sendmail` by default).
    public var path: String
    /// Seconds to wait for it.
    public var timeLimit: Int32

    public init(path: String, timeLimit: Int32 = 120) {
        self.path = path
        self.timeLimit = timeLimit
    }

    public func send(_ message: MailMessage, named name: String) throws(MailSendError) -> MailReceipt {
        let outcome: SystemProcess.Outcome
        do { outcome = try SystemProcess.run([path, "-t", "-oi"], input: message.rendered(.lf), timeLimit: timeLimit) } catch {
            throw MailSendError(description: "could not start the mail program: \(error.description)")
        }
        if outcome.succeeded { return .sent }
        let said = TextSafety.visible(String(decoding: outcome.output, as: UTF8.self), lines: .single)
            .split(separator: "^J", omittingEmptySubsequences: true).joined(separator: "; ")
        let how: String
        if outcome.timedOut { how = "did not finish within \(timeLimit) seconds" }
        else if let status = outcome.status { how = "exited with status \(status)" }
        else { how = "was ended by signal \(outcome.signal ?? 0)" }
        throw MailSendError(description: "\(path) \(how)" + (said.isEmpty ? "" : ": \(said)"))
    }
}

/// Writes each message to `<folder>/<name>.eml` (CRLF line endings, as RFC 5322 writes a
/// message), never replacing a file that exists, for review or for sending by another way.
public struct FolderSender: MailSender {
    public var folder: String

    public init(folder: String) {
        self.folder = folder
    }

    public func send(_ message: MailMessage, named name: String) throws(MailSendError) -> MailReceipt {
        let file = name + ".eml"
        let path = joinPath(folder, file)
        // 0666 less the umask, like any file a user creates; an existing name is refused in the
        // same step as the move (a hard link), so nothing is ever replaced.
        let writer = AtomicWrite(mode: 0o666, exactMode: false, replacing: false, folderSyncRequired: false)
        do { try writer.write(message.rendered(.crlf), to: file, in: folder) } catch {
            if error.step != .preparing && error.error.errno == EEXIST {
                throw MailSendError(description: "\(path) exists already; nothing was replaced", alreadyExists: true)
            }
            throw MailSendError(description: error.error.description)
        }
        return .written(path: path)
    }
}
