// Placeholder: the FedEx adapter.
