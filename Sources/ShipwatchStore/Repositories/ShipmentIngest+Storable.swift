import ShipwatchCore

extension ShipmentIngest {
    /// The same scans and facts with every text made storable (NUL removed, see `TextNormalization.storable`).
    /// Identity keys do not change: they are built from letters and digits only.
    func cleanedForStorage() -> ShipmentIngest {
        var copy = self
        copy.events = events.map { event in
            var event = event
            event.carrierCode = TextNormalization.storable(event.carrierCode)
            event.description = TextNormalization.storable(event.description)
            event.raw = TextNormalization.storable(event.raw)
            event.location.city = TextNormalization.storable(event.location.city)
            event.location.region = TextNormalization.storable(event.location.region)
            event.location.postalCode = TextNormalization.storable(event.location.postalCode)
            event.location.countryCode = TextNormalization.storable(event.location.countryCode)
            return event
        }
        copy.carrierStatus = TextNormalization.storable(carrierStatus)
        copy.service = TextNormalization.storable(service)
        copy.originCountry = TextNormalization.storable(originCountry)
        copy.destinationCountry = TextNormalization.storable(destinationCountry)
        copy.signedBy = TextNormalization.storable(signedBy)
        return copy
    }

    /// The first scan value the schema would refuse, when there is one.
    func storageProblem() -> ScanEventProblem? {
        for event in events {
            do {
                try event.checkStorable()
            } catch {
                return error
            }
        }
        return nil
    }
}
