import CarrierUPS
import Foundation
import HTTPTypes
import HummingbirdTesting
import ShipwatchAPI
import ShipwatchAPITestSupport
import ShipwatchCore
import Testing

@Suite("The ops dashboard: sign-in, sessions and CSRF")
struct OpsSignInTests {
    @Test("signing in sets an HttpOnly, SameSite=Strict session cookie and leads to the overview")
    func signInSetsASessionCookie() async throws {
        let harness = try await OpsHarness()
        try await harness.makeApplication().test(.router) { client in
            let form = try await client.send(.get, "/ops/login")
            #expect(form.status == .ok)
            #expect(form.body.contains(#"<label for="email">"#) && form.body.contains(#"<label for="password">"#))
            #expect(hiddenValue(form.body, name: "csrf_token")?.count == 64)
            let (reply, browser) = try await client.signIn(OpsHarness.admin)
            #expect(reply.status == .seeOther)
            #expect(reply.headers[.location] == "/ops")
            let cookie = try #require(setCookie(reply.headers, name: "sw_session"))
            #expect(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict") && !cookie.contains("Secure"))
            let page = try await client.page("/ops", as: try #require(browser))
            #expect(page.status == .ok)
            #expect(page.body.contains(OpsHarness.admin))
        }
    }

    @Test("behind a trusted proxy that says https the cookie is Secure; an untrusted peer's header is ignored")
    func secureCookieBehindATrustedProxy() async throws {
        let trusted = try await OpsHarness(settings: OpsSettings(trustedProxies: ["unknown"]))
        try await trusted.makeApplication().test(.router) { client in
            let (reply, _) = try await client.signIn(OpsHarness.admin, headers: [HTTPField.Name("X-Forwarded-Proto")!: "https"])
            #expect(setCookie(reply.headers, name: "sw_session")?.contains("; Secure") == true)
        }
        let untrusted = try await OpsHarness()
        try await untrusted.makeApplication().test(.router) { client in
            let (reply, _) = try await client.signIn(OpsHarness.admin, headers: [HTTPField.Name("X-Forwarded-Proto")!: "https"])
            #expect(setCookie(reply.headers, name: "sw_session")?.contains("Secure") == false)
        }
    }

    @Test("a wrong password, an unknown user and a missing form token are refused without a session")
    func refusedSignIns() async throws {
        let harness = try await OpsHarness()
        try await harness.makeApplication().test(.router) { client in
            let (wrong, none) = try await client.signIn(OpsHarness.admin, password: "not the password")
            #expect(wrong.status == .unauthorized)
            #expect(none == nil)
            let (unknown, _) = try await client.signIn("nobody@ops.example")
            #expect(unknown.status == .unauthorized)
            let forged = try await client.postForm("/ops/login", ["email": OpsHarness.admin, "password": OpsHarness.password])
            #expect(forged.status == .forbidden)
            #expect(setCookie(forged.headers, name: "sw_session") == nil)
        }
    }

    @Test("sign-in attempts above the per-minute limit answer 429 with Retry-After")
    func signInIsRateLimited() async throws {
        let harness = try await OpsHarness(settings: OpsSettings(loginAttemptsPerMinute: 3))
        try await harness.makeApplication().test(.router) { client in
            for _ in 0..<3 {
                let (reply, _) = try await client.signIn(OpsHarness.admin, password: "wrong password!")
                #expect(reply.status == .unauthorized)
            }
            let (limited, browser) = try await client.signIn(OpsHarness.admin)
            #expect(limited.status == .tooManyRequests)
            #expect(limited.headers[.retryAfter] != nil)
            #expect(browser == nil)
        }
    }

    @Test("without a session, or once it expired, every page redirects to the sign-in form")
    func expiredSessionRedirects() async throws {
        let harness = try await OpsHarness(settings: OpsSettings(sessionSeconds: 3_600))
        try await harness.makeApplication().test(.router) { client in
            for path in ["/ops", "/ops/findings", "/ops/shipments/1", "/ops/runs", "/ops/findings.csv"] {
                let reply = try await client.send(.get, path)
                #expect(reply.status == .seeOther)
                #expect(reply.headers[.location]?.hasPrefix("/ops/login?next=") == true)
            }
            let browser = try #require(try await client.signIn(OpsHarness.admin).1)
            #expect(try await client.page("/ops", as: browser).status == .ok)
            harness.clock.advance(seconds: 3_601)
            let expired = try await client.page("/ops", as: browser)
            #expect(expired.status == .seeOther)
            let post = try await client.postForm(
                "/ops/remedies/\(OpsHarness.charmsRemedy)/approve", ["csrf_token": browser.csrf], headers: [.cookie: browser.cookie])
            #expect(post.status == .seeOther)
            #expect(try await harness.ops.remedy(id: OpsHarness.charmsRemedy)?.status == "proposed")
        }
    }

    @Test("signing out ends the session on the server")
    func signOutEndsTheSession() async throws {
        let harness = try await OpsHarness()
        try await harness.makeApplication().test(.router) { client in
            let browser = try #require(try await client.signIn(OpsHarness.admin).1)
            #expect(await harness.ops.sessionCount == 1)
            let refused = try await client.postForm("/ops/logout", [:], headers: [.cookie: browser.cookie])
            #expect(refused.status == .forbidden)
            let out = try await client.postForm("/ops/logout", ["csrf_token": browser.csrf], headers: [.cookie: browser.cookie])
            #expect(out.status == .seeOther)
            #expect(out.headers[.location] == "/ops/login")
            #expect(await harness.ops.sessionCount == 0)
            #expect(try await client.page("/ops", as: browser).status == .seeOther)
        }
    }
}

@Suite("The ops dashboard: pages and decisions")
struct OpsPageTests {
    @Test("the overview shows counts, the oldest stall and three charts with text alternatives")
    func overview() async throws {
        let harness = try await OpsHarness()
        try await harness.makeApplication().test(.router) { client in
            let browser = try #require(try await client.signIn(OpsHarness.admin).1)
            let page = try await client.page("/ops", as: browser)
            #expect(page.status == .ok)
            #expect(page.headers[.contentSecurityPolicy]?.contains("frame-ancestors 'none'") == true)
            #expect(page.body.components(separatedBy: "<svg").count - 1 == 3)
            #expect(page.body.components(separatedBy: "<desc id=").count - 1 == 3)
            #expect(page.body.contains("customs stall"))
            // The oldest stall: the DHL parcel's last scan is older.
            #expect(page.body.contains("/ops/shipments/\(OpsHarness.casesShipment)"))
            #expect(!page.body.contains("<script"))
        }
    }

