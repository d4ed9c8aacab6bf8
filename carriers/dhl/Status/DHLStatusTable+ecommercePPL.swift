import Foundation
import ShipwatchCore

extension DHLStatusTable {
    /// eCommerce Czech Republic, delivered by PPL (service "ecommerce-ppl"). Its numbers overlap eCommerce Americas
    /// codes with other meanings (150, 300, 400, 464…), so they are only read for this service.
    static let ecommercePPLEntries: [DHLStatusEntry] = [
        DHLStatusEntry(.ecommercePPL, "150", .accepted, "Taken over from the sender"),
        DHLStatusEntry(.ecommercePPL, "300", .sortArrived, "At the delivering depot"),
        DHLStatusEntry(.ecommercePPL, "343", .availableForPickup, "Waiting at a pickup point"),
        // PPL's "ready for delivery" is the handover to the courier for today's round.
        DHLStatusEntry(.ecommercePPL, "400", .outForDelivery, "Ready for delivery with the courier"),
        DHLStatusEntry(.ecommercePPL, "450", .delivered, "Delivered"),
        DHLStatusEntry(.ecommercePPL, "460", .delayed, "Delivery moved to another day"),
        DHLStatusEntry(.ecommercePPL, "464", .exception, "Refused by the recipient"),
        DHLStatusEntry(.ecommercePPL, "500", .inTransit, "Heading to the delivering depot"),
        DHLStatusEntry(.ecommercePPL, "900", .labelCreated, "Electronic data received"),
        DHLStatusEntry(.ecommercePPL, "997", .exception, "Not delivered: lost"),
        DHLStatusEntry(.ecommercePPL, "999", .cancelled, "Cancelled by the sender before handover"),
    ]
}
