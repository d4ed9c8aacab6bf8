import Foundation
import ShipwatchCore
import ShipwatchStore

/// `shipwatch webhooks add | list | remove | rotate-secret | disable | enable | deliver | deliveries | replay`.
public struct WebhooksAction: Sendable {
    public var context: ShipwatchContext

    public init(context: ShipwatchContext) {
        self.context = context
    }

    /// Adds an endpoint; returns its secret (print it alone on stdout) and a description for stderr.
    public func add(store: String, url: String, events: String?) async throws -> (secret: String, details: String) {
        let policy = context.config.webhooks.targetPolicy
        if let problem = policy.urlProblem(url) { throw ShipwatchFailure.invalidOption(option: "--url", reason: problem) }
        let types = try Self.eventTypes(events)
        if let target = WebhookTarget(parsing: url), !target.isLoopback, target.literalAddress == nil, !policy.allowPrivateTargets {
            if let problem = await WebhookTargetResolver(policy: policy).problem(url: url), !problem.hasSuffix("does not resolve") {
                throw ShipwatchFailure.invalidOption(option: "--url", reason: problem)
            }
        }
        return try await context.withDatabase { database in
            guard try await StoreRepository(database: database).exists(key: store) else { throw ShipwatchFailure.unknownStore(store) }
            let secret = WebhookSecret.generate()
            let record = try await WebhookEndpointRepository(database: database).add(
                store: store, url: url, eventTypes: types, secret: secret.text)
            let details = "added webhook endpoint \(record.id) for store \(store) (\(Self.eventsText(record.eventTypes))); "
                + "its signing secret is shown once"
            return (secret.text, details)
        }
    }

    /// The endpoints as a table (never a secret); a disabled one says why.
    public func list(store: String?) async throws -> String {
        try await context.withDatabase { database in
            let endpoints = try await WebhookEndpointRepository(database: database).list(store: store)
            guard !endpoints.isEmpty else { return "no webhook endpoints" }
            var table = TextTable(headers: ["ID", "STORE", "URL", "EVENTS", "STATE", "FAILURES", "ROTATING UNTIL"])
            for endpoint in endpoints {
                table.add([
                    String(endpoint.id), endpoint.store, endpoint.url, Self.eventsText(endpoint.eventTypes),
                    endpoint.enabled ? "enabled" : "disabled: \(endpoint.disabledReason ?? "by an operator")",
                    String(endpoint.consecutiveFailures),
                    endpoint.previousSecretExpiresAt.flatMap { $0 > Date() ? Self.stamp($0) : nil } ?? "-",
                ])
            }
            return table.render()
        }
    }

    /// Removes an endpoint and its deliveries.
    public func remove(id: Int64) async throws -> String {
        try await context.withDatabase { database in
            guard try await WebhookEndpointRepository(database: database).remove(id: id) else { throw Self.noEndpoint(id) }
            return "removed webhook endpoint \(id)"
        }
    }

    /// Gives the endpoint a new secret; the previous one keeps signing alongside for `secret_overlap_hours`.
    public func rotateSecret(id: Int64) async throws -> (secret: String, details: String) {
        let hours = context.config.webhooks.secretOverlapHours
        return try await context.withDatabase { database in
            let secret = WebhookSecret.generate()
            guard let record = try await WebhookEndpointRepository(database: database).rotateSecret(
                id: id, newSecret: secret.text, overlapSeconds: hours * 3_600)
            else { throw Self.noEndpoint(id) }
            let until = record.previousSecretExpiresAt.map(Self.stamp) ?? "now"
            return (secret.text, "rotated the secret of webhook endpoint \(id); the previous one signs alongside until \(until)")
        }
    }

    /// Enables or disables an endpoint.
    public func setEnabled(id: Int64, _ enabled: Bool) async throws -> String {
        try await context.withDatabase { database in
            guard try await WebhookEndpointRepository(database: database).setEnabled(
                id: id, enabled, reason: enabled ? nil : "disabled by an operator") != nil
            else { throw Self.noEndpoint(id) }
            return "\(enabled ? "enabled" : "disabled") webhook endpoint \(id)"
        }
    }

