import Foundation

/// Our own call budget for one carrier, so a poll run never spends more than the carrier's quota.
///
/// Each window is tracked independently and a call needs room in all of them. Rolling windows keep the
/// instants of the calls they count; UTC-day windows keep a counter that resets at 00:00 UTC.
/// Time is calendar time from the injected `TimeSource` (`wallClock`).
public actor QuotaBudget {
    private var windows: [WindowState]
    private let wallClock: @Sendable () -> Date

    /// - Parameters:
    ///   - windows: the quotas; none means unlimited.
    ///   - time: the calendar clock; tests pass a manual one.
    public init(windows: [QuotaWindow], time: TimeSource = .system) {
        self.windows = windows.map(WindowState.init)
        self.wallClock = time.wallClock
    }

    /// A budget that always says yes.
    public static func unlimited() -> QuotaBudget {
        QuotaBudget(windows: [])
    }

    /// Spends `count` calls when every window has room for them; false (spending nothing) otherwise.
    public func tryConsume(_ count: Int = 1) -> Bool {
        let now = wallClock()
        for index in windows.indices { windows[index].expire(at: now) }
        guard windows.allSatisfy({ $0.remaining >= count }) else { return false }
        for index in windows.indices { windows[index].consume(count, at: now) }
        return true
    }

    /// Gives back calls consumed for requests that were never sent (for example when no token could be had).
    public func refund(_ count: Int = 1) {
        for index in windows.indices { windows[index].refund(count) }
    }

    /// Calls left now (the tightest window); nil when unlimited.
    public var remaining: Int? {
        let now = wallClock()
        for index in windows.indices { windows[index].expire(at: now) }
        return windows.map(\.remaining).min()
    }

    /// When the budget next grows, if it is spent now: the earliest instant a spent window frees a call.
    public var nextRefill: Date? {
        let now = wallClock()
        for index in windows.indices { windows[index].expire(at: now) }
        let spent = windows.filter { $0.remaining <= 0 }
        guard !spent.isEmpty else { return nil }
        return spent.compactMap { $0.nextRefill(after: now) }.max()
    }
}

/// The bookkeeping of one quota window.
private struct WindowState {
    let window: QuotaWindow
    /// Rolling windows: the instants of counted calls, oldest first.
    private var calls: [Date] = []
    /// UTC-day windows: the day being counted and its count.
    private var day: Int?
    private var dayCount = 0

    init(_ window: QuotaWindow) {
        self.window = window
    }

    var remaining: Int {
        switch window.period {
        case .rolling: max(0, window.limit - calls.count)
        case .utcDay: max(0, window.limit - dayCount)
        }
    }

    mutating func expire(at now: Date) {
        switch window.period {
        case .rolling(let span):
            let horizon = now.addingTimeInterval(-span.seconds)
            if let firstKept = calls.firstIndex(where: { $0 > horizon }) {
                calls.removeFirst(firstKept)
            } else {
                calls.removeAll()
            }
        case .utcDay:
            let today = Self.utcDay(of: now)
            if day != today {
                day = today
                dayCount = 0
            }
        }
    }

    mutating func consume(_ count: Int, at now: Date) {
        switch window.period {
        case .rolling: calls.append(contentsOf: repeatElement(now, count: count))
        case .utcDay: dayCount += count
        }
    }

    mutating func refund(_ count: Int) {
        switch window.period {
        case .rolling: calls.removeLast(min(count, calls.count))
        case .utcDay: dayCount = max(0, dayCount - count)
        }
    }

    func nextRefill(after now: Date) -> Date? {
        switch window.period {
        case .rolling(let span): calls.first.map { $0.addingTimeInterval(span.seconds) }
        case .utcDay: Date(timeIntervalSince1970: Double(Self.utcDay(of: now) + 1) * 86_400)
        }
    }

    private static func utcDay(of date: Date) -> Int {
        Int((date.timeIntervalSince1970 / 86_400).rounded(.down))
    }
}
