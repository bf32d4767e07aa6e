"""Pieces every administration section uses: background work tracking, error banner, list panel,
form dialog, confirmation, formatting and the French labels of wire codes."""