    @Test("the findings list filters, sorts, pages by cursor and exports CSV and JSON with the report's fields")
    func findingsList() async throws {
        let harness = try await OpsHarness(settings: OpsSettings(pageSize: 5))
        try await harness.makeApplication().test(.router) { client in
            let browser = try #require(try await client.signIn(OpsHarness.admin).1)
            let all = try await client.page("/ops/findings", as: browser)
            #expect(all.status == .ok)
            #expect(all.body.contains(TestWorld.upsNumber) && all.body.contains(TestWorld.dhlNumber))
            // Longest silence first: the DHL parcel's last scan is older.
            let dhl = try #require(all.body.range(of: TestWorld.dhlNumber)).lowerBound
            let ups = try #require(all.body.range(of: TestWorld.upsNumber)).lowerBound
            #expect(dhl < ups)
            let customs = try await client.page("/ops/findings?rule=customs_stall&carrier=ups", as: browser)
            #expect(customs.body.contains(TestWorld.upsNumber) && !customs.body.contains(TestWorld.dhlNumber))
            let bad = try await client.page("/ops/findings?carrier=pigeon", as: browser)
            #expect(bad.status == .badRequest)
            #expect(bad.body.contains("pigeon"))
            let csv = try await client.page("/ops/findings.csv?severity=act", as: browser)
            #expect(csv.headers[.contentType] == "text/csv; charset=utf-8")
            let lines = csv.body.split(separator: "\r\n")
            #expect(lines.first == "store,order_ref,carrier,tracking_number,rule,severity,stage,last_event_at,days_since_last_event,last_location,remedy_kind,remedy_compensation,remedy_status")
            #expect(lines.count == 2)
            #expect(lines.last?.hasPrefix("charms,A-100,ups,\(TestWorld.upsNumber),customs_stall,act,customs_in_progress,") == true)
            let json = try await client.page("/ops/findings.json", as: browser)
            let findings = try #require(json.json["findings"] as? [[String: Any]])
            #expect(findings.count == 2)
            #expect(Set(findings[0].keys).isSuperset(of: ["store", "order_ref", "carrier", "tracking_number", "rule", "severity", "stage", "last_event_at", "days_since_last_event", "last_location", "remedy"]))
        }
    }

