import Foundation

/// A store's working days: weekend days and holidays excluded, in the store's IANA time zone.
///
/// Instants map onto local calendar dates with the zone's offset *at that instant*, so days begin at
/// the store's local midnight (not UTC's) and daylight-saving changes move nothing by an hour.
public struct BusinessCalendar: Sendable, Hashable, Codable, DefaultingDecodable {
    /// IANA zone name ("America/New_York"). An unknown name falls back to UTC and is reported by validation.
    public var timeZoneIdentifier: String {
        didSet { resolveZone() }
    }
    /// The days of the week nobody works.
    public var weekendDays: [Weekday] {
        didSet { resolveWeekend() }
    }
    /// Days off besides the weekend.
    public var holidays: [CalendarDate] {
        didSet { holidaySet = Set(holidays) }
    }

    /// The zone `timeZoneIdentifier` names (UTC when it names none).
    public private(set) var timeZone: TimeZone
    private var gregorian: Calendar
    private var isWeekendByIndexFromMonday: [Bool]
    private var holidaySet: Set<CalendarDate>

    public init(timeZoneIdentifier: String, weekendDays: [Weekday] = [.saturday, .sunday], holidays: [CalendarDate] = []) {
        self.timeZoneIdentifier = timeZoneIdentifier
        self.weekendDays = weekendDays
        self.holidays = holidays
        timeZone = .gmt
        gregorian = Calendar(identifier: .gregorian)
        isWeekendByIndexFromMonday = []
        holidaySet = Set(holidays)
        resolveZone()
        resolveWeekend()
    }

    private mutating func resolveZone() {
        timeZone = TimeZone(identifier: timeZoneIdentifier) ?? .gmt
        gregorian.timeZone = timeZone
    }

    private mutating func resolveWeekend() {
        var flags = [Bool](repeating: false, count: 7)
        for day in weekendDays {
            if let index = day.indexFromMonday { flags[index] = true }
        }
        isWeekendByIndexFromMonday = flags
    }

    // MARK: Local dates

    /// The store's local calendar date at an instant.
    public func localDate(of instant: Date) -> CalendarDate {
        let local = instant.timeIntervalSince1970 + Double(timeZone.secondsFromGMT(for: instant))
        return CalendarDate(daysSinceEpoch: Int(saturating: (local / 86_400).rounded(.down)))
    }

    /// The store's local wall time at an instant.
    public func localTime(of instant: Date) -> LocalDateTime {
        LocalDateTime(instant: instant, utcOffsetSeconds: timeZone.secondsFromGMT(for: instant))
    }

