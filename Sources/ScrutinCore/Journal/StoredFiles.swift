/// The files a record's events refer to, read back from where they are kept.
enum StoredFiles {
    /// The files of an event, read from the blobs by digest.
    static func read(
        _ digests: [FileDigest],
        blobs: some BlobSource,
        event: JournalEvent?
    ) throws(RecordError) -> [String: [UInt8]] {
        var files: [String: [UInt8]] = [:]
        for digest in digests {
            let bytes: [UInt8]?
            do {
                bytes = try blobs.blob(digest.sha256)
            } catch {
                if let changed = error as? ChangedBlob {
                    throw RecordError(
                        event: event,
                        refusal: .storedFileChanged(path: digest.path, sha256: changed.sha256)
                    )
                }
                throw RecordError(event: event, refusal: .storedFileUnreadable(path: digest.path, reason: "\(error)"))
            }
            guard let bytes, bytes.count == digest.size else {
                throw RecordError(event: event, refusal: .storedFileMissing(path: digest.path, sha256: digest.sha256))
            }
            files[digest.path] = bytes
        }
        return files
    }
}