    @Test("keyset pages neither skip nor repeat a finding")
    func keysetPages() async throws {
        let harness = try await OpsHarness(settings: OpsSettings(pageSize: 5))
        let first = try await harness.ops.findings(OpsFindingFilter(limit: 1), now: harness.clock.now)
        #expect(first.rows.count == 1)
        let cursor = try #require(first.next)
        let second = try await harness.ops.findings(OpsFindingFilter(after: cursor, limit: 1), now: harness.clock.now)
        #expect(second.rows.count == 1 && second.next == nil)
        #expect(Set(first.rows.map(\.findingID) + second.rows.map(\.findingID)) == [10, 20])
        #expect(OpsFindingCursor(text: cursor.text) == cursor)
        #expect(OpsFindingCursor(text: "1.x") == nil)
    }

    @Test("the shipment page shows the timeline in UTC and local time, the evidence, the drafted message escaped, and forms with the token")
    func shipmentPage() async throws {
        let harness = try await OpsHarness()
        try await harness.makeApplication().test(.router) { client in
            let browser = try #require(try await client.signIn(OpsHarness.admin).1)
            let page = try await client.page("/ops/shipments/\(OpsHarness.charmsShipment)", as: browser)
            #expect(page.status == .ok)
            #expect(page.body.contains("UTC+01:00"))
            #expect(page.body.contains("Köln"))
            #expect(page.body.contains("CI"))
            #expect(page.body.contains("Dear customer, &lt;your parcel&gt; is held in customs."))
            #expect(page.body.contains("days_silent"))
            #expect(page.body.contains(#"action="/ops/remedies/100/approve""#))
            #expect(page.body.contains(#"name="csrf_token" value="\#(browser.csrf)""#))
            #expect(try await client.page("/ops/shipments/999", as: browser).status == .notFound)
            #expect(try await client.page("/ops/shipments/abc", as: browser).status == .notFound)
        }
    }

    @Test("approving without the form token is 403 and changes nothing; with it the remedy is approved and audited with the user's e-mail")
    func approveRemedy() async throws {
        let harness = try await OpsHarness()
        try await harness.makeApplication().test(.router) { client in
            let browser = try #require(try await client.signIn(OpsHarness.admin).1)
            let uri = "/ops/remedies/\(OpsHarness.charmsRemedy)/approve"
            let missing = try await client.postForm(uri, ["note": "ok"], headers: [.cookie: browser.cookie])
            #expect(missing.status == .forbidden)
            let wrong = try await client.postForm(uri, ["note": "ok", "csrf_token": String(repeating: "0", count: 64)], headers: [.cookie: browser.cookie])
            #expect(wrong.status == .forbidden)
            #expect(try await harness.ops.remedy(id: OpsHarness.charmsRemedy)?.status == "proposed")
            #expect(await harness.ops.audit.isEmpty)
            let done = try await client.postForm(uri, ["note": "customer asked", "csrf_token": browser.csrf], headers: [.cookie: browser.cookie])
            #expect(done.status == .seeOther)
            #expect(done.headers[.location] == "/ops/shipments/\(OpsHarness.charmsShipment)?decided=approved")
            #expect(try await harness.ops.remedy(id: OpsHarness.charmsRemedy)?.status == "approved")
            let entry = try #require(await harness.ops.audit.last)
            #expect(entry.actor == OpsHarness.admin && entry.action == "approved" && entry.entityID == "100")
            let page = try await client.page("/ops/shipments/\(OpsHarness.charmsShipment)?decided=approved", as: browser)
            #expect(page.body.contains("The remedy was approved."))
            #expect(page.body.contains(OpsHarness.admin))
            // The CLI's transitions: an approved remedy cannot be approved again, only executed.
            let again = try await client.postForm(uri, ["csrf_token": browser.csrf], headers: [.cookie: browser.cookie])
            #expect(again.status == .conflict)
            #expect(again.body.contains("only a proposed remedy can be approved"))
            let executed = try await client.postForm("/ops/remedies/100/execute", ["csrf_token": browser.csrf], headers: [.cookie: browser.cookie])
            #expect(executed.status == .seeOther)
            #expect(try await harness.ops.remedy(id: OpsHarness.charmsRemedy)?.status == "executed")
        }
    }

    @Test("bulk decisions from the findings list apply each transition and report each outcome")
    func bulkDecisions() async throws {
        let harness = try await OpsHarness()
        try await harness.makeApplication().test(.router) { client in
            let browser = try #require(try await client.signIn(OpsHarness.admin).1)
            let list = try await client.page("/ops/findings", as: browser)
            #expect(list.body.contains(#"name="remedy" value="100""#))
            let reply = try await client.postForm(
                "/ops/remedies/bulk", ["csrf_token": browser.csrf, "action": "reject", "note": "bulk"], headers: [.cookie: browser.cookie],
                extra: [("remedy", "100"), ("remedy", "200")])
            #expect(reply.status == .ok)
            #expect(try await harness.ops.remedy(id: 100)?.status == "rejected")
            #expect(try await harness.ops.remedy(id: 200)?.status == "rejected")
            #expect(await harness.ops.audit.count == 2)
        }
    }

