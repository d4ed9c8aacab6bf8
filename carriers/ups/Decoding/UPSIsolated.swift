import Foundation
import ShipwatchCore

/// One element of a list decoded on its own: a broken element keeps its error instead of failing
/// the whole list, so one malformed shipment never loses the others.
struct UPSIsolated<Value: Decodable>: Decodable {
    /// The element, or the reason it could not be read.
    let result: Result<Value, any Error>

    init(from decoder: any Decoder) throws {
        do {
            result = .success(try Value(from: decoder))
        } catch {
            result = .failure(error)
        }
    }
}
