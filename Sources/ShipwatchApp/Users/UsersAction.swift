import Foundation
import ShipwatchAPI
import ShipwatchCore
import ShipwatchStore

/// `shipwatch users create | list | disable`: the people who sign in to the ops dashboard.
public struct UsersAction: Sendable {
    public var context: ShipwatchContext

    public init(context: ShipwatchContext) {
        self.context = context
    }

    /// Creates a user with a bcrypt hash of `password`; returns a one-line description (no secret).
    public func create(email emailText: String, role roleText: String, stores: [String], password: String, bcryptCost: UInt8 = OpsPassword.defaultCost) async throws -> String {
        guard let email = OpsPassword.normalizedEmail(emailText) else {
            throw ShipwatchFailure.invalidOption(option: "--email", reason: "'\(emailText)' is not an e-mail address")
        }
        guard let role = OpsRole(rawValue: roleText) else {
            throw ShipwatchFailure.unknownName(kind: "--role", name: roleText, expected: "ops, admin")
        }
        if let problem = OpsPassword.problem(password) { throw ShipwatchFailure.rejectedInput(problem) }
        let hash = OpsPassword.hash(password, cost: bcryptCost)
        let uniqueStores = Array(Set(stores.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty })).sorted()
        return try await context.withDatabase { database in
            do {
                let user = try await PostgresOpsUsers(database: database).create(
                    NewOpsUser(email: email, passwordHash: hash, role: role, stores: uniqueStores))
                let scope = user.stores.isEmpty ? "every store" : "stores " + user.stores.joined(separator: ", ")
                return "created \(user.role.rawValue) user \(user.id) \(user.email) (\(scope))"
            } catch OpsUserError.unknownStore(let store) {
                throw ShipwatchFailure.unknownStore(store)
            } catch let error as OpsUserError {
                throw ShipwatchFailure.rejectedInput(error.description)
            }
        }
    }

    /// The users as a table (never a hash).
    public func list() async throws -> String {
        try await context.withDatabase { database in
            let users = try await PostgresOpsUsers(database: database).list()
            guard !users.isEmpty else { return "no users" }
            var table = TextTable(headers: ["ID", "E-MAIL", "ROLE", "STORES", "CREATED", "DISABLED"])
            for user in users {
                table.add([
                    String(user.id), user.email, user.role.rawValue, user.stores.isEmpty ? "*" : user.stores.joined(separator: ","),
                    Self.stamp(user.createdAt), user.disabledAt.map(Self.stamp) ?? "-",
                ])
            }
            return table.render()
        }
    }

    /// Disables a user and ends their sessions at once.
    public func disable(email emailText: String) async throws -> String {
        guard let email = OpsPassword.normalizedEmail(emailText) else {
            throw ShipwatchFailure.invalidOption(option: "EMAIL", reason: "'\(emailText)' is not an e-mail address")
        }
        return try await context.withDatabase { database in
            guard try await PostgresOpsUsers(database: database).disable(email: email, at: Date()) else {
                throw ShipwatchFailure.rejectedInput("no enabled user with e-mail \(email)")
            }
            return "disabled \(email); their sessions have ended"
        }
    }

    private static func stamp(_ date: Date) -> String {
        LocalDateTime(instant: date, utcOffsetSeconds: 0).minuteKey + "Z"
    }
}