    @Test("a user limited to one store sees only it: lists, shipment pages and decisions")
    func storeLimitedUser() async throws {
        let harness = try await OpsHarness()
        try await harness.makeApplication().test(.router) { client in
            let browser = try #require(try await client.signIn(OpsHarness.casesOnly).1)
            let list = try await client.page("/ops/findings", as: browser)
            #expect(list.body.contains(TestWorld.dhlNumber) && !list.body.contains(TestWorld.upsNumber))
            let filtered = try await client.page("/ops/findings?store=charms", as: browser)
            #expect(!filtered.body.contains(TestWorld.upsNumber))
            let csv = try await client.page("/ops/findings.csv", as: browser)
            #expect(!csv.body.contains("charms"))
            #expect(try await client.page("/ops/shipments/\(OpsHarness.charmsShipment)", as: browser).status == .notFound)
            #expect(try await client.page("/ops/shipments/\(OpsHarness.casesShipment)", as: browser).status == .ok)
            let overview = try await client.page("/ops", as: browser)
            #expect(!overview.body.contains(TestWorld.upsNumber))
            let foreign = try await client.postForm("/ops/remedies/100/approve", ["csrf_token": browser.csrf], headers: [.cookie: browser.cookie])
            #expect(foreign.status == .notFound)
            #expect(try await harness.ops.remedy(id: 100)?.status == "proposed")
            let own = try await client.postForm("/ops/remedies/200/approve", ["csrf_token": browser.csrf], headers: [.cookie: browser.cookie])
            #expect(own.status == .seeOther)
            #expect(await harness.ops.audit.last?.actor == OpsHarness.casesOnly)
        }
    }

    @Test("the runs page shows runs, calls and errors per carrier, quota use, open circuits and unmapped codes; only admins map codes")
    func runsPage() async throws {
        let harness = try await OpsHarness()
        try await harness.makeApplication().test(.router) { client in
            let admin = try #require(try await client.signIn(OpsHarness.admin).1)
            let page = try await client.page("/ops/runs", as: admin)
            #expect(page.status == .ok)
            #expect(page.body.contains("abandoned") && page.body.contains("429 storm") && page.body.contains("open until"))
            #expect(page.body.contains("Mystery &lt;b&gt;scan&lt;/b&gt;"))
            #expect(page.body.contains(#"action="/ops/codes/override""#))
            let mapped = try await client.postForm(
                "/ops/codes/override", ["csrf_token": admin.csrf, "carrier": "dhl", "code": "ZZ", "milestone": "in_transit"], headers: [.cookie: admin.cookie])
            #expect(mapped.status == .seeOther)
            #expect(await harness.ops.overrides["dhl:ZZ"] == .inTransit)
            let ops = try #require(try await client.signIn(OpsHarness.casesOnly).1)
            #expect(!(try await client.page("/ops/runs", as: ops).body.contains(#"action="/ops/codes/override""#)))
            let refused = try await client.postForm(
                "/ops/codes/override", ["csrf_token": ops.csrf, "carrier": "dhl", "code": "YY", "milestone": "in_transit"], headers: [.cookie: ops.cookie])
            #expect(refused.status == .forbidden)
            #expect(await harness.ops.overrides["dhl:YY"] == nil)
        }
    }

    @Test("the runs page lists the user's webhook endpoints escaped, with 24-hour delivery counts and no secret or query string")
    func runsPageWebhookEndpoints() async throws {
        let harness = try await OpsHarness()
        try await harness.makeApplication().test(.router) { client in
            let admin = try #require(try await client.signIn(OpsHarness.admin).1)
            let page = try await client.page("/ops/runs", as: admin).body
            #expect(page.contains("https://hooks.example/in/&lt;script&gt;"))
            #expect(!page.contains("<script>"))
            #expect(!page.contains("QUERYSECRET42") && !page.contains("hookpass") && !page.contains("hookuser") && !page.contains("whsec_"))
            #expect(page.contains("finding.opened, remedy.proposed"))
            #expect(page.contains("<td>17</td><td>3</td><td class=\"act\">2</td>"))
            #expect(page.contains("HTTP 503 — HTTP 503 &lt;from proxy&gt;"))
            #expect(page.contains("https://cases.example/hook") && page.contains("every event"))
            #expect(page.contains(#"<span class="act">disabled</span> since "#) && page.contains(": 15 consecutive deliveries failed; last: HTTP 410"))
            let ops = try #require(try await client.signIn(OpsHarness.casesOnly).1)
            let limited = try await client.page("/ops/runs", as: ops).body
            #expect(limited.contains("https://cases.example/hook"))
            #expect(!limited.contains("hooks.example/in") && !limited.contains("charms"))
        }
    }

