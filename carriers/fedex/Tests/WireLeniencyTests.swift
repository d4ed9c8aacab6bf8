import CarrierSupport
import Foundation
import ShipwatchCore
import Testing
@testable import CarrierFedEx

@Suite("Wire models are lenient where FedEx is")
struct WireLeniencyTests {
    struct Holder: Codable {
        var text: LenientText?
        var flag: LenientFlag?
        var number: LenientNumber?
    }

    func decode(_ json: String) throws -> Holder {
        try JSONDecoder().decode(Holder.self, from: Data(json.utf8))
    }

    @Test("text fields accept strings, numbers and booleans", arguments: [
        (#"{"text":"2"}"#, "2"), (#"{"text":2}"#, "2"), (#"{"text":6.5}"#, "6.5"), (#"{"text":true}"#, "true"),
    ])
    func text(json: String, expected: String) throws {
        #expect(try decode(json).text?.value == expected)
    }

    @Test("flags accept booleans, words and numbers", arguments: [
        (#"{"flag":true}"#, true), (#"{"flag":"false"}"#, false), (#"{"flag":"Y"}"#, true), (#"{"flag":0}"#, false), (#"{"flag":"TRUE"}"#, true),
    ])
    func flag(json: String, expected: Bool) throws {
        #expect(try decode(json).flag?.value == expected)
    }

    @Test("numbers accept numeric text")
    func number() throws {
        #expect(try decode(#"{"number":"3599"}"#).number?.value == 3_599)
        #expect(try decode(#"{"number":3599}"#).number?.value == 3_599)
    }

    @Test("missing and null fields are nil, never a failure")
    func missing() throws {
        let holder = try decode(#"{"text":null}"#)
        #expect(holder.text == nil && holder.flag == nil && holder.number == nil)
        let event = try JSONDecoder().decode(FedExScanEvent.self, from: Data("{}".utf8))
        #expect(event == FedExScanEvent())
    }

    @Test("wrong structural types fail with a field path")
    func wrongType() {
        #expect(throws: DecodingError.self) { try decode(#"{"flag":"maybe"}"#) }
        #expect(throws: DecodingError.self) { try decode(#"{"text":{"a":1}}"#) }
    }

    @Test("alerts: bare string or array")
    func alerts() throws {
        let text = try JSONDecoder().decode(FedExAlerts.self, from: Data(#""TRACKING.DATA.NOTFOUND - x""#.utf8))
        #expect(text == .text("TRACKING.DATA.NOTFOUND - x"))
        let list = try JSONDecoder().decode(FedExAlerts.self, from: Data(#"[{"code":"C","alertType":"NOTE","message":"m"}]"#.utf8))
        #expect(list == .list([FedExAlert(code: "C", alertType: "NOTE", message: "m")]))
    }

    @Test("form encoding round-trips arbitrary text")
    func formEncoding() {
        let fields = [("client_id", "a b+c/d=e&f%g"), ("client_secret", "ünïcødé~*")]
        let encoded = FormURLEncoding.encode(fields)
        #expect(encoded == "client_id=a%20b%2Bc%2Fd%3De%26f%25g&client_secret=%C3%BCn%C3%AFc%C3%B8d%C3%A9~%2A")
        #expect(FormURLEncoding.decode(encoded).map { [$0.name, $0.value] } == fields.map { [$0.0, $0.1] })
    }

    @Test("country names map to ISO codes; codes pass through", arguments: [
        ("US", nil, "US"), ("ca", nil, "CA"), (nil, "GERMANY", "DE"), (nil, "United Kingdom", "GB"), ("", "Canada", "CA"),
        (nil, "Atlantis", nil), (nil, nil, nil),
    ] as [(String?, String?, String?)])
    func countries(code: String?, name: String?, expected: String?) {
        #expect(CountryNames.isoCode(code: code, name: name) == expected)
    }

    @Test("FedEx time text: colon offsets, including half hours and west of UTC")
    func timeText() {
        #expect(FedExTimeText.format(instant: utc("2025-03-12T04:58:00Z"), utcOffsetSeconds: -5 * 3_600) == "2025-03-11T23:58:00-05:00")
        #expect(FedExTimeText.format(instant: utc("2025-03-12T04:58:00Z"), utcOffsetSeconds: 19_800) == "2025-03-12T10:28:00+05:30")
        #expect(FedExTimeText.offsetText(0) == "+00:00")
    }

    @Test("a decoding failure names the path with array positions")
    func failurePath() {
        do {
            _ = try JSONDecoder().decode(FedExTrackResult.self, from: Data(#"{"scanEvents":[{},{"scanLocation":"x"}]}"#.utf8))
            Issue.record("should fail")
        } catch let error as DecodingError {
            #expect(FedExDecodingFailure(error).path == "scanEvents[1].scanLocation")
        } catch {
            Issue.record("unexpected \(error)")
        }
    }
}
