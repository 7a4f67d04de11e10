public import ScrutinCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A bundle in a folder on disk.
public struct DirectoryBundle: BundleSource {
    /// The folder's path, as given.
    public let path: String

    public init(path: String) {
        self.path = path
    }

    public var name: String { path }

    /// Why the path cannot be a bundle, or nil when it is a folder: what it is instead.
    public var problem: BundleText? {
        var info = stat()
        guard stat(path, &info) == 0 else { return .noSuchFolder(path) }
        switch FileIO.kind(of: info) {
        case .folder: return nil
        case nil: return .isAFile(path)
        case let kind?: return .notAFolder(path, kind)
        }
    }

    /// - Throws: `NotARegularFile` for a folder, a device, a named pipe or a socket (a link is
    ///   followed to what it names); `FileError` when the file cannot be read.
    public func read(_ file: String) throws -> [UInt8]? {
        do {
            return try FileIO.readIfExists(fullPath(file))
        } catch {
            throw error.kind.map(NotARegularFile.init) ?? error
        }
    }

    /// Maps the file instead of copying it: the pages come straight from the page cache, with no
    /// zeroed buffer to fill first.
    public func withContents<Result>(
        of file: String,
        _ body: (UnsafeBufferPointer<UInt8>) -> Result
    ) throws
        -> Result?
    {
        do {
            return try FileIO.withMappedFile(fullPath(file), body)
        } catch {
            throw error.kind.map(NotARegularFile.init) ?? error
        }
    }

    public func names(in folder: String) -> [String] {
        guard let directory = opendir(folder.isEmpty ? path : fullPath(folder)) else { return [] }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafePointer(to: &entry.pointee.d_name) { pointer in
                String(cString: UnsafeRawPointer(pointer).assumingMemoryBound(to: CChar.self))
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted()
    }

    private func fullPath(_ file: String) -> String { path.hasSuffix("/") ? path + file : path + "/" + file }
}

/// Why a file could not be read or written.
public struct FileError: Error, Sendable, CustomStringConvertible {
    public let path: String
    public let reason: String
    /// What the path is when it is there but is not a regular file.
    public var kind: NotARegularFile.Kind?

    public init(path: String, reason: String, kind: NotARegularFile.Kind? = nil) {
        self.path = path
        self.reason = reason
        self.kind = kind
    }

    /// The error of a path that is not a regular file.
    init(path: String, kind: NotARegularFile.Kind) {
        self.init(path: path, reason: NotARegularFile(kind).description, kind: kind)
    }

    public var description: String { "\(path): \(reason)" }
}

#if canImport(Glibc)
private let systemWrite = Glibc.write
#elseif canImport(Darwin)
private let systemWrite = Darwin.write
#endif

/// Whole-file reads and writes with POSIX calls: one `read` loop into a buffer sized from `fstat`.
public enum FileIO {
    /// The file's bytes, or nil when it does not exist.
    ///
    /// - Throws: `FileError` when it exists but cannot be read.
    public static func readIfExists(_ path: String) throws(FileError) -> [UInt8]? {
        guard let (descriptor, size) = try openRegularFile(path) else { return nil }
        defer { close(descriptor) }
        var bytes = [UInt8](repeating: 0, count: size)
        var offset = 0
        var failure: Int32 = 0
        bytes.withUnsafeMutableBytes { buffer in
            guard let base = buffer.baseAddress else { return }
            while offset < buffer.count {
                let result = read(descriptor, base + offset, buffer.count - offset)
                if result < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                if result == 0 { break }
                offset += result
            }
        }
        if failure != 0 { throw FileError(path: path, reason: String(cString: strerror(failure))) }
        if offset < bytes.count { bytes.removeLast(bytes.count - offset) }
        return bytes
    }

    /// Calls `body` with a file mapped read-only, or returns nil when the file does not exist.
    ///
    /// - Throws: `FileError` when it exists but cannot be opened.
    public static func withMappedFile<Result>(
        _ path: String,
        _ body: (UnsafeBufferPointer<UInt8>) -> Result
    ) throws(FileError) -> Result? {
        guard let (descriptor, size) = try openRegularFile(path) else { return nil }
        defer { close(descriptor) }
        guard size > 0 else { return body(UnsafeBufferPointer(start: nil, count: 0)) }
        #if canImport(Glibc)
        let flags = MAP_PRIVATE | MAP_POPULATE
        #else
        let flags = MAP_PRIVATE
        #endif
        guard let address = mmap(nil, size, PROT_READ, flags, descriptor, 0), address != MAP_FAILED else {
            // Not mappable (a pipe, some file systems): read it instead.
            return try readIfExists(path).map { $0.withUnsafeBufferPointer(body) }
        }
        defer { munmap(address, size) }
        return body(UnsafeBufferPointer(start: address.assumingMemoryBound(to: UInt8.self), count: size))
    }

