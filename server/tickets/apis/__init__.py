"""HTTP endpoints of the tickets app: parse → access → one service → output, one method per operation."""
