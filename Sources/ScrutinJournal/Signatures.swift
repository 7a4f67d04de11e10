import Crypto
import Foundation
public import ScrutinCore

/// Ed25519 signatures of the journal's head at each publication.
///
/// A publication signs the message `scrutin-journal-head-v1\n<sequence>\n<hash>`: the
/// publication event's number and hash, which commit to every event up to it. Whoever holds the
/// public key can check that the journal they read is the one the authority published.
public enum Signatures {
    /// A signature of one publication.
    public struct Signature: Sendable, Hashable {
        public var sequence: Int
        public var hash: String
        /// The public key's fingerprint (`Keys.fingerprint`).
        public var key: String
        /// The signature, base64.
        public var signature: String

        public init(sequence: Int, hash: String, key: String, signature: String) {
            self.sequence = sequence
            self.hash = hash
            self.key = key
            self.signature = signature
        }
    }

    static func message(sequence: Int, hash: String) -> [UInt8] {
        Array("scrutin-journal-head-v1\n\(sequence)\n\(hash)".utf8)
    }

    /// Signs the head at a publication.
    public static func sign(sequence: Int, hash: String, with key: Keys.PrivateKey) throws -> Signature {
        let signature = try key.key.signature(for: message(sequence: sequence, hash: hash))
        return Signature(
            sequence: sequence,
            hash: hash,
            key: key.publicKey.fingerprint,
            signature: Data(signature).base64EncodedString()
        )
    }

    /// Whether a signature is the key's, over this event's number and hash.
    public static func isValid(_ signature: Signature, hash: String, key: Keys.PublicKey) -> Bool {
        guard signature.hash == hash, let bytes = Data(base64Encoded: signature.signature) else { return false }
        return key.key.isValidSignature(bytes, for: message(sequence: signature.sequence, hash: hash))
    }
}

/// Ed25519 key files.
///
/// A private key file holds `scrutin-ed25519-private-v1` and the key's 32 bytes in base64 on the
/// next line; a public key file, `scrutin-ed25519-public-v1` and the public key. The private key
/// never leaves its file: nothing prints or logs it, and `description` shows the fingerprint only.
public enum Keys {
    public struct PrivateKey: Sendable, CustomStringConvertible {
        let key: Curve25519.Signing.PrivateKey

        /// A new random key.
        public init() { key = Curve25519.Signing.PrivateKey() }

        init(key: Curve25519.Signing.PrivateKey) { self.key = key }

        public var publicKey: PublicKey { PublicKey(key: key.publicKey) }

        /// The file's text, to be written with owner-only permissions.
        public var fileText: String {
            privateHeader + "\n" + key.rawRepresentation.base64EncodedString() + "\n"
        }

        /// Reads a private key file's text.
        public init(fileText: String) throws(KeyError) {
            let data = try Keys.payload(fileText, header: privateHeader)
            do {
                key = try Curve25519.Signing.PrivateKey(rawRepresentation: data)
            } catch {
                throw KeyError(.notEd25519Private)
            }
        }

        public var description: String { "Ed25519 private key for \(publicKey.fingerprint)" }
    }

    public struct PublicKey: Sendable, Hashable, CustomStringConvertible {
        let key: Curve25519.Signing.PublicKey

        init(key: Curve25519.Signing.PublicKey) { self.key = key }

        public var fileText: String {
            publicHeader + "\n" + key.rawRepresentation.base64EncodedString() + "\n"
        }

        public init(fileText: String) throws(KeyError) {
            let data = try Keys.payload(fileText, header: publicHeader)
            do {
                key = try Curve25519.Signing.PublicKey(rawRepresentation: data)
            } catch {
                throw KeyError(.notEd25519Public)
            }
        }

        /// `ed25519:` and the first 16 hexadecimal digits of the key's SHA-256.
        public var fingerprint: String {
            "ed25519:" + HashChain.digest(key.rawRepresentation).prefix(16)
        }

        public var description: String { fingerprint }

        public static func == (lhs: PublicKey, rhs: PublicKey) -> Bool {
            lhs.key.rawRepresentation == rhs.key.rawRepresentation
        }

        public func hash(into hasher: inout Hasher) { hasher.combine(key.rawRepresentation) }
    }

    /// A key file that cannot be read; the message never quotes the file's content.
    public struct KeyError: Error, Sendable, CustomStringConvertible {
        public var text: KeyText

        public init(_ text: KeyText) { self.text = text }

        /// What is wrong, in both languages.
        public var message: Message { text.message }

        public var description: String { message.english }
    }

    static let privateHeader = "scrutin-ed25519-private-v1"
    static let publicHeader = "scrutin-ed25519-public-v1"

    static func payload(_ text: String, header: String) throws(KeyError) -> Data {
        let lines = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
        guard lines.count == 2, lines[0] == header else {
            let other = header == privateHeader ? publicHeader : privateHeader
            if lines.first == other {
                throw KeyError(header == privateHeader ? .publicKeyFile : .privateKeyFile)
            }
            throw KeyError(.notAKeyFile(header: header))
        }
        guard let data = Data(base64Encoded: lines[1]), data.count == 32 else { throw KeyError(.notBase64) }
        return data
    }
}
