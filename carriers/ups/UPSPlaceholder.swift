// Placeholder: the UPS adapter.
