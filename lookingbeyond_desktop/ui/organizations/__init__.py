"""The Organizations screen: lazy table model, page with search and filters, editor."""
