// The storefront read API and ops endpoints (Hummingbird routes) will live in this module. No issue has asked
// for them yet; the module holds its place in the layout of design.md and adds nothing to the binary.