    /// The instant a local day begins: local midnight, or the first instant that exists when a
    /// daylight-saving change skips midnight.
    public func startOfDay(_ date: CalendarDate) -> Date {
        let utcMidnight = Double(date.daysSinceEpoch) * 86_400
        // Local midnight is UTC midnight minus the offset in force at local midnight; the offset at UTC
        // midnight is a first guess, corrected once when a daylight-saving change lies in between.
        var candidate = utcMidnight - Double(timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: utcMidnight)))
        let offsetThere = timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: candidate))
        candidate = utcMidnight - Double(offsetThere)
        if timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: candidate)) == offsetThere {
            return Date(timeIntervalSince1970: candidate)
        }
        // Midnight does not exist that day (the clocks skip it): let the calendar find the first instant.
        let localNoon = Date(timeIntervalSince1970: utcMidnight + 43_200 - Double(offsetThere))
        return gregorian.startOfDay(for: localNoon)
    }

    // MARK: Business days

    /// Whether anyone works on this local date.
    public func isBusinessDay(_ date: CalendarDate) -> Bool {
        !isWeekend(date) && !holidaySet.contains(date)
    }

    private func isWeekend(_ date: CalendarDate) -> Bool {
        guard let index = date.weekday.indexFromMonday else { return false }
        return isWeekendByIndexFromMonday[index]
    }

    /// Business days strictly after `start` and strictly before `end` (0 when `end` is not later).
    public func businessDays(after start: CalendarDate, before end: CalendarDate) -> Int {
        let span = start.days(until: end) - 1
        guard span > 0 else { return 0 }
        let workdaysPerWeek = isWeekendByIndexFromMonday.lazy.filter { !$0 }.count
        var count = (span / 7) * workdaysPerWeek
        var day = start.adding(days: 1 + (span / 7) * 7)
        while day < end {
            if !isWeekend(day) { count += 1 }
            day = day.adding(days: 1)
        }
        for holiday in holidaySet where holiday > start && holiday < end && !isWeekend(holiday) {
            count -= 1
        }
        return count
    }

    /// Business days that have fully passed between two instants: those after the local day of
    /// `start` and before the local day of `end`. The day something happened does not count, and
    /// neither does today until it is over.
    ///
    /// A label created on Friday is 0 business days old over the weekend, 1 on Tuesday, 2 on Wednesday.
    public func businessDaysElapsed(from start: Date, to end: Date) -> Int {
        businessDays(after: localDate(of: start), before: localDate(of: end))
    }

    /// The `count`-th business day after `date` (`date` itself for 0); nil when the calendar has no
    /// business day at all (every weekday is weekend).
    public func adding(businessDays count: Int, to date: CalendarDate) -> CalendarDate? {
        guard isWeekendByIndexFromMonday.contains(false) else { return nil }
        var day = date
        var remaining = max(0, count)
        while remaining > 0 {
            day = day.adding(days: 1)
            if isBusinessDay(day) { remaining -= 1 }
        }
        return day
    }

    /// The end of the `count`-th business day after the local day of `instant`: the instant from which
    /// `businessDaysElapsed(from: instant, to:)` reaches `count`. Nil when no day is a business day.
    public func endOfBusinessDays(_ count: Int, after instant: Date) -> Date? {
        guard let lastDay = adding(businessDays: count, to: localDate(of: instant)) else { return nil }
        return startOfDay(lastDay.adding(days: 1))
    }

    // MARK: Coding

    enum CodingKeys: String, CodingKey {
        case timeZoneIdentifier = "time_zone"
        case weekendDays = "weekend_days"
        case holidays
    }

    /// Decodes over `StorePolicy.default.businessCalendar`.
    public init(from decoder: any Decoder) throws {
        try self.init(from: decoder.container(keyedBy: CodingKeys.self), defaults: StorePolicy.default.businessCalendar)
    }

    init(from container: KeyedDecodingContainer<CodingKeys>, defaults: BusinessCalendar) throws {
        self.init(
            timeZoneIdentifier: try container.decode(.timeZoneIdentifier, over: defaults.timeZoneIdentifier),
            weekendDays: try container.decode(.weekendDays, over: defaults.weekendDays),
            holidays: try container.decode(.holidays, over: defaults.holidays))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(timeZoneIdentifier, forKey: .timeZoneIdentifier)
        try container.encode(weekendDays, forKey: .weekendDays)
        try container.encode(holidays, forKey: .holidays)
    }

    func problems(at keyPath: String) -> [PolicyProblem] {
        var problems: [PolicyProblem] = []
        if TimeZone(identifier: timeZoneIdentifier) == nil {
            problems.append(PolicyProblem(
                keyPath: PolicyKeyPath.join(keyPath, CodingKeys.timeZoneIdentifier.rawValue),
                message: "unknown IANA time zone \"\(timeZoneIdentifier)\""))
        }
        let weekendKey = PolicyKeyPath.join(keyPath, CodingKeys.weekendDays.rawValue)
        for (index, day) in weekendDays.enumerated() where !day.isRecognized {
            problems.append(PolicyProblem(
                keyPath: PolicyKeyPath.element(weekendKey, index),
                message: "unknown weekday \"\(day.rawValue)\" (use monday … sunday)"))
        }
        if !isWeekendByIndexFromMonday.contains(false) {
            problems.append(PolicyProblem(keyPath: weekendKey, message: "leaves no business day in the week"))
        }
        return problems
    }
}
