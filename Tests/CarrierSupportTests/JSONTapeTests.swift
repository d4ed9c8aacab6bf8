import CarrierSupport
import Foundation
import ShipwatchCore
import Testing

@Suite("The JSON tape reads a body once and gives values, byte slices and typed decoding")
struct JSONTapeTests {
    private func tape(_ text: String) throws -> JSONTape {
        try JSONTape(parsing: Array(text.utf8))
    }

    @Test("objects, arrays and scalars are navigated like JSONFragment")
    func navigation() throws {
        let root = try tape(#"{"a": [1, 2.5, "x", true, null], "b": {"c": "d"}, "a2": -7}"#).root
        #expect(root.isObject)
        let items = root["a"]?.elements ?? []
        #expect(items.count == 5)
        #expect(items[0].number == 1)
        #expect(items[1].number == 2.5)
        #expect(items[2].text == "x")
        #expect(items[3].kind == .bool)
        #expect(items[4].kind == .null)
        #expect(root["b"]?["c"]?.text == "d")
        #expect(root["a2"]?.number == -7)
        #expect(root["missing"] == nil)
        #expect(root["a"]?.element(9) == nil)
    }

    @Test("a raw fragment is the received text without whitespace between tokens, strings untouched")
    func compactSlices() throws {
        let root = try tape("{ \"events\" : [ { \"b\" : \"two  words\" ,\n \"a\" : [ 1 , 2.50 ] , \"q\" : \"say \\\"hi\\\" \" } ] }").root
        let event = try #require(root["events"]?.element(0))
        #expect(event.jsonText == #"{"b":"two  words","a":[1,2.50],"q":"say \"hi\" "}"#)
        // The same JSON value as the bytes it was cut from.
        let reparsed = try JSONDecoder().decode(JSONFragment.self, from: Data(event.jsonText.utf8))
        #expect(reparsed == event.fragment)
    }

    @Test("escapes are decoded in values and in member names")
    func escapes() throws {
        let root = try tape(#"{"n\u0061me": "caf\u00e9 \ud83d\ude00 \/ \\ \n"}"#).root
        #expect(root["name"]?.text == "café 😀 / \\ \n")
    }

    @Test("a repeated member name reads as its last value, as in JSONFragment")
    func duplicateNames() throws {
        let root = try tape(#"{"k": 1, "k": 2}"#).root
        #expect(root["k"]?.number == 2)
        #expect(root.fragment == JSONFragment.object(["k": .number(2)]))
    }

    @Test("broken JSON is refused with the byte offset", arguments: [
        "", "{", "[1,]", #"{"a" 1}"#, #""\ud800""#, "01x", "[1] 2", "\"a\u{01}b\"", "tru", "-", "1.", "1e",
    ])
    func refusals(_ text: String) {
        #expect(throws: JSONFragmentParseError.self) { try JSONTape(parsing: Array(text.utf8)) }
    }

    @Test("nesting deeper than 512 levels is refused, not a stack overflow")
    func depth() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(throws: JSONFragmentParseError.self) { try JSONTape(parsing: Array(deep.utf8)) }
    }

    private struct Sample: Decodable, Equatable {
        var text: String
        var count: Int
        var ratio: Double
        var flag: Bool
        var list: [String]
        var optional: String?
        var nested: [String: Int]
        var small: UInt8?
    }

    @Test("typed decoding agrees with Foundation's JSONDecoder")
    func typedDecoding() throws {
        let body = Array(#"{"text":"t","count":3,"ratio":0.25,"flag":false,"list":["a","b"],"optional":null,"nested":{"x":1},"small":255}"#.utf8)
        let ours = try JSONTapeDecoder.decode(Sample.self, from: body)
        let foundation = try JSONDecoder().decode(Sample.self, from: Data(body))
        #expect(ours == foundation)
    }

    @Test("type errors carry Foundation's coding paths", arguments: [
        (#"{"text":1,"count":3,"ratio":0.25,"flag":false,"list":[],"nested":{}}"#, "text"),
        (#"{"text":"t","count":3,"ratio":0.25,"flag":false,"list":["a",2],"nested":{}}"#, "list[1]"),
        (#"{"text":"t","count":3,"ratio":0.25,"flag":false,"list":[],"nested":{},"small":256}"#, "small"),
        (#"{"text":"t","count":1e30,"ratio":0.25,"flag":false,"list":[],"nested":{}}"#, "count"),
    ])
    func errorPaths(_ text: String, _ path: String) {
        do {
            _ = try JSONTapeDecoder.decode(Sample.self, from: Array(text.utf8))
            Issue.record("decoded \(text)")
        } catch let error as DecodingError {
            let context: DecodingError.Context? = switch error {
            case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context): context
            case .keyNotFound(_, let context): context
            @unknown default: nil
            }
            #expect(CodingPathText.render(context?.codingPath ?? []) == path)
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test("a missing key is keyNotFound")
    func missingKey() {
        #expect(throws: DecodingError.self) { try JSONTapeDecoder.decode(Sample.self, from: Array(#"{"text":"t"}"#.utf8)) }
    }

    private struct Loose: Decodable {
        var text: String?
        var whole: Int?
        var number: Double?
        var flag: Bool?
        var list: [String]?

        enum CodingKeys: String, CodingKey { case text, whole, number, flag, list }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            text = try container.lenientString(.text)
            whole = try container.lenientInt(.whole)
            number = try container.lenientDouble(.number)
            flag = try container.lenientBool(.flag)
            list = try container.lenientStringList(.list)
        }
    }

    @Test("the lenient readers give the same values through either decoder", arguments: [
        #"{"text": 12, "whole": "7", "number": "2.5", "flag": "Y", "list": "solo"}"#,
        #"{"text": 1.5, "whole": 2.0, "number": 3, "flag": 0, "list": ["a", null, 3]}"#,
        #"{"text": true, "whole": "1e20", "number": "inf", "flag": "maybe", "list": 4}"#,
        #"{"text": null, "whole": 9223372036854775807, "number": -0.0, "flag": true}"#,
        #"{"whole": -9223372036854775808, "number": 1e300}"#,
        #"{}"#,
    ])
    func lenientReaders(_ text: String) throws {
        let body = Array(text.utf8)
        let ours = try JSONTapeDecoder.decode(Loose.self, from: body)
        let foundation = try JSONDecoder().decode(Loose.self, from: Data(body))
        #expect(ours.text == foundation.text)
        #expect(ours.whole == foundation.whole)
        #expect(ours.number == foundation.number)
        #expect(ours.flag == foundation.flag)
        #expect(ours.list == foundation.list)
    }

    @Test("a number past Double's range reads as nil, never a trap")
    func hugeNumber() throws {
        let loose = try JSONTapeDecoder.decode(Loose.self, from: Array(#"{"whole": 1e400, "number": 1e400, "text": 1e400}"#.utf8))
        #expect(loose.whole == nil)
        #expect(loose.number == nil)
        #expect(loose.text == "inf")
    }

    @Test("a lenient reader refuses an object where text belongs, through either decoder")
    func lenientShapeError() {
        let body = Array(#"{"text": {"a": 1}}"#.utf8)
        #expect(throws: DecodingError.self) { try JSONTapeDecoder.decode(Loose.self, from: body) }
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(Loose.self, from: Data(body)) }
    }
}
