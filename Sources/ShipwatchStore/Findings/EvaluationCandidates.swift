import Foundation
import Logging
import PostgresNIO
import ShipwatchCore

/// Pre-selects, in SQL, the shipments the rule engine needs to see: the rest provably yield no finding.
///
/// A page of shipments (keyset by id) is classified from the `shipments` row alone where possible, and from a
/// compact aggregate of its scans otherwise. A shipment is a candidate when it has an open finding (so the finding
/// can update or resolve), or when it is active (not retired) and not delivered or cancelled and any of:
///
/// 1. it has no scan yet (`status` or `last_event_at` NULL): `late_dispatch`, `tracking_not_found` and
///    `delivery_window_exceeded` are judged without scans;
/// 2. its status is one of ``immediateStatuses``: an exception, a return, a carrier-declared delay, a failed
///    delivery, a parcel at a pickup point or at its label can fire at once or within days;
/// 3. its newest scan is older than the stall cutoff (``CandidateCutoffs/stallCutoff(now:)``);
/// 4. it shipped before the delivery cutoff (``CandidateCutoffs/deliveryCutoff(now:)``), or it has no shipped date
///    and its first scan is that old (the rule then starts the promise at the first scan holding the parcel,
///    which is never earlier than the first scan);
/// 5. any of its scans is a carrier-declared delay or a return (a delay anywhere in the current stay makes the
///    finding `watch` whatever the days; a return anywhere makes `returned_to_sender` fire), or names a city or
///    country with a character outside ASCII (where PostgreSQL's and Swift's upper-casing might disagree, see 6);
/// 6. its current stay may have begun before the stall cutoff.
///
/// Why everything else cannot fire. `RuleEngine` returns nothing for a delivered or cancelled latest scan. With a
/// scan, `late_dispatch` and `tracking_not_found` cannot fire; `returned_to_sender` needs a return scan (5);
/// `delivery_window_exceeded` needs the shipping instant to be more than the smallest promised maximum ago (4);
/// the stage rules judge the stay of the latest meaningful scan (`StageStay`): the label (`never_scanned`), an
/// exception, a pickup point and a lone delay are immediate statuses (2); every other stage (customs, sorting,
/// `no_movement`) needs the stay's first scan to be at least the smallest of those watch thresholds old, unless a
/// delay was declared in the stay (5). A stay is the run of latest meaningful, non-delay scans sharing one
/// `StayKey` (customs; label; sort facility by upper-cased city and country; other milestones by milestone, city
/// and country). If it began at or before the cutoff, it contains every meaningful non-delay scan after the
/// cutoff and at least one before it, all with its key. So when the scans after the cutoff carry two or more
/// keys, or one key that no scan at or before the cutoff carries, the stay began after the cutoff and no stage
/// rule fires (6 is the negation). The SQL key trims ASCII white space as `EventLocation` does, upper-cases ASCII
/// with `translate` and ignores the NULL/empty distinction, so it never tells apart two scans the Swift key treats
/// as one place (it may merge more, which only adds candidates); non-ASCII places are candidates outright (5). A
/// shipment whose meaningful scans all precede the cutoff is covered by 6 too (no key after it).
///
/// Cost: most active shipments are settled by their row (1–4). The others get one aggregate over their scans
/// comparing stay classes (the key without its place, cheap); only those whose scans after the cutoff share one
/// class get their full keys compared. Two stays of different classes have different keys, so that is exact.
///
/// The test `FindingsCandidateTests` checks that every shipment left out evaluates to no finding.
public struct EvaluationCandidates: Sendable {
    /// Statuses whose rules can fire at once (or whose threshold the cutoffs do not cover).
    public static let immediateStatuses: [Milestone] = [
        .exception, .returnToSender, .delayed, .deliveryAttempted, .availableForPickup, .labelCreated,
    ]

    public let database: Database
    public var cutoffs: CandidateCutoffs

