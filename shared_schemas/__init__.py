"""The wire contract between the Origyne SAV server and its desktop app (pydantic v2, no Django, no Qt)."""
