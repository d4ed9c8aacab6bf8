import Foundation

/// The tz database zone of a scan's location, from `LocationZoneTable`: the country when it has one zone,
/// else the city, else the state or province; nil when none of them tells.
public enum LocationZone {
    /// The zone identifier ("Europe/Berlin") for the location, or nil.
    public static func identifier(for location: EventLocation) -> String? {
        guard let country = location.countryCode else { return nil }
        if let zone = LocationZoneTable.singleZoneCountries[country] { return zone }
        if let city = location.city, let cities = LocationZoneTable.cityZones[country] {
            let key = TextNormalization.key(city)
            if let zone = cities[key] ?? cities[strippingFacilityWords(key)] { return zone }
        }
        if let region = location.region, let regions = LocationZoneTable.regionZones[country] {
            return regions[TextNormalization.key(region)]
        }
        return nil
    }

    /// Every zone identifier the table names (for checking them against the tz database).
    public static var allIdentifiers: Set<String> {
        Set(LocationZoneTable.singleZoneCountries.values)
            .union(LocationZoneTable.regionZones.values.flatMap(\.values))
            .union(LocationZoneTable.cityZones.values.flatMap(\.values))
    }

    /// The offset east of UTC that `local` has in `zone`. In the repeated hour of a fall-back the earlier
    /// (summer) reading is taken; a wall time skipped by a spring-forward takes the offset before the jump.
    public static func offset(of local: LocalDateTime, in zone: TimeZone) -> Int {
        let asUTC = local.instant(utcOffsetSeconds: 0)
        let before = zone.secondsFromGMT(for: asUTC.addingTimeInterval(-86_400 / 4))
        let after = zone.secondsFromGMT(for: asUTC.addingTimeInterval(86_400 / 4))
        // Both readings that could apply; keep the one whose instant really shows this wall time.
        for candidate in [max(before, after), min(before, after)] {
            let instant = local.instant(utcOffsetSeconds: candidate)
            if zone.secondsFromGMT(for: instant) == candidate { return candidate }
        }
        return before
    }

    /// "CINCINNATI HUB" → "CINCINNATI": facility words carriers append to a city.
    private static func strippingFacilityWords(_ key: String) -> String {
        let facilityWords: Set<Substring> = ["HUB", "GATEWAY", "FACILITY", "SERVICE", "CENTER", "CENTRE", "SORT"]
        return key.split(separator: " ").filter { !facilityWords.contains($0) }.joined(separator: " ")
    }
}
