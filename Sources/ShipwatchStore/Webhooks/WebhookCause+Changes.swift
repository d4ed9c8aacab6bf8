import ShipwatchCore

extension WebhookCause {
    /// The events of one reconciliation, in order: resolutions, then openings and escalations (watch → act), then
    /// proposals.
    /// - Parameters:
    ///   - resolved: (finding id, shipment id) of resolved findings.
    ///   - written: (finding id, shipment id, severity before or nil when new, severity now) of written findings.
    ///   - proposed: ids of proposed remedies.
    static func reconciliation(
        resolved: [(Int64, Int64)], written: [(Int64, Int64, String?, String)], proposed: [Int64]
    ) -> [WebhookCause] {
        var causes = resolved.map { WebhookCause.finding(.findingResolved, findingID: $0.0, shipmentID: $0.1) }
        for (findingID, shipmentID, before, now) in written {
            if before == nil {
                causes.append(.finding(.findingOpened, findingID: findingID, shipmentID: shipmentID))
            } else if before.flatMap(Severity.init(rawValue:)) == .watch && Severity(rawValue: now) == .act {
                causes.append(.finding(.findingEscalated, findingID: findingID, shipmentID: shipmentID))
            }
        }
        causes += proposed.map { WebhookCause.remedy(.remedyProposed, remedyID: $0) }
        return causes
    }

    /// The event of an ops decision on a remedy.
    static func decision(_ decision: RemedyDecision, remedyID: Int64) -> WebhookCause {
        switch decision {
        case .approve: .remedy(.remedyApproved, remedyID: remedyID)
        case .reject: .remedy(.remedyRejected, remedyID: remedyID)
        case .markExecuted: .remedy(.remedyExecuted, remedyID: remedyID)
        }
    }

    /// The shipments of an ingest whose status changed to one of ``WebhookEventType/announcedStatuses``.
    static func statusChanges(previous: [Int64: Milestone?], current: [Int64: Milestone?], order: [Int64]) -> [WebhookCause] {
        order.compactMap { id in
            guard let now = current[id] ?? nil, WebhookEventType.announcedStatuses.contains(now) else { return nil }
            let before = previous[id] ?? nil
            guard before != now else { return nil }
            return .statusChanged(shipmentID: id, from: before)
        }
    }
}
