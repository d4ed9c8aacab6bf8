import Foundation
import ShipwatchCore

extension LocalDateTime {
    /// The wall time read as if it were UTC. This is how wall times travel to PostgreSQL's `timestamp` and
    /// `date` columns (bound as timestamptz, then `AT TIME ZONE 'UTC'`) and back, independent of the session's
    /// TimeZone setting.
    var wallClockInstant: Date { instant(utcOffsetSeconds: 0) }

    /// The wall time of a `timestamp` or `date` value decoded as an instant (see ``wallClockInstant``).
    init(wallClockInstant: Date) {
        self.init(instant: wallClockInstant, utcOffsetSeconds: 0)
    }
}