    /// One bounded delivery pass.
    public func deliver(limit: Int?, maxDuration: Double?) async throws -> WebhookPassSummary {
        let settings = context.config.webhooks
        let limit = limit ?? 100_000
        guard limit > 0 else { throw ShipwatchFailure.invalidRunBound(option: "--limit \(limit)", reason: "must be above 0") }
        let seconds = maxDuration ?? 240
        guard seconds.isFinite, seconds > 0, seconds <= 86_400 else {
            throw ShipwatchFailure.invalidRunBound(option: "--max-duration \(seconds)", reason: "must be above 0 and at most 86400")
        }
        return try await context.withDatabase(maximumConnections: 4) { database in
            try await WebhookHTTPClient.with(settings: settings) { client in
                let pass = WebhookDeliveryPass(database: database, client: client, settings: settings, logger: context.logger)
                return try await pass.run(limit: limit, deadline: ContinuousClock.now + .milliseconds(Int64(seconds * 1_000)))
            }
        }
    }

    /// Deliveries with their attempt counts, last status codes and durations; with `attempts`, every recorded attempt
    /// of those deliveries instead (time, status code, duration, outcome, error).
    public func deliveries(endpointID: Int64?, status: String?, limit: Int, attempts: Bool = false) async throws -> String {
        if let status, !["pending", "delivered", "failed"].contains(status) {
            throw ShipwatchFailure.unknownName(kind: "--status", name: status, expected: "pending, delivered, failed")
        }
        return try await context.withDatabase { database in
            let repository = WebhookDeliveryRepository(database: database)
            let records = try await repository.list(endpointID: endpointID, status: status, limit: limit)
            guard !records.isEmpty else { return "no deliveries" }
            if attempts {
                return Self.attemptsTable(records, try await repository.attempts(deliveryIDs: records.map(\.id)))
            }
            var table = TextTable(headers: ["ID", "ENDPOINT", "EVENT", "TYPE", "STATUS", "ATTEMPTS", "LAST CODE", "LAST MS", "NEXT / DONE", "LAST ERROR"])
            for record in records {
                table.add([
                    String(record.id), String(record.endpointID), record.eventID, record.eventType, record.status,
                    String(record.attempts), record.lastStatusCode.map(String.init) ?? "-",
                    record.lastDurationMilliseconds.map(String.init) ?? "-",
                    record.status == "pending" ? Self.stamp(record.nextAttemptAt) : (record.deliveredAt.map(Self.stamp) ?? "-"),
                    record.lastError.map { String($0.prefix(60)) } ?? "-",
                ])
            }
            return table.render()
        }
    }

    /// Queues an event again with the same id.
    public func replay(eventID: String) async throws -> String {
        try await context.withDatabase { database in
            guard let count = try await WebhookDeliveryRepository(database: database).replay(eventID: eventID) else {
                throw ShipwatchFailure.rejectedInput("no webhook event with id \(eventID)")
            }
            return "queued \(count) deliver\(count == 1 ? "y" : "ies") of \(eventID)"
        }
    }

    /// The parsed `--events` list; nil (every type) without one.
    static func eventTypes(_ text: String?) throws -> [WebhookEventType]? {
        guard let text else { return nil }
        do {
            return try WebhookEventType.parseList(text)
        } catch {
            throw ShipwatchFailure.invalidOption(option: "--events", reason: error.description)
        }
    }

    static func eventsText(_ types: [String]?) -> String {
        types?.joined(separator: ",") ?? "all events"
    }

    static func noEndpoint(_ id: Int64) -> ShipwatchFailure {
        .rejectedInput("no webhook endpoint with id \(id)")
    }

    static func stamp(_ date: Date) -> String {
        LocalDateTime(instant: date, utcOffsetSeconds: 0).minuteKey + "Z"
    }
}
