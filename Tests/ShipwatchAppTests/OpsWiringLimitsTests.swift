import CarrierCatalog
import CarrierDHL
import CarrierUPS
import CarrierUSPS
import ShipwatchAPI
@testable import ShipwatchApp
import ShipwatchCore
import Testing

@Suite("The dashboard's carrier limits from the configuration")
struct OpsWiringLimitsTests {
    @Test("every carrier gets its documented defaults, and configured quotas and rate replace them as shipwatch quota shows")
    func configuredLimitsReachTheDashboard() {
        var carriers = AppConfig().carriers
        carriers[.ups].quotaPerHour = 120
        carriers[.ups].quotaPerDay = 2_000
        carriers[.ups].requestsPerSecond = 3
        let limits = OpsWiring.carrierLimits(carriers)
        #expect(Set(limits.keys) == Set(CarrierCatalog.roster.carriers))
        #expect(limits[.ups]?.perHour == 120 && limits[.ups]?.perDay == 2_000 && limits[.ups]?.requestsPerSecond == 3)
        // The defaults the carriers document: USPS 60 an hour, DHL 250 a day, UPS no quota unless configured.
        #expect(limits[.usps]?.perHour == 60 && limits[.usps]?.perDay == nil)
        #expect(limits[.dhl]?.perDay == 250 && limits[.dhl]?.perHour == nil)
        #expect(OpsWiring.carrierLimits(AppConfig().carriers)[.ups]?.perHour == nil)
    }
}
