@testable import ShipwatchAPI
import Testing

@Suite("Reading the Authorization header")
struct BearerTokenTests {
    @Test("the scheme is Bearer in any case, and blanks around the token do not count", arguments: [
        ("Bearer sw_abc", "sw_abc"),
        ("bearer sw_abc", "sw_abc"),
        ("BEARER   sw_abc \t", "sw_abc"),
        ("BeArEr sw_abc", "sw_abc"),
    ])
    func accepted(header: String, token: String) {
        #expect(KeyCheck.bearerToken(header).map(String.init) == token)
    }

    @Test("another scheme, no token, or no space after the scheme is no token", arguments: [
        "Basic abc", "Bearer", "Bearer ", "Bearer\t\t", "Bearersw_abc", "Bear sw_abc", "", "Bearer\u{00A0}sw_abc", "Béarer sw_abc",
    ])
    func refused(header: String) {
        #expect(KeyCheck.bearerToken(header) == nil)
    }
}
