"""Reads of the tickets app. What a user may see is decided once, in `selectors.visibility`."""
