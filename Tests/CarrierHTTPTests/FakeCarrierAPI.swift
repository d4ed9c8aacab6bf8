import CarrierHTTP
import CarrierUPS
import Foundation
import ShipwatchCore

/// A carrier that speaks a trivial JSON dialect, served by `FakeCarrierServer`.
///
/// Token: `POST /oauth/token` → `{"access_token": "...", "expires_in": 3600}`.
/// Tracking: `GET /track?numbers=A,B` with `Authorization: Bearer …` →
/// `{"results": {"A": {"state": "found", "status": "Delivered"}, "B": {"state": "notfound"}}}`;
/// any other state (or a non-object entry) is malformed for that number only.
struct FakeCarrierAPI: CarrierAPI {
    var carrier: Carrier = .ups
    var maxNumbersPerRequest: Int = 3
    var usesOAuth = true

    func tokenRequest(credentials: CarrierCredentials) -> WireRequest? {
        guard usesOAuth else { return nil }
        let form = "grant_type=client_credentials&client_id=\(credentials.clientID ?? "")&client_secret=\(credentials.clientSecret ?? "")"
        return WireRequest(
            method: .post,
            path: "/oauth/token",
            headers: [WireField("Content-Type", "application/x-www-form-urlencoded")],
            body: Array(form.utf8)
        )
    }

    func parseTokenResponse(_ response: WireResponse) throws(CarrierError) -> AccessToken {
        guard let object = try? JSONSerialization.jsonObject(with: Data(response.body)) as? [String: Any],
            let value = object["access_token"] as? String,
            let expiresIn = object["expires_in"] as? Double
        else { throw .malformedPayload(detail: "token answer") }
        return AccessToken(value: value, expiresIn: expiresIn)
    }

    func trackingRequest(numbers: [String], credentials: CarrierCredentials, accessToken: String?, requestID: String) -> WireRequest {
        var headers = [WireField("X-Request-ID", requestID)]
        if let accessToken { headers.append(WireField("Authorization", "Bearer \(accessToken)")) }
        if !usesOAuth, let apiKey = credentials.apiKey { headers.append(WireField("X-API-Key", apiKey)) }
        return WireRequest(method: .get, path: "/track", query: [WireField("numbers", numbers.joined(separator: ","))], headers: headers)
    }

    func parseTrackingResponse(_ response: WireResponse, requested: [String]) throws(CarrierError) -> [String: TrackingOutcome] {
        guard response.status == 200 else {
            throw CarrierError.classify(status: response.status, retryAfter: nil, detail: "fake")
                ?? .malformedPayload(detail: "HTTP \(response.status)")
        }
        guard let object = try? JSONSerialization.jsonObject(with: Data(response.body)) as? [String: Any],
            let results = object["results"] as? [String: Any]
        else { throw .malformedPayload(detail: "not a results object") }
        var outcomes: [String: TrackingOutcome] = [:]
        for number in requested {
            guard let entry = results[number] as? [String: Any], let state = entry["state"] as? String else {
                outcomes[number] = .malformed(detail: "entry unreadable")
                continue
            }
            switch state {
            case "found":
                let snapshot = TrackingSnapshot(
                    carrier: carrier, trackingNumber: number, carrierStatus: entry["status"] as? String, events: []
                )
                outcomes[number] = .found(snapshot)
            case "notfound":
                outcomes[number] = .notFound(detail: "unknown to the fake carrier")
            default:
                outcomes[number] = .malformed(detail: "state \(state)")
            }
        }
        return outcomes
    }
}
