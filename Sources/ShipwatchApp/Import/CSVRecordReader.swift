import Foundation

/// One CSV record and the line of the file where it starts.
public struct CSVRecord: Sendable, Hashable {
    public var line: Int
    public var fields: [String]
}

/// A streaming RFC 4180 CSV reader: quoted fields, doubled quotes, commas and newlines inside quotes,
/// CRLF or LF line ends, a UTF-8 byte-order mark. It pulls the file in chunks as records are asked for,
/// so memory stays flat whatever the file's size.
public struct CSVRecordStream {
    private let handle: FileHandle
    private let chunkSize: Int
    private var parser = CSVByteParser()
    private var ready: [CSVRecord] = []
    private var readyIndex = 0
    private var atStart = true
    private var exhausted = false

    public init(path: String, chunkSize: Int = 1 << 16) throws(CSVReadError) {
        guard let handle = FileHandle(forReadingAtPath: path) else { throw .cannotOpen(path) }
        self.handle = handle
        self.chunkSize = chunkSize
    }

    /// The next record, or nil at the end of the file. Blank lines are skipped.
    public mutating func next() throws -> CSVRecord? {
        while readyIndex >= ready.count {
            guard !exhausted else { return nil }
            ready.removeAll(keepingCapacity: true)
            readyIndex = 0
            var collected: [CSVRecord] = []
            // The first read takes at least three bytes so a UTF-8 byte-order mark is seen whole.
            let data = handle.readData(ofLength: atStart ? max(chunkSize, 3) : chunkSize)
            if data.isEmpty {
                exhausted = true
                try? handle.close()
                try parser.finish { collected.append($0) }
            } else {
                var bytes = [UInt8](data)
                if atStart {
                    atStart = false
                    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
                }
                try parser.feed(bytes) { collected.append($0) }
            }
            ready = collected
        }
        defer { readyIndex += 1 }
        return ready[readyIndex]
    }
}

/// Why a CSV file could not be read at all (as opposed to one bad row).
public enum CSVReadError: Error, Sendable, Hashable, CustomStringConvertible {
    case cannotOpen(String)
    case unterminatedQuote(line: Int)

    public var description: String {
        switch self {
        case .cannotOpen(let path): "cannot open \(path)"
        case .unterminatedQuote(let line): "line \(line): a quoted field is never closed"
        }
    }
}

/// The byte-level state machine behind `CSVRecordReader`.
struct CSVByteParser {
    private var fields: [String] = []
    private var field: [UInt8] = []
    private var inQuotes = false
    private var quoteSeenInQuotes = false
    private var fieldStarted = false
    private var line = 1
    private var recordLine = 1
    private var previousWasCR = false

    mutating func feed(_ bytes: [UInt8], emit: (CSVRecord) throws -> Void) throws {
        for byte in bytes {
            if inQuotes {
                if quoteSeenInQuotes {
                    quoteSeenInQuotes = false
                    if byte == UInt8(ascii: "\"") {
                        field.append(byte)
                        continue
                    }
                    inQuotes = false
                    // fall through: the quote closed the field; handle this byte normally below
                } else if byte == UInt8(ascii: "\"") {
                    quoteSeenInQuotes = true
                    continue
                } else {
                    if byte == UInt8(ascii: "\n") { line += 1 }
                    field.append(byte)
                    continue
                }
            }
            switch byte {
            case UInt8(ascii: "\""):
                if field.isEmpty && !fieldStarted {
                    inQuotes = true
                    fieldStarted = true
                } else {
                    field.append(byte)
                }
            case UInt8(ascii: ","):
                endField()
            case UInt8(ascii: "\r"):
                previousWasCR = true
                try endRecord(emit: emit)
                line += 1
                recordLine = line
                continue
            case UInt8(ascii: "\n"):
                if previousWasCR {
                    previousWasCR = false
                    continue
                }
                try endRecord(emit: emit)
                line += 1
                recordLine = line
            default:
                fieldStarted = true
                field.append(byte)
            }
            previousWasCR = false
        }
    }

    mutating func finish(emit: (CSVRecord) throws -> Void) throws {
        if inQuotes && !quoteSeenInQuotes { throw CSVReadError.unterminatedQuote(line: recordLine) }
        inQuotes = false
        quoteSeenInQuotes = false
        try endRecord(emit: emit)
    }

    private mutating func endField() {
        fields.append(String(decoding: field, as: UTF8.self))
        field.removeAll(keepingCapacity: true)
        fieldStarted = false
    }

    private mutating func endRecord(emit: (CSVRecord) throws -> Void) throws {
        if inQuotes && quoteSeenInQuotes {
            inQuotes = false
            quoteSeenInQuotes = false
        }
        let blank = fields.isEmpty && field.isEmpty && !fieldStarted
        if !blank {
            endField()
            try emit(CSVRecord(line: recordLine, fields: fields))
        }
        fields.removeAll(keepingCapacity: true)
        field.removeAll(keepingCapacity: true)
        fieldStarted = false
    }
}
