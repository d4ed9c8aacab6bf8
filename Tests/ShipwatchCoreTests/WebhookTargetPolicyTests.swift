import ShipwatchCore
import Testing

@Suite("webhook target policy")
struct WebhookTargetPolicyTests {
    let strict = WebhookTargetPolicy(allowPrivateTargets: false)

    @Test("https URLs to public hosts are allowed, http only to loopback")
    func schemes() {
        #expect(strict.urlProblem("https://hooks.example.com/shipwatch") == nil)
        #expect(strict.urlProblem("https://hooks.example.com:8443/a?b=c") == nil)
        #expect(strict.urlProblem("http://127.0.0.1:9000/hook") == nil)
        #expect(strict.urlProblem("http://localhost:9000/hook") == nil)
        #expect(strict.urlProblem("http://[::1]:9000/hook") == nil)
        #expect(strict.urlProblem("http://hooks.example.com/hook")?.contains("only https://") == true)
    }

    @Test("private, link-local and reserved literal addresses are refused unless the config allows them")
    func privateRanges() {
        for url in [
            "https://10.1.2.3/h", "https://192.168.0.10/h", "https://172.16.5.4/h", "https://169.254.169.254/latest/meta-data",
            "https://100.64.0.1/h", "https://0.0.0.0/h", "https://[fd00::1]/h", "https://[fe80::1]/h", "https://[::ffff:10.0.0.1]/h",
        ] {
            #expect(strict.urlProblem(url)?.contains("allow_private_targets") == true, "\(url)")
            #expect(WebhookTargetPolicy(allowPrivateTargets: true).urlProblem(url) == nil, "\(url)")
        }
        #expect(strict.urlProblem("https://172.32.0.1/h") == nil)
        #expect(strict.urlProblem("https://8.8.8.8/h") == nil)
    }

    @Test("malformed URLs are refused with the text named")
    func malformed() {
        for url in ["ftp://example.com", "https://", "https://user:pw@example.com/", "https://exa mple.com/", "https://example.com:0/",
                    "https://example.com:99999/", "https://[::1/", "example.com"] {
            #expect(strict.urlProblem(url)?.contains("is not an http(s) URL") == true, "\(url)")
        }
    }

    @Test("resolved addresses are judged like literal ones")
    func resolvedAddresses() throws {
        let privateAddress = try #require(IPAddressBytes(bytes: [10, 0, 0, 7]))
        let external = try #require(IPAddressBytes(bytes: [93, 184, 216, 34]))
        #expect(strict.addressProblem(privateAddress) != nil)
        #expect(strict.addressProblem(external) == nil)
        #expect(IPAddressBytes(parsing: "2001:db8::1")?.description == "2001:db8:0:0:0:0:0:1")
    }
}