    /// Candidate selection with the given cutoffs.
    public init(database: Database, cutoffs: CandidateCutoffs) {
        self.database = database
        self.cutoffs = cutoffs
    }

    /// The next page: up to `limit` shipments with an id above `after` (those updated at or after `since`, when
    /// given), and which of them to evaluate at `now`. Nil when no shipment is left.
    public func page(after: Int64, limit: Int, since: Date? = nil, now: Date) async throws -> CandidatePage? {
        guard limit > 0 else { throw StoreError.invalidArgument("limit must be positive, got \(limit)") }
        let logger = database.logger
        return try await database.withConnection { connection in
            // The page bounds: an index-only walk of the primary key.
            let bounds = try await connection.query(
                """
                SELECT max(p.id)::int8, count(*)::int8
                FROM (SELECT id FROM shipments WHERE id > \(after) ORDER BY id LIMIT \(limit)) p
                """,
                logger: logger
            ).collect()
            guard let row = bounds.first else { return nil }
            let (lastID, scanned) = try row.decode((Int64?, Int64).self)
            guard let lastID else { return nil }
            let ids = try await candidates(in: after, lastID, since: since, now: now, on: connection, logger: logger)
            return CandidatePage(lastID: lastID, scanned: Int(scanned), shipmentIDs: ids)
        }
    }

    private func candidates(
        in lower: Int64, _ upper: Int64, since: Date?, now: Date, on connection: PostgresConnection, logger: Logger
    ) async throws -> [Int64] {
        let stallCutoff = cutoffs.stallCutoff(now: now)
        let deliveryCutoff = cutoffs.deliveryCutoff(now: now)
        let immediate = EvaluationCandidates.immediateStatuses.map(\.rawValue)
        let rows = try await connection.query(
            """
            WITH page AS MATERIALIZED (
                SELECT s.id, s.status::text AS status, s.last_event_at, s.shipped_at, s.retired_at IS NULL AS active,
                       EXISTS (
                           SELECT 1 FROM findings f
                           WHERE f.shipment_id = s.id AND f.state = 'open' AND f.shipment_id > \(lower) AND f.shipment_id <= \(upper)
                       ) AS has_open
                FROM shipments s
                WHERE s.id > \(lower) AND s.id <= \(upper)
                  AND (\(since)::timestamptz IS NULL OR s.updated_at >= \(since))
            ),
            classified AS MATERIALIZED (
                SELECT p.id, p.shipped_at,
                    CASE
                        WHEN p.has_open THEN 'evaluate'
                        WHEN NOT p.active OR p.status IN ('delivered', 'cancelled') THEN 'skip'
                        WHEN p.status IS NULL OR p.last_event_at IS NULL OR p.status = ANY(\(immediate)::text[])
                             OR p.last_event_at <= \(stallCutoff) OR p.shipped_at <= \(deliveryCutoff) THEN 'evaluate'
                        ELSE 'inspect'
                    END AS verdict
                FROM page p
            ),
            -- One row per inspected shipment: flags, and the stay classes (StayKey without its place) after the cutoff.
            coarse AS (
                SELECT e.shipment_id,
                       coalesce(bool_or(\(unescaped: EvaluationCandidates.flagged)), false) AS flagged,
                       min(e.occurred_at) AS first_at,
                       count(*) FILTER (WHERE e.occurred_at > \(stallCutoff) AND \(unescaped: EvaluationCandidates.formsStay)) AS after_count,
                       min(\(unescaped: EvaluationCandidates.stayClass)) FILTER (WHERE e.occurred_at > \(stallCutoff) AND \(unescaped: EvaluationCandidates.formsStay)) AS after_min,
                       max(\(unescaped: EvaluationCandidates.stayClass)) FILTER (WHERE e.occurred_at > \(stallCutoff) AND \(unescaped: EvaluationCandidates.formsStay)) AS after_max
                FROM classified c JOIN scan_events e ON e.shipment_id = c.id
                WHERE c.verdict = 'inspect' AND e.shipment_id > \(lower) AND e.shipment_id <= \(upper)
                GROUP BY e.shipment_id
            ),
            -- Inspected shipments whose scans after the cutoff all share one stay class: compare full keys.
            single AS (
                SELECT co.shipment_id FROM coarse co
                WHERE NOT co.flagged AND co.after_count > 0 AND co.after_min = co.after_max
            ),
            keyed AS (
                SELECT e.shipment_id, \(unescaped: EvaluationCandidates.stayKey) AS stay_key,
                       bool_or(e.occurred_at > \(stallCutoff)) AS after_cutoff,
                       bool_or(e.occurred_at <= \(stallCutoff)) AS before_cutoff
                FROM single JOIN scan_events e ON e.shipment_id = single.shipment_id
                WHERE \(unescaped: EvaluationCandidates.formsStay)
                GROUP BY 1, 2
            ),
            inspected AS (
                SELECT co.shipment_id AS id
                FROM coarse co JOIN classified c ON c.id = co.shipment_id
                WHERE co.flagged OR co.after_count = 0 OR (c.shipped_at IS NULL AND co.first_at <= \(deliveryCutoff))
                UNION
                SELECT k.shipment_id FROM keyed k GROUP BY k.shipment_id
                HAVING count(*) FILTER (WHERE k.after_cutoff) = 1 AND bool_or(k.after_cutoff AND k.before_cutoff)
            )
            SELECT id FROM classified WHERE verdict = 'evaluate'
            UNION ALL
            SELECT id FROM inspected
            ORDER BY 1
            """,
            logger: logger
        )
        var ids: [Int64] = []
        for try await id in rows.decode(Int64.self) { ids.append(id) }
        return ids
    }

