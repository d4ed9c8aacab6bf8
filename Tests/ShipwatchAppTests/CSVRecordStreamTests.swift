import Foundation
import ShipwatchApp
import Testing

@Suite("CSV reading (RFC 4180, streamed)")
struct CSVRecordStreamTests {
    static func records(_ text: String, chunkSize: Int = 3) throws -> [CSVRecord] {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("csv-\(UUID().uuidString).csv").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        var stream = try CSVRecordStream(path: path, chunkSize: chunkSize)
        var records: [CSVRecord] = []
        while let record = try stream.next() { records.append(record) }
        return records
    }

    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let text: String
        let expected: [[String]]
        let lines: [Int]
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        .init(name: "plain LF", text: "a,b\n1,2\n", expected: [["a", "b"], ["1", "2"]], lines: [1, 2]),
        .init(name: "CRLF", text: "a,b\r\n1,2\r\n", expected: [["a", "b"], ["1", "2"]], lines: [1, 2]),
        .init(name: "no final newline", text: "a,b\n1,2", expected: [["a", "b"], ["1", "2"]], lines: [1, 2]),
        .init(name: "quoted comma and quote", text: "\"x, y\",\"say \"\"hi\"\"\"\n", expected: [["x, y", "say \"hi\""]], lines: [1]),
        .init(name: "newline inside quotes", text: "\"two\nlines\",z\nnext,row\n", expected: [["two\nlines", "z"], ["next", "row"]], lines: [1, 3]),
        .init(name: "blank lines skipped", text: "a\n\n\nb\n", expected: [["a"], ["b"]], lines: [1, 4]),
        .init(name: "empty fields", text: ",,\n", expected: [["", "", ""]], lines: [1]),
        .init(name: "byte-order mark", text: "\u{FEFF}store,x\n", expected: [["store", "x"]], lines: [1]),
        .init(name: "UTF-8 across chunks", text: "Zürich,Köln,東京\n", expected: [["Zürich", "Köln", "東京"]], lines: [1]),
    ]

    @Test("records and their line numbers", arguments: cases)
    func parse(_ testCase: Case) throws {
        for chunkSize in [1, 2, 5, 1 << 16] {
            let records = try Self.records(testCase.text, chunkSize: chunkSize)
            #expect(records.map(\.fields) == testCase.expected, "chunk size \(chunkSize)")
            #expect(records.map(\.line) == testCase.lines, "chunk size \(chunkSize)")
        }
    }

    @Test("an unterminated quote is an error naming its line")
    func unterminatedQuote() throws {
        #expect(throws: CSVReadError.unterminatedQuote(line: 2)) {
            _ = try Self.records("a,b\n\"open,2\n")
        }
    }
}
