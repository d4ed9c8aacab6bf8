import CarrierSupport
import Testing

@Suite("Phrase search over UTF-8 bytes")
struct PhraseTests {
    @Test("a phrase is found anywhere in a text, and only as written", arguments: [
        ("SHIPMENT ON HOLD", "ON HOLD", true),
        ("ON HOLD AT CUSTOMS", "ON HOLD", true),
        ("HELD AT CUSTOMS", "CUSTOMS", true),
        ("ON HOL", "ON HOLD", false),
        ("on hold", "ON HOLD", false),
        ("", "ON HOLD", false),
        ("ONON HOLD", "ON HOLD", true),
        ("ZÜRICH ON HOLD", "ON HOLD", true),
        ("ZÜRICH", "ÜR", true),
    ])
    func occurs(text: String, phrase: String, expected: Bool) {
        #expect(Phrase(phrase).occurs(in: text) == expected)
        // The reference: the standard library's own substring test.
        #expect(text.contains(phrase) == expected)
    }

    @Test("a table answers its first phrase found, in the table's order, not the text's")
    func firstMatchFollowsTableOrder() {
        let table = PhraseTable([("NOT DELIVERED", "ND"), ("DELIVERED", "OK"), ("ARRIVED", "AF")])
        #expect(table.firstMatch(in: "ARRIVED, NOT DELIVERED") == "ND")
        #expect(table.firstMatch(in: "DELIVERED") == "OK")
        #expect(table.firstMatch(in: "IN TRANSIT") == nil)
        #expect(table.anyOccurs(in: "ARRIVED AT HUB"))
    }

    @Test("parts split on the whole separator and keep empty parts, as the carriers' localities need", arguments: [
        ("LEIPZIG - GERMANY", ["LEIPZIG", "GERMANY"]),
        ("KARACHI - KARACHI - PAKISTAN", ["KARACHI", "KARACHI", "PAKISTAN"]),
        ("HONG KONG - HONG KONG SAR, CHINA", ["HONG KONG", "HONG KONG SAR, CHINA"]),
        ("WINSTON-SALEM, NC - USA", ["WINSTON-SALEM, NC", "USA"]),
        ("NO SEPARATOR", ["NO SEPARATOR"]),
        (" - ", ["", ""]),
        ("A -  - B", ["A", "", "B"]),
        ("", [""]),
        ("MÜNCHEN - DEUTSCHLAND", ["MÜNCHEN", "DEUTSCHLAND"]),
    ])
    func parts(text: String, expected: [String]) {
        #expect(text.parts(separatedBy: " - ").map(String.init) == expected)
    }
}
