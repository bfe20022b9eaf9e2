import ArgumentParser
import LetterDomain
import LetterRules
import LetterStore
import SystemCalls
import TextSafety

/// The documented exit statuses (sysexits.h values where one fits).
enum ExitStatus {
    static let findings: Int32 = 1
    /// The workflow refused a status change (the message says why).
    static let refused: Int32 = 3
    static let usage: Int32 = 64
    static let badData: Int32 = 65
    static let notFound: Int32 = 66
    static let alreadyExists: Int32 = 73
    static let ioError: Int32 = 74
    static let conflict: Int32 = 75
    static let permissions: Int32 = 77
    static let unusableStore: Int32 = 78

    /// The status for an error of the rules service.
    static func forRulesError(_ error: RulesError) -> Int32 {
        switch error {
        case .store(let error): forStoreError(error)
        case .refused, .locked, .unstored, .notDeletable, .editionMove, .decision, .signing: refused
        case .edition: notFound
        case .field, .importing: badData
        case .name, .rollover: usage
        }
    }

    /// The status for a store error.
    static func forStoreError(_ error: StoreError) -> Int32 {
        switch error {
        case .notAStore: unusableStore
        case .unreadable, .newerSchema, .invalidName: badData
        case .notFound: notFound
        case .alreadyExists: alreadyExists
        case .conflict: conflict
        case .io: ioError
        case .permissions: permissions
        }
    }
}

/// A failure already explained on stderr, ending the command with `status`.
struct CommandFailure: Error {
    var status: Int32
}

/// Prints `kyiln: message` on stderr and returns the error that exits with `status`.
func fail(_ message: String, status: Int32) -> ExitCode {
    printError("kyiln: " + message)
    return ExitCode(status)
}

/// Writes a line to stderr, with control characters made visible.
func printError(_ line: String) {
    SystemCall.writeAll(Array((TextSafety.visible(line, lines: .kept) + "\n").utf8), to: ErrorOutput.descriptor)
}

/// Runs a command body, turning domain and store errors into a message and an exit status.
func reportingFailures(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let error as RulesError {
        throw fail(error.commandLineMessage, status: ExitStatus.forRulesError(error))
    } catch let error as StoreError {
        throw fail(error.description, status: ExitStatus.forStoreError(error))
    } catch let error as NameError {
        throw fail(error.description, status: ExitStatus.usage)
    } catch let error as FieldPathError {
        throw fail(error.description, status: ExitStatus.usage)
    } catch let error as FieldEditError {
        throw fail(error.description, status: ExitStatus.badData)
    } catch let error as EditionError {
        throw fail(error.description, status: ExitStatus.notFound)
    } catch let error as DateError {
        throw fail(error.description, status: ExitStatus.usage)
    } catch let error as TransitionError {
        throw fail(error.description, status: ExitStatus.refused)
    }
}

extension RulesError {
    /// The message with what to type to fix it, for the command line (which may name field paths).
    var commandLineMessage: String {
        switch self {
        case .refused(let error):
            error.description  // the command line's wording names the flags to use
        case .locked(_, let fields) where !fields.isEmpty:
            "cannot change \(fields.map(\.description).joined(separator: ", ")): \(description) (\(commandLineHint ?? ""))"
        default:
            commandLineHint.map { "\(description) (\($0))" } ?? description
        }
    }
}
