import ShipwatchCore
import Testing

@Suite("LocalDateTime as text")
struct LocalDateTimeTextTests {
    @Test("the ISO form pads every field, and the minute key drops the seconds", arguments: [
        (LocalDateTime(year: 2024, month: 11, day: 22, hour: 13, minute: 58, second: 7), "2024-11-22T13:58:07", "2024-11-22T13:58"),
        (LocalDateTime(year: 1, month: 1, day: 1), "0001-01-01T00:00:00", "0001-01-01T00:00"),
        (LocalDateTime(year: 9999, month: 12, day: 31, hour: 23, minute: 59, second: 60), "9999-12-31T23:59:59", "9999-12-31T23:59"),
    ])
    func isoForm(time: LocalDateTime?, full: String, minute: String) throws {
        let time = try #require(time)
        #expect(time.description == full)
        #expect(time.minuteKey == minute)
    }

    @Test("fields set outside their ranges are printed whole, not cut to their width")
    func outOfRangeFieldsPrintWhole() throws {
        var time = try #require(LocalDateTime(year: 2024, month: 1, day: 2))
        time.year = 12_345
        time.hour = 100
        #expect(time.description == "12345-01-02T100:00:00")
        time.year = -5
        #expect(time.minuteKey.hasPrefix("00-5-01-02T"))
    }
}
