import Foundation
import ShipwatchCore

extension DHLStatusTable {
    /// eCommerce Asia-Pacific (service "ecommerce-apac"): the ten event codes DHL eCommerce Asia's API documents.
    static let ecommerceAsiaEntries: [DHLStatusEntry] = [
        DHLStatusEntry(.ecommerceAsia, "71005", .labelCreated, "Data submitted, parcel not yet handed to DHL"),
        DHLStatusEntry(.ecommerceAsia, "77123", .labelCreated, "Shipment data received, parcel not yet handed to DHL"),
        DHLStatusEntry(.ecommerceAsia, "77206", .accepted, "Collected"),
        DHLStatusEntry(.ecommerceAsia, "77015", .sortProcessed, "Processed at a facility"),
        // Sorted towards the delivery facility: a sorting step, the move itself comes with 77169.
        DHLStatusEntry(.ecommerceAsia, "77027", .sortProcessed, "Sorted for the delivery facility"),
        DHLStatusEntry(.ecommerceAsia, "77169", .sortDeparted, "Left a facility"),
        DHLStatusEntry(.ecommerceAsia, "77178", .sortArrived, "Reached a facility"),
        DHLStatusEntry(.ecommerceAsia, "77184", .sortProcessed, "Processed at the delivery facility"),
        DHLStatusEntry(.ecommerceAsia, "77090", .outForDelivery, "With the courier for delivery"),
        DHLStatusEntry(.ecommerceAsia, "77093", .delivered, "Delivered"),
    ]
}
