import ArgumentParser
import CarrierCatalog
import Foundation
import ShipwatchApp
import ShipwatchCore

struct ShipmentsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "shipments",
        abstract: "Register and inspect shipments.",
        subcommands: [AddShipmentCommand.self, ImportShipmentsCommand.self, ShowShipmentCommand.self]
    )
}

struct AddShipmentCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Register one shipment (the carrier is detected from the number when omitted)."
    )

    @OptionGroup var global: GlobalOptions
    @Option(help: "Store key.") var store: String
    @Option(help: "The store's order reference.") var order: String
    @Option(help: ArgumentHelp("\(CarrierCatalog.roster.namesInWords) (detected when omitted).")) var carrier: String?
    @Option(help: "The tracking number.") var tracking: String
    @Option(name: .customLong("shipped-at"), help: "ISO 8601 date, or date-time with offset.") var shippedAt: String?
    @Option(name: .customLong("ordered-at"), help: "ISO 8601 date, or date-time with offset.") var orderedAt: String?
    @Option(help: "Customer e-mail (used for remedy drafts).") var email: String?
    @Option(name: .customLong("postal-code"), help: "Destination postal code.") var postalCode: String?
    @Option(help: "Destination country (ISO 3166 two-letter code).") var country: String?

    func run() async throws {
        try await runCommand {
            let input = AddShipmentInput(
                store: store, orderRef: order, carrier: carrier, trackingNumber: tracking, shippedAt: shippedAt,
                orderedAt: orderedAt, email: email, postalCode: postalCode, country: country
            )
            emit(try await AddShipmentAction(context: try global.context()).run(input))
        }
    }
}

struct ImportShipmentsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import shipments from a CSV file.",
        discussion: """
            Header: store,order_ref,carrier,tracking_number,shipped_at,ordered_at,customer_email,destination_postal_code,destination_country \
            (any order; an empty carrier is detected from the number). Every bad row is reported with its line number \
            and reason; every good row is imported; the exit code is 1 when any row was rejected. Importing the same \
            file again adds nothing.
            """
    )

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The CSV file.") var file: String

    func run() async throws {
        try await runCommand {
            let summary = try await ImportAction(context: try global.context()).run(file: file)
            for row in summary.rejected {
                FileHandle.standardError.write(Data("\(file): rejected \(row)\n".utf8))
            }
            emit(
                "read \(summary.rowsRead) row(s): imported \(summary.imported), already known \(summary.alreadyKnown), "
                    + "rejected \(summary.rejected.count)"
            )
            if !summary.rejected.isEmpty {
                throw CommandFailure(message: "\(summary.rejected.count) row(s) rejected", code: 1)
            }
        }
    }
}

struct ShowShipmentCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show a stored shipment and its normalized timeline."
    )

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The tracking number.") var tracking: String
    @Option(help: "table or json.") var format: OutputFormatOption = .table

    func run() async throws {
        try await runCommand {
            emit(try await ShowShipmentAction(context: try global.context()).run(trackingNumber: tracking, format: format.value))
        }
    }
}

/// `--format` values.
enum OutputFormatOption: String, ExpressibleByArgument, CaseIterable {
    case table
    case json
    case csv

    var value: OutputFormat { OutputFormat(rawValue: rawValue) ?? .table }
}
