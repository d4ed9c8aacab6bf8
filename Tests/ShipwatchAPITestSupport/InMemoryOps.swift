import Foundation
import ShipwatchCore

/// The ops dashboard's ports in memory: users, sessions, findings, remedies (with the CLI's transitions and audit
/// entries), poller health. The PostgreSQL adapters do the same against the real tables.
public actor InMemoryOps: OpsUserDirectory, OpsSessionStore, OpsDashboardReader, OpsDecisionDesk {
    /// One open or resolved finding with what the list shows of its shipment.
    public struct SeededFinding: Sendable {
        public var detail: OpsFindingDetail
        public var shipmentID: Int64
        public var lastLocation: String?

        public init(detail: OpsFindingDetail, shipmentID: Int64, lastLocation: String?) {
            self.detail = detail
            self.shipmentID = shipmentID
            self.lastLocation = lastLocation
        }
    }

    private var users: [OpsUser] = []
    private var sessions: [String: (csrf: String, userID: Int64, expiresAt: Date)] = [:]
    private var shipments: [Int64: Shipment] = [:]
    private var events: [Int64: [ScanEvent]] = [:]
    private var findingsByID: [Int64: SeededFinding] = [:]
    private var remedies: [Int64: OpsRemedy] = [:]
    public private(set) var audit: [OpsAuditEntry] = []
    public private(set) var overrides: [String: Milestone] = [:]
    private let knownStores: Set<String>
    private let health: OpsPollHealth

    public init(stores: Set<String>, health: OpsPollHealth = OpsPollHealth(runs: [], carriers: [], unmappedCodes: [])) {
        knownStores = stores
        self.health = health
    }

    // MARK: Seeding

    public func seed(shipment: Shipment, events: [ScanEvent]) {
        shipments[shipment.id] = shipment
        self.events[shipment.id] = events
    }

    public func seed(finding: SeededFinding) {
        findingsByID[finding.detail.id] = finding
    }

    public func seed(remedy: OpsRemedy) {
        remedies[remedy.id] = remedy
    }

    // MARK: Users

    public func create(_ user: NewOpsUser) async throws -> OpsUser {
        if users.contains(where: { $0.email == user.email }) { throw OpsUserError.duplicateEmail(user.email) }
        if let missing = user.stores.first(where: { !knownStores.contains($0) }) { throw OpsUserError.unknownStore(missing) }
        let record = OpsUser(
            id: Int64(users.count + 1), email: user.email, passwordHash: user.passwordHash, role: user.role, stores: user.stores,
            disabledAt: nil, createdAt: Date(timeIntervalSince1970: 0))
        users.append(record)
        return record
    }

    public func user(email: String) async throws -> OpsUser? {
        users.first { $0.email == email }
    }

    public func list() async throws -> [OpsUser] {
        users
    }

    public func disable(email: String, at: Date) async throws -> Bool {
        guard let index = users.firstIndex(where: { $0.email == email && $0.disabledAt == nil }) else { return false }
        users[index].disabledAt = at
        let id = users[index].id
        sessions = sessions.filter { $0.value.userID != id }
        return true
    }

    // MARK: Sessions

    public func create(tokenHash: String, csrfToken: String, userID: Int64, expiresAt: Date) async throws {
        sessions[tokenHash] = (csrfToken, userID, expiresAt)
    }

    public func session(tokenHash: String, now: Date) async throws -> OpsSession? {
        guard let stored = sessions[tokenHash], stored.expiresAt > now,
              let user = users.first(where: { $0.id == stored.userID && $0.disabledAt == nil })
        else { return nil }
        return OpsSession(tokenHash: tokenHash, csrfToken: stored.csrf, user: user, expiresAt: stored.expiresAt)
    }

    public func delete(tokenHash: String) async throws {
        sessions[tokenHash] = nil
    }

    public func purge(before cutoff: Date) async throws -> Int {
        let old = sessions.filter { $0.value.expiresAt < cutoff }.map(\.key)
        for key in old { sessions[key] = nil }
        return old.count
    }

    /// The number of live sessions (tests check logout).
    public var sessionCount: Int { sessions.count }

    // MARK: Reading

    public func findings(_ filter: OpsFindingFilter, now: Date) async throws -> OpsFindingPage {
        var rows: [OpsFindingRow] = []
        for finding in findingsByID.values where finding.detail.state == "open" {
            guard let shipment = shipments[finding.shipmentID], filter.scope.allows(shipment.store) else { continue }
            if let store = filter.store, shipment.store != store { continue }
            if let carrier = filter.carrier, shipment.carrier != carrier { continue }
            if let rule = filter.rule, finding.detail.rule != rule { continue }
            if let severity = filter.severity, finding.detail.severity != severity { continue }
            if let stage = filter.stage, shipment.status != stage { continue }
            if let days = filter.minDaysSilent {
                guard let last = shipment.lastEventAt, last <= now.addingTimeInterval(-Double(days) * 86_400) else { continue }
            }
            let key: Int64 = switch filter.sort {
            case .longestSilence, .shortestSilence: shipment.lastEventAt.map { Int64(($0.timeIntervalSince1970 * 1_000_000).rounded(.down)) } ?? Int64.max
            case .newest, .oldest: Int64((finding.detail.openedAt.timeIntervalSince1970 * 1_000_000).rounded(.down))
            }
            let remedy = remedies.values.filter { $0.findingID == finding.detail.id }.max { ($0.createdAt, $0.id) < ($1.createdAt, $1.id) }
            rows.append(OpsFindingRow(
                findingID: finding.detail.id, shipmentID: shipment.id, store: shipment.store, orderRef: shipment.orderRef,
                carrier: shipment.carrier, trackingNumber: shipment.trackingNumber, rule: finding.detail.rule,
                severity: finding.detail.severity, stage: shipment.status?.rawValue, lastEventAt: shipment.lastEventAt,
                lastLocation: finding.lastLocation, openedAt: finding.detail.openedAt, remedyID: remedy?.id, remedyKind: remedy?.kind,
                remedyCompensation: remedy?.compensation, remedyStatus: remedy?.status,
                cursor: OpsFindingCursor(key: key, findingID: finding.detail.id)))
        }
        let ascending = filter.sort == .longestSilence || filter.sort == .oldest
        rows.sort { a, b in
            let left = (a.cursor.key, a.findingID)
            let right = (b.cursor.key, b.findingID)
            return ascending ? left < right : left > right
        }
        if let after = filter.after {
            let position = (after.key, after.findingID)
            rows = rows.filter { ascending ? ($0.cursor.key, $0.findingID) > position : ($0.cursor.key, $0.findingID) < position }
        }
        let limit = min(max(filter.limit, 1), 5_000)
        let shown = Array(rows.prefix(limit))
        return OpsFindingPage(rows: shown, next: rows.count > limit ? shown.last?.cursor : nil)
    }

    public func overview(scope: OpsStoreScope, now: Date) async throws -> OpsOverview {
        let open = try await findings(OpsFindingFilter(scope: scope, limit: 5_000), now: now).rows
        func counts(_ labels: [String]) -> [OpsCount] {
            Dictionary(grouping: labels, by: { $0 }).map { OpsCount(label: $0.key, count: $0.value.count) }
                .sorted { ($1.count, $0.label) < ($0.count, $1.label) }
        }
        let stalls = open.filter { OpsOverview.stallRules.contains($0.rule) }
        let waiting = remedies.values.filter { remedy in
            remedy.status == "proposed" && (shipments[remedy.shipmentID].map { scope.allows($0.store) } ?? false)
        }.count
        var perDay: [String: Int] = [:]
        for finding in findingsByID.values where finding.detail.openedAt >= now.addingTimeInterval(-30 * 86_400) {
            guard let shipment = shipments[finding.shipmentID], scope.allows(shipment.store) else { continue }
            let day = Int((finding.detail.openedAt.timeIntervalSince1970 / 86_400).rounded(.down))
            perDay["\(day)|\(finding.detail.rule.rawValue)", default: 0] += 1
        }
        let daily = perDay.map { key, count in
            let parts = key.split(separator: "|")
            return OpsDailyCount(day: CalendarDate(daysSinceEpoch: Int(parts[0]) ?? 0), rule: String(parts[1]), count: count)
        }.sorted { ($0.day, $0.rule) < ($1.day, $1.rule) }
        var silence: [Int?: Int] = [:]
        for row in open {
            silence[row.lastEventAt.map { max(0, Int((now.timeIntervalSince($0) / 86_400).rounded(.down))) }, default: 0] += 1
        }
        let delayed = Dictionary(grouping: open, by: \.carrier.rawValue).map { OpsCount(label: $0.key, count: Set($0.value.map(\.shipmentID)).count) }
            .sorted { ($1.count, $0.label) < ($0.count, $1.label) }
        return OpsOverview(
            openBySeverity: counts(open.map(\.severity.rawValue)).sorted { $0.label < $1.label }, openByRule: counts(open.map(\.rule.rawValue)),
            remediesWaiting: waiting, stallsByCarrier: counts(stalls.map(\.carrier.rawValue)), delayedByCarrier: delayed,
            oldestStall: stalls.filter { $0.lastEventAt != nil }.min { ($0.lastEventAt ?? now) < ($1.lastEventAt ?? now) },
            openedPerDay: daily, daysSilent: silence.map { OpsSilenceCount(days: $0.key, count: $0.value) })
    }

    public func shipment(id: Int64, scope: OpsStoreScope) async throws -> OpsShipmentDetail? {
        guard let shipment = shipments[id], scope.allows(shipment.store) else { return nil }
        let findings = findingsByID.values.filter { $0.shipmentID == id }.map(\.detail).sorted { ($0.openedAt, $0.id) < ($1.openedAt, $1.id) }
        let ids = Set(findings.map(\.id))
        let shipmentRemedies = remedies.values.filter { ids.contains($0.findingID) }.sorted { ($0.createdAt, $0.id) > ($1.createdAt, $1.id) }
        let remedyIDs = Set(shipmentRemedies.map { String($0.id) })
        let findingIDs = Set(findings.map { String($0.id) })
        let history = audit.filter { ($0.entity == "remedy" && remedyIDs.contains($0.entityID)) || ($0.entity == "finding" && findingIDs.contains($0.entityID)) }
        return OpsShipmentDetail(
            shipment: shipment, events: Array((events[id] ?? []).reversed()), findings: findings, remedies: shipmentRemedies, audit: history)
    }

    public func pollHealth(scope: OpsStoreScope, now: Date) async throws -> OpsPollHealth {
        var visible = health
        visible.webhookEndpoints = health.webhookEndpoints.filter { scope.allows($0.store) }.sorted { ($0.store, $0.id) < ($1.store, $1.id) }
        return visible
    }

    // MARK: Decisions

    public func remedy(id: Int64) async throws -> OpsRemedy? {
        remedies[id]
    }

    public func decide(remedyID: Int64, _ decision: OpsRemedyDecision, actor: String, note: String?) async throws -> OpsRemedy {
        guard var remedy = remedies[remedyID] else { throw OpsDecisionError.notFound(id: remedyID) }
        let (required, target, past) = switch decision {
        case .approve: ("proposed", "approved", "approved")
        case .reject: ("proposed", "rejected", "rejected")
        case .execute: ("approved", "executed", "marked executed")
        }
        guard remedy.status == required else {
            throw OpsDecisionError.invalidTransition(
                id: remedyID, reason: "remedy \(remedyID) is \(remedy.status): only a \(required) remedy can be \(past)")
        }
        let from = remedy.status
        remedy.status = target
        if decision == .execute {
            remedy.executedBy = actor
            remedy.executedAt = Date(timeIntervalSince1970: 0)
            remedy.executionNote = note
        } else {
            remedy.decidedBy = actor
            remedy.decidedAt = Date(timeIntervalSince1970: 0)
            remedy.note = note ?? remedy.note
        }
        remedies[remedyID] = remedy
        let noteJSON = note.map { "\"\($0)\"" } ?? "null"
        audit.append(OpsAuditEntry(
            at: Date(timeIntervalSince1970: Double(audit.count)), actor: actor, entity: "remedy", entityID: String(remedyID),
            action: target,
            detailJSON: "{\"finding_id\":\(remedy.findingID),\"from\":\"\(from)\",\"kind\":\"\(remedy.kind)\",\"note\":\(noteJSON),\"to\":\"\(target)\"}"))
        return remedy
    }

    public func overrideCode(carrier: Carrier, code: String, milestone: Milestone, note: String?) async throws {
        overrides["\(carrier.rawValue):\(code)"] = milestone
    }
}
