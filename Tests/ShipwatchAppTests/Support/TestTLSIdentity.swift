import AsyncHTTPClient
import NIOSSL

/// A self-signed certificate for `receiver.shipwatch.invalid` (valid until 2126) and its key, made for these tests
/// only (`openssl req -x509 -newkey ec …`): the TLS webhook receiver presents it, and delivery clients built for the
/// tests trust it. `.invalid` never resolves (RFC 6761), so a connection reaches the receiver only through a pin.
enum TestTLSIdentity {
    static let host = "receiver.shipwatch.invalid"

    static let certificatePEM = """
        -----BEGIN CERTIFICATE-----
        MIIB8DCCAZWgAwIBAgIUHdZ1jwdcAVWVJj1k0DRrgrnQUwswCgYIKoZIzj0EAwIw
        JTEjMCEGA1UEAwwacmVjZWl2ZXIuc2hpcHdhdGNoLmludmFsaWQwIBcNMjYxMjA3
        MTM1NDM1WhgPMjEyNjExMTMxMzU0MzVaMCUxIzAhBgNVBAMMGnJlY2VpdmVyLnNo
        aXB3YXRjaC5pbnZhbGlkMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE5bKivrCk
        9FJtlp7BIQ7UQcKbzuqUeu/Gq8mODUjuAvkUwxenai1fFERS/SrgTBndEyX7JE7G
        X81XNsFASTxSRaOBoDCBnTAdBgNVHQ4EFgQUJGBXHoxHkZeKysqqARBqaF9/HBQw
        HwYDVR0jBBgwFoAUJGBXHoxHkZeKysqqARBqaF9/HBQwJQYDVR0RBB4wHIIacmVj
        ZWl2ZXIuc2hpcHdhdGNoLmludmFsaWQwDwYDVR0TAQH/BAUwAwEB/zAOBgNVHQ8B
        Af8EBAMCAoQwEwYDVR0lBAwwCgYIKwYBBQUHAwEwCgYIKoZIzj0EAwIDSQAwRgIh
        AK6XMxqPH7EkemY7WjCiGE5pT8dTYH2Y1VDcv6iRp/6aAiEA6tjdyKcJqLhRdTzI
        yQu5PKeC0Z0shxD6B4bHqdw4s8o=
        -----END CERTIFICATE-----
        """

    static let privateKeyPEM = """
        -----BEGIN PRIVATE KEY-----
        MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgOCOu7lLlNWSElY7W
        0q4uFMqhDiNpCQi1dH2p+AosjEuhRANCAATlsqK+sKT0Um2WnsEhDtRBwpvO6pR6
        78aryY4NSO4C+RTDF6dqLV8URFL9KuBMGd0TJfskTsZfzVc2wUBJPFJF
        -----END PRIVATE KEY-----
        """

    /// The receiver's side: this certificate and key.
    static func serverConfiguration() throws -> TLSConfiguration {
        TLSConfiguration.makeServerConfiguration(
            certificateChain: [.certificate(try certificate())],
            privateKey: .privateKey(try NIOSSLPrivateKey(bytes: Array(privateKeyPEM.utf8), format: .pem)))
    }

    /// `base` trusting this certificate alone (names are still checked).
    static func trusting(_ base: HTTPClient.Configuration) throws -> HTTPClient.Configuration {
        var tls = TLSConfiguration.makeClientConfiguration()
        tls.trustRoots = .certificates([try certificate()])
        var configuration = base
        configuration.tlsConfiguration = tls
        return configuration
    }

    private static func certificate() throws -> NIOSSLCertificate {
        try NIOSSLCertificate(bytes: Array(certificatePEM.utf8), format: .pem)
    }
}
