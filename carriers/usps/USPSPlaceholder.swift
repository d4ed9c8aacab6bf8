// Placeholder: the USPS adapter.
