import CarrierCatalog
import CarrierDHL
import CarrierUPS
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import ShipwatchAPI
import ShipwatchAPITestSupport
import ShipwatchCore
import Synchronization

/// A clock the test moves (session expiry).
final class TestClock: Sendable {
    private let instant: Mutex<Date>

    init(_ start: Date) {
        instant = Mutex(start)
    }

    var now: Date { instant.withLock { $0 } }

    func advance(seconds: Double) {
        instant.withLock { $0 = $0.addingTimeInterval(seconds) }
    }
}

/// The ops dashboard over in-memory ports: two stores, a customs stall (charms) and a sorting stall (cases),
/// each with a proposed remedy; an admin of every store and an ops user limited to `cases`.
struct OpsHarness: Sendable {
    static let password = "correct horse battery"
    static let admin = "ada@ops.example"
    static let casesOnly = "cy@ops.example"
    /// Shipment, finding and remedy ids of the charms customs stall and the cases sorting stall.
    static let charmsShipment: Int64 = 1
    static let casesShipment: Int64 = 2
    static let charmsRemedy: Int64 = 100
    static let casesRemedy: Int64 = 200

    let ops: InMemoryOps
    let clock: TestClock
    let dependencies: APIDependencies
    let opsKey: String
    let casesOpsKey: String

