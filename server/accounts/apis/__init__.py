"""HTTP layer of the accounts app: one module per topic, one view method per operation
(parse → access → one service call → output)."""
