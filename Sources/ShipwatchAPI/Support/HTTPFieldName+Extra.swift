import HTTPTypes

extension HTTPField.Name {
    /// `Referrer-Policy` (not among HTTPTypes' predefined names). The literal is a valid token, so `!` cannot trap.
    static let referrerPolicy = HTTPField.Name("Referrer-Policy")!
}
