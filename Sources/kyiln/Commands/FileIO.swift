import LetterDomain
import LetterStore
import SystemCalls
import Glibc

/// Reading input files and writing output files for `import` and `export`, with
/// plain POSIX calls (no full Foundation).
enum FileIO {
    /// A file problem, with the exit status it deserves.
    struct Failure: Error, CustomStringConvertible {
        var description: String
        var status: Int32
    }

    /// Whether `path` is a folder.
    static func isDirectory(_ path: String) -> Bool {
        SystemFolder.isDirectory(path)
    }

    /// The regular `.txt` files of a folder, sorted, without hidden ones.
    static func textFiles(in folder: String) throws(Failure) -> [String] {
        let names: [String]
        do { names = try SystemFolder.names(in: folder) } catch { throw failure(error) }
        var out: [String] = []
        for name in names where !name.hasPrefix(".") && name.lowercased().hasSuffix(".txt") {
            let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
            if SystemFolder.isRegularFile(path) { out.append(path) }
        }
        return out.sorted()
    }

    /// The bytes of a regular file, refusing anything larger than `limit`.
    static func read(_ path: String, limit: Int) throws(Failure) -> [UInt8] {
        do {
            let file = try SystemFile.open(path, flags: O_RDONLY, followingLinks: true)
            guard try file.status(operation: "reading").st_mode & S_IFMT == S_IFREG else {
                throw Failure(description: "\(path) is not a regular file", status: ExitStatus.badData)
            }
            return try file.readAll(limit: limit)
        } catch let error as Failure {
            throw error
        } catch let error as SystemError {
            if case .tooLarge = error {
                throw Failure(description: "\(path) is larger than \(limit) bytes, too large for a letter", status: ExitStatus.badData)
            }
            throw failure(error)
        } catch {
            throw Failure(description: "reading \(path) failed: \(error)", status: ExitStatus.ioError)
        }
    }

    /// Writes `text` to `path` atomically (`ExportFile.write`, as the screens' export does).
    /// Without `force` an existing file is never replaced.
    static func write(_ text: String, to path: String, force: Bool) throws(Failure) {
        do throws(ExportFile.Failure) { try ExportFile.write(text, to: path, replacing: force) } catch {
            switch error {
            case .exists: throw Failure(description: "\(path) exists already; add --force to replace it", status: ExitStatus.alreadyExists)
            case .isFolder, .notFolder: throw Failure(description: error.description, status: ExitStatus.usage)
            case .system(let operation, let path, let code): throw failure(operation, path, code)
            }
        }
    }

    private static func failure(_ error: SystemError) -> Failure {
        failure(error.operation, error.path, error.errno)
    }

    private static func failure(_ operation: String, _ path: String, _ code: Int32) -> Failure {
        let status: Int32 = switch code {
        case ENOENT: ExitStatus.notFound
        case EACCES, EPERM: ExitStatus.permissions
        default: ExitStatus.ioError
        }
        return Failure(description: "\(operation) \(path) failed: \(String(cString: strerror(code)))", status: status)
    }
}