    @Test("the runs page shows each carrier's calls used against its configured limits, what is left, and no limit when unset")
    func runsPageCarrierLimits() async throws {
        let limits: [Carrier: CallLimits] = [.ups: CallLimits(requestsPerSecond: 2.5, perHour: 60, perDay: 30)]
        let harness = try await OpsHarness(settings: OpsSettings(carrierLimits: limits))
        try await harness.makeApplication().test(.router) { client in
            let admin = try #require(try await client.signIn(OpsHarness.admin).1)
            let page = try await client.page("/ops/runs", as: admin).body
            // UPS used 5 this hour and 40 today (over its daily 30: nothing left, never negative).
            #expect(page.contains("<td>5 / 60</td><td>55 left</td><td>40 / 30</td><td>0 left</td><td>2.5 per second</td>"))
        }
        let unconfigured = try await OpsHarness()
        try await unconfigured.makeApplication().test(.router) { client in
            let admin = try #require(try await client.signIn(OpsHarness.admin).1)
            let page = try await client.page("/ops/runs", as: admin).body
            #expect(page.contains("<td>5 / no limit</td><td>no limit</td><td>40 / no limit</td><td>no limit</td><td>no limit</td>"))
        }
    }
}

@Suite("The ops JSON API")
struct OpsAPITests {
    @Test("ops keys list findings with the report's fields; storefront keys and no key are refused")
    func findingsAPI() async throws {
        let harness = try await OpsHarness()
        try await harness.makeApplication().test(.router) { client in
            let all = try await client.send(.get, "/v1/ops/findings", key: harness.opsKey)
            #expect(all.status == .ok)
            let spec = try SpecValidator()
            let schema = try #require(spec.responseSchema(method: "GET", path: "/v1/ops/findings", status: 200, contentType: "application/json") ?? nil)
            #expect(spec.violations(of: all.json, against: schema).isEmpty)
            #expect((all.json["findings"] as? [[String: Any]])?.count == 2)
            let cases = try await client.send(.get, "/v1/ops/findings", key: harness.casesOpsKey)
            #expect((cases.json["findings"] as? [[String: Any]])?.map { $0["store"] as? String } == ["cases"])
            let paged = try await client.send(.get, "/v1/ops/findings?limit=1", key: harness.opsKey)
            let next = try #require(paged.json["next_cursor"] as? String)
            let rest = try await client.send(.get, "/v1/ops/findings?limit=1&after=\(next)", key: harness.opsKey)
            #expect((rest.json["findings"] as? [[String: Any]])?.count == 1)
            #expect(try await client.send(.get, "/v1/ops/findings").status == .unauthorized)
            #expect(try await client.send(.get, "/v1/ops/findings?rule=nope", key: harness.opsKey).status == .badRequest)
        }
    }

    @Test("ops keys decide remedies with the CLI's transitions, audited as the key; another store's remedy is 404")
    func remedyAPI() async throws {
        let harness = try await OpsHarness()
        try await harness.makeApplication().test(.router) { client in
            let foreign = try await client.send(.post, "/v1/ops/remedies/100/approve", key: harness.casesOpsKey, body: #"{"note":"x"}"#)
            #expect(foreign.status == .notFound)
            let approved = try await client.send(.post, "/v1/ops/remedies/100/approve", key: harness.opsKey, body: #"{"note":"phoned"}"#)
            #expect(approved.status == .ok)
            #expect(approved.json["status"] as? String == "approved")
            let spec = try SpecValidator()
            let schema = try #require(spec.responseSchema(method: "POST", path: "/v1/ops/remedies/{id}/approve", status: 200, contentType: "application/json") ?? nil)
            #expect(spec.violations(of: approved.json, against: schema).isEmpty)
            #expect(await harness.ops.audit.last?.actor.hasPrefix("key:") == true)
            let conflict = try await client.send(.post, "/v1/ops/remedies/100/reject", key: harness.opsKey)
            #expect(conflict.status == .conflict)
            let bad = try await client.send(.post, "/v1/ops/remedies/200/approve", key: harness.opsKey, body: "[1]")
            #expect(bad.status == .unprocessableContent)
        }
    }
}
