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
            event.location.city = TextNormalization.storableIfPresent(event.location.city)
            event.location.region = TextNormalization.storableIfPresent(event.location.region)
            event.location.postalCode = TextNormalization.storableIfPresent(event.location.postalCode)
            event.location.countryCode = TextNormalization.storableIfPresent(event.location.countryCode)
            return event
        }
        copy.carrierStatus = TextNormalization.storableIfPresent(carrierStatus)
        copy.service = TextNormalization.storableIfPresent(service)
        copy.originCountry = TextNormalization.storableIfPresent(originCountry)
        copy.destinationCountry = TextNormalization.storableIfPresent(destinationCountry)
        copy.signedBy = TextNormalization.storableIfPresent(signedBy)
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