    /// Opens a regular file for reading: its descriptor (to close) and size, or nil when it does
    /// not exist.
    ///
    /// Anything else is refused with its kind (`FileError.kind`): a folder, a device, a named pipe,
    /// a socket. The file is opened without blocking (a pipe with no writer would block `open`
    /// forever) and its kind is taken from the open descriptor, so that it cannot be swapped
    /// between the check and the read. A link is followed to what it names.
    static func openRegularFile(_ path: String) throws(FileError) -> (descriptor: Int32, size: Int)? {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC)
        guard descriptor >= 0 else {
            let failure = errno
            if failure == ENOENT || failure == ENOTDIR { return nil }
            // A socket cannot be opened at all: say what it is rather than "no such device".
            var info = stat()
            if stat(path, &info) == 0, let kind = kind(of: info), kind != .folder {
                throw FileError(path: path, kind: kind)
            }
            throw FileError(path: path, reason: String(cString: strerror(failure)))
        }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            let reason = String(cString: strerror(errno))
            close(descriptor)
            throw FileError(path: path, reason: reason)
        }
        if let kind = kind(of: info) {
            close(descriptor)
            throw FileError(path: path, kind: kind)
        }
        // Reads of a regular file never block; the flag is cleared anyway.
        _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~O_NONBLOCK)
        return (descriptor, Int(info.st_size))
    }

    /// What a path is when it is not a regular file, or nil for a regular file.
    static func kind(of info: stat) -> NotARegularFile.Kind? {
        switch info.st_mode & S_IFMT {
        case S_IFREG: nil
        case S_IFDIR: .folder
        case S_IFCHR, S_IFBLK: .device
        case S_IFIFO: .pipe
        case S_IFSOCK: .socket
        default: .other
        }
    }

    /// Writes a file whole, creating its folder if needed; replaces any file already there.
    ///
    /// The bytes go to a temporary file first, renamed into place once complete, so a reader never
    /// sees half a file.
    public static func write(_ bytes: [UInt8], to path: String) throws(FileError) {
        try makeFolders(for: path)
        let temporary = path + ".partial"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { throw FileError(path: path, reason: String(cString: strerror(errno))) }
        let failure = writeAll(descriptor, bytes)
        close(descriptor)
        if failure != 0 {
            unlink(temporary)
            throw FileError(path: path, reason: String(cString: strerror(failure)))
        }
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw FileError(path: path, reason: reason)
        }
    }

    /// Writes every byte to a file descriptor, retrying short and interrupted writes.
    ///
    /// - Returns: 0, or the `errno` of the failed write.
    @discardableResult
    public static func writeAll(_ descriptor: Int32, _ bytes: [UInt8]) -> Int32 {
        bytes.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress else { return 0 }
            var offset = 0
            while offset < buffer.count {
                let result = systemWrite(descriptor, base + offset, buffer.count - offset)
                if result < 0 {
                    if errno == EINTR { continue }
                    if errno == EAGAIN || errno == EWOULDBLOCK {
                        // A descriptor in non-blocking mode (a pipe set so by another process): wait.
                        var ready = pollfd(fd: descriptor, events: Int16(POLLOUT), revents: 0)
                        if poll(&ready, 1, -1) >= 0 || errno == EINTR { continue }
                    }
                    return errno
                }
                offset += result
            }
            return 0
        }
    }

    /// Creates the folders above a file path.
    static func makeFolders(for path: String) throws(FileError) {
        var components = path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        components.removeLast()
        var current = path.hasPrefix("/") ? "" : "."
        for component in components where !component.isEmpty {
            current += "/" + component
            if mkdir(current, 0o755) != 0 && errno != EEXIST {
                throw FileError(path: current, reason: String(cString: strerror(errno)))
            }
        }
    }
}