    init(settings: OpsSettings = OpsSettings()) async throws {
        let clock = TestClock(TestWorld.reference.addingTimeInterval(10 * 86_400))
        let ops = InMemoryOps(
            stores: Set(TestWorld.stores.keys),
            health: OpsPollHealth(
                runs: [OpsPollRun(id: 7, startedAt: TestWorld.reference, finishedAt: nil, status: "abandoned", owner: "poll-1", host: "h1", callsUsedJSON: #"{"ups": 3}"#, error: "lease lost")],
                carriers: [OpsCarrierHealth(carrier: .ups, attempts24h: 12, errors24h: 2, callsThisHour: 5, callsToday: 40, bannedUntil: TestWorld.reference.addingTimeInterval(11 * 86_400), banReason: "429 storm")],
                unmappedCodes: [OpsUnmappedCode(carrier: .dhl, code: "ZZ", sampleDescription: "Mystery <b>scan</b>", occurrences: 4, shipments: 2, lastSeenAt: TestWorld.reference)],
                webhookEndpoints: Self.webhookEndpoints))
        let reference = TestWorld.reference
        await ops.seed(
            shipment: Shipment(id: Self.charmsShipment, store: "charms", orderRef: "A-100", carrier: .ups, trackingNumber: TestWorld.upsNumber,
                               status: .customsInProgress, lastEventAt: reference.addingTimeInterval(40 * 3_600), createdAt: reference),
            events: TestWorld.seeds[0].events)
        await ops.seed(
            shipment: Shipment(id: Self.casesShipment, store: "cases", orderRef: "B-7", carrier: .dhl, trackingNumber: TestWorld.dhlNumber,
                               status: .sortArrived, lastEventAt: reference.addingTimeInterval(5 * 3_600), createdAt: reference),
            events: TestWorld.seeds[2].events)
        for (findingID, shipmentID, rule, severity) in [(Int64(10), Self.charmsShipment, RuleID.customsStall, Severity.act), (20, Self.casesShipment, .sortingStall, .watch)] {
            await ops.seed(finding: .init(
                detail: OpsFindingDetail(
                    id: findingID, rule: rule, severity: severity, state: "open", stage: nil, stageSince: nil,
                    openedAt: reference.addingTimeInterval(Double(findingID) * 3_600 * 24 / 10), resolvedAt: nil,
                    evidenceJSON: #"{"days_silent": 4}"#),
                shipmentID: shipmentID, lastLocation: shipmentID == Self.charmsShipment ? "Köln, DE" : "London, GB"))
            await ops.seed(remedy: OpsRemedy(
                id: findingID * 10, findingID: findingID, shipmentID: shipmentID, store: shipmentID == Self.charmsShipment ? "charms" : "cases",
                kind: "customer_choice", compensation: "an extra charm", message: "Dear customer, <your parcel> is held in customs.",
                status: "proposed", decidedBy: nil, decidedAt: nil, note: nil, executedBy: nil, executedAt: nil, executionNote: nil,
                createdAt: reference))
        }
        _ = try await ops.create(NewOpsUser(email: Self.admin, passwordHash: OpsPassword.hash(Self.password, cost: 4), role: .admin, stores: []))
        _ = try await ops.create(NewOpsUser(email: Self.casesOnly, passwordHash: OpsPassword.hash(Self.password, cost: 4), role: .ops, stores: ["cases"]))
        let storefront = InMemoryStorefront(stores: TestWorld.stores)
        let keys = InMemoryAPIKeys(stores: Set(TestWorld.stores.keys))
        let allStores = APIKeyText.generate()
        _ = try await keys.create(NewAPIKey(keyID: allStores.keyID, secretHash: allStores.secretHash, store: nil, name: "helpdesk", scope: .ops))
        let cases = APIKeyText.generate()
        _ = try await keys.create(NewAPIKey(keyID: cases.keyID, secretHash: cases.secretHash, store: "cases", name: "cases helpdesk", scope: .ops))
        self.ops = ops
        self.clock = clock
        self.opsKey = allStores.text
        self.casesOpsKey = cases.text
        dependencies = APIDependencies(
            readModel: storefront, registrar: storefront, keys: keys, rateLimits: InMemoryRateLimits(), readiness: FixedReadiness(),
            roster: CarrierCatalog.roster,
            now: { clock.now },
            ops: OpsDependencies(users: ops, sessions: ops, reader: ops, desk: ops, settings: settings))
    }

    /// A query string and user info the runs page must never show.
    static let webhookQuerySecret = "token=QUERYSECRET42"
    static let webhookUserInfo = "hookuser:hookpass"

    /// An enabled `charms` endpoint whose URL carries user info, a query string and markup, with a retrying
    /// delivery; a disabled `cases` endpoint.
    static var webhookEndpoints: [OpsWebhookEndpointHealth] {
        [
            OpsWebhookEndpointHealth(
                id: 31, store: "charms", url: "https://\(webhookUserInfo)@hooks.example/in/<script>?\(webhookQuerySecret)",
                eventTypes: ["finding.opened", "remedy.proposed"], enabled: true, disabledReason: nil, disabledAt: nil,
                consecutiveFailures: 0, delivered24h: 17, pending24h: 3, failed24h: 2,
                lastAttempt: .init(at: TestWorld.reference, statusCode: 503, error: "HTTP 503 <from proxy>")),
            OpsWebhookEndpointHealth(
                id: 32, store: "cases", url: "https://cases.example/hook", eventTypes: nil, enabled: false,
                disabledReason: "15 consecutive deliveries failed; last: HTTP 410", disabledAt: TestWorld.reference,
                consecutiveFailures: 15, delivered24h: 0, pending24h: 0, failed24h: 0, lastAttempt: nil),
        ]
    }

    func makeApplication() throws -> some ApplicationProtocol {
        Application(router: APIRouter.build(dependencies: dependencies, templates: try PageTemplates()))
    }
}

/// A signed-in browser: its session cookie and the CSRF token its pages carry.
struct OpsBrowser: Sendable {
    var cookie: String
    var csrf: String
}

extension TestClientProtocol {
    /// Signs in through the form (as a browser would: GET the form, POST it with its cookie and token).
    func signIn(_ email: String, password: String = OpsHarness.password, headers: HTTPFields = [:]) async throws -> (Reply, OpsBrowser?) {
        let form = try await send(.get, "/ops/login")
        let loginCookie = cookieValue(form.headers, name: "sw_login_csrf") ?? ""
        let token = hiddenValue(form.body, name: "csrf_token") ?? ""
        var fields = headers
        fields[.cookie] = "sw_login_csrf=\(loginCookie)"
        let reply = try await postForm("/ops/login", ["csrf_token": token, "email": email, "password": password], headers: fields)
        guard let session = cookieValue(reply.headers, name: "sw_session"), !session.isEmpty else { return (reply, nil) }
        let page = try await send(.get, "/ops", headers: [.cookie: "sw_session=\(session)"])
        return (reply, OpsBrowser(cookie: "sw_session=\(session)", csrf: hiddenValue(page.body, name: "csrf_token") ?? ""))
    }

    func postForm(_ uri: String, _ values: [String: String], headers: HTTPFields = [:], extra: [(String, String)] = []) async throws -> Reply {
        var fields = headers
        fields[.contentType] = "application/x-www-form-urlencoded"
        let pairs = values.sorted { $0.key < $1.key }.map { ($0.key, $0.value) } + extra
        let body = pairs.map { "\(formEncode($0.0))=\(formEncode($0.1))" }.joined(separator: "&")
        return try await send(.post, uri, headers: fields, body: body)
    }

    func page(_ uri: String, as browser: OpsBrowser) async throws -> Reply {
        try await send(.get, uri, headers: [.cookie: browser.cookie])
    }
}

func formEncode(_ text: String) -> String {
    text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? text
}

/// The value a `Set-Cookie` field gives cookie `name`.
func cookieValue(_ headers: HTTPFields, name: String) -> String? {
    setCookie(headers, name: name).flatMap { field in
        field.split(separator: ";").first.map { String($0.dropFirst(name.count + 1)) }
    }
}

/// The whole `Set-Cookie` field of cookie `name`.
func setCookie(_ headers: HTTPFields, name: String) -> String? {
    headers[values: .setCookie].first { $0.hasPrefix(name + "=") }
}

/// The value of the first hidden input called `name`.
func hiddenValue(_ html: String, name: String) -> String? {
    guard let range = html.range(of: "name=\"\(name)\" value=\"") else { return nil }
    let rest = html[range.upperBound...]
    return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
}
