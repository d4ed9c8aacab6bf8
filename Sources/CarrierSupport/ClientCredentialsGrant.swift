import Foundation
import ShipwatchCore

/// The OAuth 2 client-credentials token request (RFC 6749 §4.4), in the two ways carriers take the client's
/// id and secret: in the form body (USPS, FedEx) or as HTTP Basic (UPS).
public enum ClientCredentialsGrant {
    /// `POST path` with `grant_type=client_credentials&client_id=…&client_secret=…` and any `extraFields`
    /// (USPS's `scope`) in the form body.
    public static func formRequest(
        path: String,
        credentials: CarrierCredentials,
        extraFields: [(name: String, value: String)] = []
    ) -> WireRequest {
        let form = FormURLEncoding.encode(
            [
                ("grant_type", "client_credentials"),
                ("client_id", credentials.clientID ?? ""),
                ("client_secret", credentials.clientSecret ?? ""),
            ] + extraFields
        )
        return WireRequest(method: .post, path: path, headers: formHeaders, body: Array(form.utf8))
    }

    /// `POST path` with `Authorization: Basic base64(id:secret)` and `grant_type=client_credentials` in the body.
    public static func basicAuthRequest(path: String, credentials: CarrierCredentials) -> WireRequest {
        let pair = "\(credentials.clientID ?? ""):\(credentials.clientSecret ?? "")"
        let basic = Data(pair.utf8).base64EncodedString()
        return WireRequest(
            method: .post,
            path: path,
            headers: [WireField("Authorization", "Basic \(basic)")] + formHeaders,
            body: Array(FormURLEncoding.encode([("grant_type", "client_credentials")]).utf8)
        )
    }

    /// The form fields of a token request body, by name (the simulator's side); the first of a repeated name wins.
    public static func formFields(of request: WireRequest) -> [String: String] {
        let fields = FormURLEncoding.decode(String(decoding: request.body ?? [], as: UTF8.self))
        return Dictionary(fields.map { ($0.name, $0.value) }, uniquingKeysWith: { first, _ in first })
    }

    /// The client id and secret of a form-body token request, or nil when it is not a client-credentials grant.
    public static func formCredentials(of request: WireRequest) -> CarrierCredentials? {
        let values = formFields(of: request)
        guard values["grant_type"] == "client_credentials" else { return nil }
        return CarrierCredentials(clientID: values["client_id"], clientSecret: values["client_secret"])
    }

    private static let formHeaders = [
        WireField("Content-Type", "application/x-www-form-urlencoded"),
        WireField("Accept", "application/json"),
    ]
}
