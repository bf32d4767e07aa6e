"""Writes of the tickets app: one function per user action, each in one transaction, each ticket
change recorded as a TicketEvent (`services.events.record_event`)."""