    /// True for the scans that form stays (`StageStay`): meaningful and not a delay. Returns form one too, but
    /// are flagged instead.
    static let formsStay = "e.milestone NOT IN ('info', 'unknown', 'delayed', 'return_to_sender')"

    /// `StayKey` without its place: customs, label, sort facility, or the milestone.
    static let stayClass = """
        CASE
            WHEN e.milestone IN ('customs_in_progress', 'customs_held') THEN 'customs'
            WHEN e.milestone IN ('sort_arrived', 'sort_processed') THEN 'sort'
            ELSE e.milestone::text
        END
        """

    /// `StayKey` in SQL, for scans that form stays: customs and the label ignore the place; sort facilities and
    /// every other milestone add the city and country, trimmed of ASCII white space and upper-cased in ASCII with
    /// `translate`, independent of the database's locale (non-ASCII places are flagged, see ``flagged``).
    static let stayKey = """
        CASE
            WHEN e.milestone IN ('customs_in_progress', 'customs_held') THEN 'customs'
            WHEN e.milestone = 'label_created' THEN 'label'
            ELSE (CASE WHEN e.milestone IN ('sort_arrived', 'sort_processed') THEN 'sort' ELSE e.milestone::text END)
                || '|' || translate(btrim(coalesce(e.city, ''), \(asciiWhiteSpace)), '\(lowercaseASCII)', '\(uppercaseASCII)')
                || '|' || translate(btrim(coalesce(e.country_code, ''), \(asciiWhiteSpace)), '\(lowercaseASCII)', '\(uppercaseASCII)')
        END
        """

    /// True for a delay, a return, or a city or country with a character outside ASCII (a multi-byte character).
    static let flagged = """
        e.milestone IN ('delayed', 'return_to_sender') \
        OR octet_length(e.city) <> char_length(e.city) OR octet_length(e.country_code) <> char_length(e.country_code)
        """

    /// The ASCII members of Swift's `.whitespacesAndNewlines`, which `EventLocation` trims.
    private static let asciiWhiteSpace = #"E' \t\n\x0B\f\r'"#
    private static let lowercaseASCII = "abcdefghijklmnopqrstuvwxyz"
    private static let uppercaseASCII = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
}
