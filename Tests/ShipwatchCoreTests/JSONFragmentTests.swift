import Foundation
import Testing
@testable import ShipwatchCore

@Suite("JSONFragment: direct parser and stable printing")
struct JSONFragmentTests {
    static let documents: [String] = [
        #"{}"#, #"[]"#, #"null"#, #"true"#, #"false"#, #"0"#, #"-12.5e3"#, #"1E-2"#,
        #"{"a":1,"b":[true,false,null],"c":{"d":"e"}}"#,
        #"  { "spaced" : [ 1 , 2 ] }  "#,
        #"["quote \" backslash \\ slash \/ tab \t newline \n"]"#,
        #"["\u00e9\u4e1c\ud83d\ude9a", "Zürich"]"#,
        #"{"eventTimestamp":"2024-11-22T13:58:00","GMTOffset":"-05:00","additionalProp":null}"#,
    ]

    @Test("parses what JSONDecoder parses, to the same value", arguments: documents)
    func matchesDecoder(_ text: String) throws {
        let parsed = try JSONFragment(parsing: Array(text.utf8))
        let decoded = try JSONDecoder().decode(JSONFragment.self, from: Data(text.utf8))
        #expect(parsed == decoded)
    }

    @Test("prints compact JSON with sorted keys that parses back to the same value", arguments: documents)
    func roundTrip(_ text: String) throws {
        let parsed = try JSONFragment(parsing: Array(text.utf8))
        #expect(try JSONFragment(parsing: Array(parsed.jsonText.utf8)) == parsed)
        #expect(!parsed.jsonText.contains(" :"))
    }

    @Test("sorted keys and escapes", arguments: [
        (#"{"b":1,"a":"x\ny"}"#, #"{"a":"x\ny","b":1}"#),
        (#"[1.5, 2, -0.25]"#, "[1.5,2,-0.25]"),
    ])
    func printing(_ input: String, _ expected: String) throws {
        #expect(try JSONFragment(parsing: Array(input.utf8)).jsonText == expected)
    }

    @Test("refuses what is not JSON, saying where", arguments: [
        "", "{", "[1,]", #"{"a" 1}"#, "tru", #""unterminated"#, "01x", #"["\x"]"#, #"["\ud83d"]"#, "[1] [2]", "<html>",
    ])
    func refuses(_ text: String) {
        #expect(throws: JSONFragmentParseError.self) { try JSONFragment(parsing: Array(text.utf8)) }
    }

    @Test("deep nesting is refused, not a stack overflow")
    func depthLimit() {
        let text = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        #expect(throws: JSONFragmentParseError.self) { try JSONFragment(parsing: Array(text.utf8)) }
    }
}
