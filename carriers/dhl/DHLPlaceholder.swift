// Placeholder: the DHL adapter.
